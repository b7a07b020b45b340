import { describe, expect, expectTypeOf, it } from 'vitest';
import { CHANNELS, isChannel, methodName, type Channel } from './channels';
import { contract, type ArgsOf, type ResultOf, type StudioApi } from './contract';
import { fail, ok } from './envelope';
import { parseArgs, parseEnvelope, parseResult } from './validate';

const goodVersion = { name: 'Small Changes Studio', version: '0.1.0', electron: '45.4.1', chrome: '142.0.0.0', node: '22.20.0' };

describe('the IPC contract', () => {
  it('has exactly one entry per channel name', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
  });

  it('names every channel domain:verb and gives each a distinct method name', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/);
    const methods = CHANNELS.map(methodName);
    expect(new Set(methods).size).toBe(CHANNELS.length);
    expect(methodName('app:version')).toBe('appVersion');
    expect(methodName('app:hostInfo')).toBe('appHostInfo');
  });

  it('recognises channel names and nothing else', () => {
    expect(isChannel('app:version')).toBe(true);
    expect(isChannel('app:nope')).toBe(false);
    expect(isChannel(42)).toBe(false);
  });

  it('types the API from the contract', () => {
    expectTypeOf<ArgsOf<'app:version'>>().toEqualTypeOf<[]>();
    expectTypeOf<ResultOf<'app:hostInfo'>>().toEqualTypeOf<{ url: string }>();
    expectTypeOf<keyof StudioApi>().toEqualTypeOf<'appVersion' | 'appHostInfo'>();
    expectTypeOf<Channel>().toEqualTypeOf<'app:version' | 'app:hostInfo'>();
  });
});

describe('parseArgs', () => {
  it('accepts the right number of arguments', () => {
    expect(parseArgs('app:version', [])).toEqual(ok([]));
  });

  it('refuses extra arguments with a plain message', () => {
    expect(parseArgs('app:hostInfo', ['x'])).toEqual(fail('app:hostInfo takes no arguments but was given 1.'));
  });
});

describe('parseResult', () => {
  it('passes a result that matches the schema', () => {
    expect(parseResult('app:version', goodVersion)).toEqual(ok(goodVersion));
    expect(parseResult('app:version', { ...goodVersion, electron: null, node: null })).toMatchObject({ ok: true });
  });

  it('refuses a result missing a field, naming it', () => {
    const { version: _omitted, ...rest } = goodVersion;
    const reply = parseResult('app:version', rest);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/^Unexpected result from app:version: .*version/s);
  });

  it('refuses a host URL that is not http(s)', () => {
    expect(parseResult('app:hostInfo', { url: 'http://127.0.0.1:4321' })).toMatchObject({ ok: true });
    expect(parseResult('app:hostInfo', { url: 'javascript:alert(1)' }).ok).toBe(false);
    expect(parseResult('app:hostInfo', { url: 'not a url' }).ok).toBe(false);
  });
});

describe('parseEnvelope', () => {
  it('checks the data of a successful reply', () => {
    expect(parseEnvelope('app:hostInfo', { ok: true, data: { url: 'http://127.0.0.1:1' } })).toEqual(
      ok({ url: 'http://127.0.0.1:1' }),
    );
    expect(parseEnvelope('app:hostInfo', { ok: true, data: { url: 5 } }).ok).toBe(false);
  });

  it('passes an error reply through', () => {
    expect(parseEnvelope('app:hostInfo', { ok: false, error: 'The host is not running.' })).toEqual(
      fail('The host is not running.'),
    );
  });

  it('turns anything else into a clear error', () => {
    for (const junk of [undefined, null, 'ok', { ok: 'yes' }, { ok: false }]) {
      expect(parseEnvelope('app:version', junk)).toEqual(fail('Malformed reply from app:version.'));
    }
  });
});
