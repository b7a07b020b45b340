// @vitest-environment happy-dom
// Saved templates come from a real host (a temp data folder) and fall back to
// this browser's storage when no host answers; what a browser kept moves to
// the host once; the create form's choice lists the host's templates.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { startHost, type RunningHost } from '../../../../electron/host/server';
import { TemplateStore } from '../../../../electron/host/template-store';
import { BUILT_IN_TEMPLATES } from '../../../../shared/facilitation/templates';
import { makeTempDir } from '../../../../test/helpers/temp-dir';
import { fetchSavedTemplates, loadSavedTemplates, saveTemplate, saveTemplateHere, useSavedTemplates } from './saved-templates';
import { TemplateChoice, useAvailableTemplates } from './TemplateChoice';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const KEY = 'small-changes:saved-templates';
let host: RunningHost;
let base: string;
let dataDir: string;
let cleanup: () => Promise<void>;
let store: TemplateStore;

beforeAll(async () => {
  const temp = await makeTempDir('saved-templates');
  cleanup = temp.cleanup;
  const staticDir = join(temp.dir, 'renderer');
  await mkdir(staticDir, { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  dataDir = join(temp.dir, 'data');
  host = await startHost({ port: 0, host: '127.0.0.1', dataDir, staticDir, log: () => undefined });
  base = `http://127.0.0.1:${host.port}`;
  // This page was served by the host, as in a browser: the host is its own origin.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${base}/`);
});

afterAll(async () => {
  await host?.close();
  await cleanup?.();
});

beforeEach(async () => {
  localStorage.clear();
  useSavedTemplates.setState({ templates: null, home: 'browser', problems: [] });
  store = new TemplateStore(dataDir);
  for (const t of (await store.list()).templates) await store.delete(t.id);
});

const template = (id: string, title: string) => ({ ...BUILT_IN_TEMPLATES[1]!, id, title });

describe('saved templates: the host first, this browser as the fallback', () => {
  test('lists what the host holds, and reports a corrupt file it skipped', async () => {
    await store.save(template('saved-ours', 'Our way'));
    await mkdir(store.dir, { recursive: true });
    await writeFile(join(store.dir, 'saved-broken.json'), '{ not json');
    const read = await fetchSavedTemplates(base);
    expect(read.home).toBe('host');
    expect(read.templates.map((t) => t.title)).toEqual(['Our way']);
    expect(read.problems).toEqual(['The saved template file saved-broken.json was skipped: it is not valid JSON']);
    await rm(join(store.dir, 'saved-broken.json'));
  });

  test('what this browser kept moves to the host once; a clash of ids gets a fresh id, nothing is lost', async () => {
    await store.save(template('saved-shared', 'Made on the host'));
    saveTemplateHere(template('saved-mine', 'Made in this browser'));
    saveTemplateHere(template('saved-shared', 'Same id, other words'));
    const first = await fetchSavedTemplates(base);
    expect(first.templates.map((t) => t.title)).toEqual(['Made in this browser', 'Made on the host', 'Same id, other words']);
    expect(loadSavedTemplates()).toEqual([]);
    expect(localStorage.getItem(KEY)).toBeNull();
    const onHost = (await store.list()).templates;
    expect(onHost.map((t) => t.id).sort()).toEqual(['saved-mine', 'saved-shared', 'saved-shared-2']);
    // A second read moves nothing again.
    expect((await fetchSavedTemplates(base)).templates).toHaveLength(3);
    expect((await store.list()).templates).toHaveLength(3);
  });

  test('no host answering: this browser\'s own list, and saving keeps the template here', async () => {
    saveTemplateHere(template('saved-here', 'Kept here'));
    const nowhere = 'http://127.0.0.1:9'; // nothing listens on the discard port
    const read = await fetchSavedTemplates(nowhere);
    expect(read).toEqual({ templates: [template('saved-here', 'Kept here')], home: 'browser', problems: [] });
    const saved = await saveTemplate(template('saved-offline', 'Saved offline'), nowhere);
    expect(saved).toEqual({ error: null, home: 'browser' });
    expect(loadSavedTemplates().map((t) => t.id)).toEqual(['saved-here', 'saved-offline']);
    expect((await fetchSavedTemplates(null)).home).toBe('browser');
  });

  test('saving goes to the host; a template the host finds invalid is refused with its reason and saved nowhere', async () => {
    expect(await saveTemplate(template('saved-new', 'New one'), base)).toEqual({ error: null, home: 'host' });
    expect((await store.get('saved-new')).title).toBe('New one');
    const bad = { ...template('saved-bad', 'Bad'), steps: [] };
    const refused = await saveTemplate(bad, base);
    expect(refused.home).toBeNull();
    expect(refused.error).toMatch(/a template needs at least one step/);
    expect(loadSavedTemplates()).toEqual([]);
  });

  test('the create form\'s choice lists the templates saved on the host', async () => {
    await store.save(template('saved-north', 'Team North’s way'));
    function Form() {
      const templates = useAvailableTemplates();
      return <TemplateChoice value="" onChange={() => undefined} templates={templates} />;
    }
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    // The list arrives from the host after the first render: wait for it inside act.
    await act(async () => root.render(<Form />));
    await act(async () => {
      await vi.waitFor(() => expect(useSavedTemplates.getState().home).toBe('host'), { timeout: 5000 });
    });
    expect([...container.querySelectorAll('option')].map((o) => o.textContent))
      .toEqual(['Standard agenda', ...BUILT_IN_TEMPLATES.map((t) => t.title), 'Team North’s way']);
    await act(async () => root.unmount());
  });
});
