// /api/templates over real HTTP against a real host with a temp data folder:
// save, list, read, replace, delete; bad input refused with a clear message
// and nothing lost; a corrupt file on disk skipped, not fatal; LAN clients refused.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../shared/facilitation/templates';
import { makeTempDir } from '../../test/helpers/temp-dir';
import { handleApi } from './api';
import { startHost, type RunningHost } from './server';
import { HostStore } from './store/host-store';
import { MAX_TEMPLATE_BYTES, MAX_TEMPLATES, TemplateStore } from './template-store';

let host: RunningHost;
let cleanup: () => Promise<void>;
let base: string;
let dataDir: string;

beforeAll(async () => {
  const temp = await makeTempDir('templates-api');
  cleanup = temp.cleanup;
  const staticDir = join(temp.dir, 'renderer');
  await mkdir(staticDir, { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  dataDir = join(temp.dir, 'data');
  host = await startHost({ port: 0, host: '127.0.0.1', dataDir, staticDir, allowedOrigins: ['app://studio'], log: () => undefined });
  base = `http://127.0.0.1:${host.port}`;
});

afterAll(async () => {
  await host?.close();
  await cleanup?.();
});

const ours = { ...BUILT_IN_TEMPLATES[1]!, id: 'saved-our-way', title: 'Our way' };

function put(id: string, body: string, type = 'application/json') {
  return fetch(`${base}/api/templates/${id}`, { method: 'PUT', headers: { 'Content-Type': type }, body });
}

async function list(): Promise<{ templates: { id: string; title: string }[]; skipped: string[] }> {
  const response = await fetch(`${base}/api/templates`);
  expect(response.status).toBe(200);
  return response.json() as Promise<{ templates: { id: string; title: string }[]; skipped: string[] }>;
}

describe('/api/templates', () => {
  test('save, list, read, replace and delete a template, kept as a file in the data folder', async () => {
    expect(await list()).toEqual({ templates: [], skipped: [] });
    const saved = await put(ours.id, JSON.stringify(ours));
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ template: ours });
    expect((await list()).templates).toEqual([ours]);
    expect(JSON.parse(await readFile(join(dataDir, 'templates', `${ours.id}.json`), 'utf8'))).toEqual(ours);

    expect((await put(ours.id, JSON.stringify({ ...ours, title: 'Our way, v2' }))).status).toBe(200);
    const one = await fetch(`${base}/api/templates/${ours.id}`);
    expect(await one.json()).toEqual({ template: { ...ours, title: 'Our way, v2' } });
    // No temp file is left beside it.
    expect(await readdir(join(dataDir, 'templates'))).toEqual([`${ours.id}.json`]);

    expect((await fetch(`${base}/api/templates/${ours.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await list()).templates).toEqual([]);
    const gone = await fetch(`${base}/api/templates/${ours.id}`, { method: 'DELETE' });
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual({ error: 'No saved template has that id.' });
  });

  test('bad input is refused with a clear message, and the saved template is not touched', async () => {
    expect((await put(ours.id, JSON.stringify(ours))).status).toBe(200);
    const cases: [Response, number, RegExp][] = [
      [await put(ours.id, '{"id": "saved-our-way", '), 400, /^The template is not valid JSON: /],
      [await put(ours.id, JSON.stringify({ ...ours, steps: [] })), 400, /not a session template the app can use \(steps: a template needs at least one step\)/],
      [await put(ours.id, JSON.stringify({ ...ours, id: 'someone-else' })), 400, /The template's id \(someone-else\) is not the one in the address \(saved-our-way\)/],
      [await put(ours.id, JSON.stringify(ours), 'text/plain'), 415, /Send the template as JSON/],
      [await put(ours.id, JSON.stringify({ ...ours, description: 'x'.repeat(MAX_TEMPLATE_BYTES) })), 413, /too large to save/],
      [await fetch(`${base}/api/templates`, { method: 'DELETE' }), 405, /Use GET, HEAD here/],
    ];
    for (const [response, status, message] of cases) {
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
    expect((await list()).templates).toEqual([ours]);
    await fetch(`${base}/api/templates/${ours.id}`, { method: 'DELETE' });
  });

  test('a corrupt, hand-edited or oversized file on disk is skipped with a message; the good ones still list', async () => {
    const dir = join(dataDir, 'templates');
    const good = { ...BUILT_IN_TEMPLATES[0]!, id: 'saved-good', title: 'Good one' };
    expect((await put(good.id, JSON.stringify(good))).status).toBe(200);
    await writeFile(join(dir, 'saved-broken.json'), '{"id": "saved-broken", "title": ');
    await writeFile(join(dir, 'saved-wrong.json'), JSON.stringify({ ...good, id: 'saved-wrong', steps: 'lots' }));
    await writeFile(join(dir, 'saved-renamed.json'), JSON.stringify({ ...good, id: 'saved-other' }));
    await writeFile(join(dir, 'saved-huge.json'), ' '.repeat(MAX_TEMPLATE_BYTES + 1));
    await writeFile(join(dir, `saved-good.json.tmp-1-2`), 'half a save');
    const { templates, skipped } = await list();
    expect(templates).toEqual([good]);
    expect(skipped).toEqual([
      'The saved template file saved-broken.json was skipped: it is not valid JSON',
      expect.stringMatching(/^The saved template file saved-huge\.json was skipped: it is \d+ bytes, more than a template can be$/),
      'The saved template file saved-renamed.json was skipped: it says its id is “saved-other”',
      expect.stringMatching(/^The saved template file saved-wrong\.json was skipped: This is not a session template the app can use \(steps: /),
    ]);
    expect((await fetch(`${base}/api/templates/saved-broken`)).status).toBe(400);
  });

  test('a full disk or an unwritable folder is a clear message, not a crash', async () => {
    const temp = await makeTempDir('templates-full');
    try {
      // A full disk cannot be made on demand here: the writer fails as fs does on one (ENOSPC).
      const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      const full = new TemplateStore(temp.dir, { write: async () => { throw enospc; } });
      await expect(full.save(ours)).rejects.toMatchObject({
        code: 'disk-full', message: 'The host\'s disk is full, so the template “Our way” was not saved. Free some space and save it again.',
      });
      // A real failure: the data folder is a file, so no templates folder can be made in it.
      await writeFile(join(temp.dir, 'a-file'), 'not a folder');
      const broken = new TemplateStore(join(temp.dir, 'a-file'));
      await expect(broken.save(ours)).rejects.toMatchObject({ code: 'write-failed', message: expect.stringMatching(/^The host could not save the template “Our way” \(/) });
      expect((await broken.list().catch((error: Error) => error)) instanceof Error).toBe(true);
    } finally {
      await temp.cleanup();
    }
  });

  test('a cap on how many: the 201st is refused with a message, replacing one still works', async () => {
    const temp = await makeTempDir('templates-many');
    try {
      const store = new TemplateStore(temp.dir);
      await mkdir(store.dir, { recursive: true });
      const body = JSON.stringify(ours);
      await Promise.all(Array.from({ length: MAX_TEMPLATES }, (_, i) => writeFile(join(store.dir, `saved-${i}.json`), body)));
      await expect(store.save({ ...ours, id: 'saved-one-more' })).rejects.toMatchObject({
        code: 'too-many', message: `The host already keeps ${MAX_TEMPLATES} saved templates. Delete some before saving more.`,
      });
      await expect(store.save({ ...ours, id: 'saved-7', title: 'Replaced' })).resolves.toMatchObject({ title: 'Replaced' });
    } finally {
      await temp.cleanup();
    }
  });

  test('the desktop window (app://) may save and delete: the preflight allows PUT and DELETE with JSON, for templates only', async () => {
    const ask = (path: string, method: string) => fetch(`${base}${path}`, {
      method: 'OPTIONS', headers: { Origin: 'app://studio', 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type' },
    });
    const templates = await ask('/api/templates/saved-x', 'PUT');
    expect(templates.status).toBe(204);
    expect(templates.headers.get('access-control-allow-methods')).toBe('GET, HEAD, PUT, DELETE');
    expect(templates.headers.get('access-control-allow-headers')).toBe('Content-Type');
    expect(templates.headers.get('access-control-allow-origin')).toBe('app://studio');
    expect((await ask('/api/workshops', 'GET')).headers.get('access-control-allow-methods')).toBe('GET, HEAD');
  });

  test('on a LAN host, another computer is refused, as for the workshop list', async () => {
    const temp = await makeTempDir('templates-lan');
    const store = await HostStore.open(join(temp.dir, 'data'));
    const server: Server = createServer((req, res) => {
      void handleApi(req.url ?? '/', req, res, store, 'Only this computer.');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      for (const method of ['GET', 'PUT', 'DELETE']) {
        const response = await fetch(`http://127.0.0.1:${port}/api/templates/saved-x`, { method, headers: { 'Content-Type': 'application/json' }, body: method === 'PUT' ? '{}' : undefined });
        expect(response.status).toBe(403);
        expect(await response.json()).toEqual({ error: 'Only this computer.' });
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      await temp.cleanup();
    }
  });
});
