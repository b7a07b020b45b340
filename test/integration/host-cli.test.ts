import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addBlocker, createWorkshop } from '../../shared/doc/ops/index';
import { readWorkshop } from '../../shared/doc/read';
import { findLanAddress } from '../../electron/host/lan-address';
import { HostStore } from '../../electron/host/store/host-store';
import { buildForNode } from '../helpers/build-for-node';
import { connectSyncClient, waitFor } from '../helpers/sync-client';
import { cliPerTest } from '../helpers/cli-per-test';

const cli = cliPerTest('host-cli');
const run = cli.run;

describe('runCli', () => {
  it('starts, prints the address and where workshops are saved', async () => {
    const data = join(cli.dir, 'data');
    const { code, out } = await run(['--port', '0', '--data', data]);
    expect(code).toBe(0);
    const port = cli.host!.port;
    expect(out).toContain(`Small Changes Studio is running at http://127.0.0.1:${port}/`);
    expect(out).toContain(`Workshops are saved in ${data}`);
  });

  it('prints help and exits 0', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('--lan');
    expect(cli.host).toBeNull();
  });

  it('exits 2 with the parser\'s message on a bad flag', async () => {
    const { code, err } = await run(['--port', 'eighty']);
    expect(code).toBe(2);
    expect(err).toBe('--port must be a number from 0 to 65535, not "eighty".');
  });

  it('names a port in use and exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { code, err } = await run(['--port', String(port), '--data', join(cli.dir, 'data')]);
      expect(code).toBe(1);
      expect(err).toBe(`Port ${port} is already in use. Choose another with --port.`);
    } finally {
      blocker.close();
    }
  });

  it('names a data folder that cannot be written, and starts nothing', async () => {
    await writeFile(join(cli.dir, 'a-file'), 'x');
    const data = join(cli.dir, 'a-file', 'data');
    const { code, err } = await run(['--port', '0', '--data', data]);
    expect(code).toBe(1);
    expect(err).toBe(`The data folder ${data} cannot be written to (ENOTDIR). Choose another with --data, or fix its permissions.`);
    expect(cli.host).toBeNull();
  });

  it('says so when the app has not been built', async () => {
    const { code, err } = await run(['--port', '0', '--data', join(cli.dir, 'data')], { staticDir: join(cli.dir, 'nowhere') });
    expect(code).toBe(1);
    expect(err).toContain('The app has not been built');
  });

  it('with --lan, binds the network address and prints the link for others (or says there is none)', async () => {
    const lan = findLanAddress();
    const { code, out, err } = await run(['--lan', '--port', '0', '--data', join(cli.dir, 'data')]);
    if (lan === null) {
      expect(code).toBe(1);
      expect(err).toContain('No network address found');
    } else {
      expect(code).toBe(0);
      expect(out).toContain(`Others in the room can open http://${lan}:${cli.host!.port}/`);
    }
  });
});

describe('the built host process', () => {
  let hostScript: string;
  beforeAll(async () => {
    // Laid out like the real build: main/host.js beside renderer/index.html.
    hostScript = await buildForNode('electron/host/cli.ts', 'host-cli/main', 'host.js');
    await mkdir(join(dirname(hostScript), '..', 'renderer'), { recursive: true });
    await writeFile(join(dirname(hostScript), '..', 'renderer', 'index.html'), '<!doctype html>');
  }, 60_000);

  it('runs when executed, and on SIGTERM saves everything and exits 0', async () => {
    const data = join(cli.dir, 'data');
    const child = spawn(process.execPath, [hostScript, '--port', '0', '--data', data], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (out += c));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await waitFor(() => /running at http:\/\/127\.0\.0\.1:\d+\//.test(out), 10_000, 'the host to start');
      const port = /running at http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)![1];
      const url = `ws://127.0.0.1:${port}/sync/workshop:signals`;
      const writer = await connectSyncClient(url);
      const reader = await connectSyncClient(url);
      createWorkshop(writer.doc, { title: 'Signals', localAuthority: 'Anytown' });
      addBlocker(writer.doc, { text: 'Saved on SIGTERM' });
      await waitFor(() => Object.keys(readWorkshop(reader.doc).blockers).length === 1, 5000, 'the host to relay');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(out).toContain('Saving and stopping');
      await Promise.all([writer.closed, reader.closed]);
    } finally {
      child.kill('SIGKILL');
    }
    const store = await HostStore.open(data);
    const workshop = await store.workshop('workshop:signals');
    expect(Object.values(readWorkshop(workshop.doc).blockers).map((b) => b.text)).toEqual(['Saved on SIGTERM']);
    await store.close();
  });
});
