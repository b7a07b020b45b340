import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, DEFAULT_PORT, parseHostArgs } from './args';

function ok(argv: string[]) {
  const result = parseHostArgs(argv);
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result.args;
}

function error(argv: string[]): string {
  const result = parseHostArgs(argv);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('parseHostArgs', () => {
  it('uses the defaults with no flags', () => {
    expect(ok([])).toEqual({ port: DEFAULT_PORT, host: DEFAULT_HOST, lan: false, dataDir: null, room: null, secret: null, announce: true, help: false });
    expect(DEFAULT_PORT).toBe(5170);
    expect(DEFAULT_HOST).toBe('127.0.0.1');
  });

  it('reads flags in both "--flag value" and "--flag=value" forms', () => {
    expect(ok(['--port', '8080', '--host', '0.0.0.0', '--data', '/tmp/x'])).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/tmp/x',
    });
    expect(ok(['--port=9000', '--data=./d'])).toMatchObject({ port: 9000, dataDir: './d' });
  });

  it('leaves host unset for --lan, to be filled with the LAN address', () => {
    expect(ok(['--lan'])).toMatchObject({ lan: true, host: null });
  });

  it('announces rooms on the network unless --no-announce', () => {
    expect(ok(['--lan', '--no-announce'])).toMatchObject({ lan: true, announce: false });
    expect(error(['--no-announce=yes'])).toBe('--no-announce takes no value.');
  });

  it('recognises --help and -h', () => {
    expect(ok(['--help']).help).toBe(true);
    expect(ok(['-h']).help).toBe(true);
  });

  it('rejects bad ports with a message naming the value', () => {
    expect(error(['--port', 'abc'])).toBe('--port must be a number from 0 to 65535, not "abc".');
    expect(error(['--port', '70000'])).toContain('"70000"');
    expect(error(['--port', '-1'])).toContain('"-1"');
    expect(error(['--port', '1.5'])).toContain('"1.5"');
  });

  it('rejects a flag missing its value', () => {
    expect(error(['--data'])).toBe('--data needs a value.');
    expect(error(['--host', '--lan'])).toBe('--host needs a value.');
    expect(error(['--data='])).toBe('--data needs a folder.');
  });

  it('rejects unknown flags, stray arguments and --lan with --host', () => {
    expect(error(['--prot', '1'])).toBe('Unknown option --prot. Run with --help to see the options.');
    expect(error(['serve'])).toBe('Unexpected argument "serve". Run with --help to see the options.');
    expect(error(['--lan', '--host', '10.0.0.1'])).toBe('Use either --lan or --host, not both.');
    expect(error(['--lan=yes'])).toBe('--lan takes no value.');
  });

  it('reads --room and --secret, and explains bad ones plainly', () => {
    const parsed = parseHostArgs(['--room', 'k7m q3x', '--secret=correct horse']);
    expect(parsed.ok && parsed.args.room).toBe('K7MQ3X');
    expect(parsed.ok && parsed.args.secret).toBe('correct horse');
    const alone = parseHostArgs(['--room', 'abc']);
    expect(alone.ok && alone.args.secret).toBeNull();
    expect(error(['--room', 'a/b'])).toBe('--room: A room code uses only letters, digits and hyphens, and starts and ends with a letter or digit.');
    expect(error(['--room'])).toBe('--room needs a value.');
    expect(error(['--room', 'abc', '--secret=x'])).toBe('--secret: The room secret needs at least 8 characters.');
    expect(error(['--secret', 'long enough secret'])).toBe('--secret needs --room: which room is it the secret of?');
  });
});
