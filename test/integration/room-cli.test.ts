import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLanAddress } from '../../electron/host/lan-address';
import { deriveRoomKey, joinToken } from '../../shared/room/crypto';
import { isRoomCode } from '../../shared/room/room-code';
import { cliPerTest } from '../helpers/cli-per-test';
import { relayPeer } from '../helpers/room-peers';

const cli = cliPerTest('room-cli');
const run = cli.run;

const line = (out: string, label: string): string => new RegExp(`^${label}: (\\S+)`, 'm').exec(out)?.[1] ?? '';

describe('npm run host -- --room --secret', () => {
  it('opens the room and prints the join link (secret in the fragment), the signaling URL and the join token', async () => {
    const { code, out } = await run(['--port', '0', '--data', join(cli.dir, 'data'), '--room', 'k7m q3x', '--secret', 'correct horse battery']);
    expect(code).toBe(0);
    const port = cli.host!.port;
    expect(out).toContain('Room K7MQ3X is open.');
    const link = line(out, 'Join link');
    expect(link).toBe(`http://127.0.0.1:${port}/#/join?room=K7MQ3X&secret=correct%20horse%20battery`);
    const token = joinToken('correct horse battery', 'K7MQ3X');
    expect(out).toContain(`signaling ws://127.0.0.1:${port}/signal?token=${token}`);
    expect(out).toContain(`Join token (lets this host check members; it cannot read the room): ${token}`);
    // What was printed is enough to join.
    const peer = await relayPeer(`ws://127.0.0.1:${port}/relay?token=${token}`, { key: await deriveRoomKey('correct horse battery', 'K7MQ3X') });
    await peer.client.whenSynced();
    expect(peer.client.workshopId).toBe('workshop:room-K7MQ3X');
    peer.destroy();
  });

  it('makes up a strong secret when none is given, and says so', async () => {
    const { code, out } = await run(['--port', '0', '--data', join(cli.dir, 'data'), '--room', 'WORKSHOP-3']);
    expect(code).toBe(0);
    const secret = /^Room secret: ([0-9a-f]{32}) \(made up now/m.exec(out)?.[1];
    expect(secret).toBeDefined();
    expect(line(out, 'Join link')).toContain(`secret=${secret}`);
  });

  it('with --lan and no --room, opens a room with a new code (or says there is no network)', async () => {
    const lan = findLanAddress();
    const { code, out, err } = await run(['--lan', '--port', '0', '--data', join(cli.dir, 'data')]);
    if (lan === null) {
      expect(code).toBe(1);
      expect(err).toContain('No network address found');
      return;
    }
    expect(code).toBe(0);
    expect(isRoomCode(line(out, 'Room code'))).toBe(true);
    expect(line(out, 'Join link')).toMatch(new RegExp(`^http://${lan.replace(/\./g, '\\.')}:\\d+/#/join\\?room=`));
  });
});
