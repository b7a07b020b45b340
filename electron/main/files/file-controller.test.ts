import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addBlocker, editBlockerText } from '../../../shared/doc/ops/index';
import { readWorkshop } from '../../../shared/doc/read';
import { decodeWorkshopFile, encodeWorkshopFile } from '../../../shared/file/workshop-file';
import { HostStore } from '../../host/store/host-store';
import { makeTempDir } from '../../../test/helpers/temp-dir';
import { forkDoc, newWorkshop } from '../../../test/helpers/workshop-doc';
import { Settings } from '../settings';
import { tempPathFor } from './atomic-write';
import { FileController, type Question } from './file-controller';
import { acquireLock, lockPathFor, type LockOwner } from './file-lock';
import { nodeFileOps, type FileOps } from './file-ops';

const ID = 'workshop:fileTest01';
const me: LockOwner = { name: 'Sam Okafor', host: 'LAPTOP-SAM', pid: process.pid };
const colleague: LockOwner = { name: 'Ali Khan', host: 'LAPTOP-ALI', pid: 777 };

let dir: string;
let cleanup: () => Promise<void>;
let share: string;
let store: HostStore;
let settings: Settings;
let questions: Question[];
let answers: number[];
let openPaths: (string | null)[];
let savePaths: (string | null)[];

function controller(ops: FileOps = nodeFileOps, releaseAfterMs = 1000): FileController {
  return new FileController({
    store: async () => store,
    settings,
    owner: () => me,
    documentsDir: share,
    ops,
    releaseAfterMs,
    dialogs: {
      chooseFileToOpen: async () => openPaths.shift() ?? null,
      chooseSavePath: async (defaultPath) => {
        savePaths.push(defaultPath);
        return openPaths.shift() ?? null;
      },
      ask: async (question) => {
        questions.push(question);
        return answers.shift() ?? question.choices.length - 1;
      },
    },
  });
}

function fileBytes(doc: Y.Doc, id = ID): Uint8Array {
  return encodeWorkshopFile(doc, { workshopId: id, appVersion: '0.1.0' });
}

async function writeWorkshopFile(name: string, doc: Y.Doc, id = ID): Promise<string> {
  const path = join(share, name);
  await writeFile(path, fileBytes(doc, id));
  return path;
}

async function storeDoc(id: string): Promise<Y.Doc> {
  return (await store.workshop(id)).doc;
}

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('file-controller'));
  share = join(dir, 'share');
  await mkdir(share);
  store = await HostStore.open(join(dir, 'data'));
  settings = await Settings.load(dir);
  questions = [];
  answers = [];
  openPaths = [];
  savePaths = [];
});

afterEach(async () => {
  await store.close();
  await cleanup();
});

describe('opening a workshop file', () => {
  it('brings a new workshop into the store under its own id, locks the file and remembers it', async () => {
    const { doc } = newWorkshop();
    addBlocker(doc, { text: 'Two systems for one referral' });
    const path = await writeWorkshopFile('Session.smallchanges', doc);
    const files = controller();
    const outcome = await files.openPath(path);
    expect(outcome).toEqual({
      status: 'opened',
      workshopId: ID,
      title: 'Time with families',
      fileName: 'Session.smallchanges',
      readOnly: false,
      copy: false,
    });
    expect(readWorkshop(await storeDoc(ID))).toEqual(readWorkshop(doc));
    expect(questions).toEqual([]);
    expect(JSON.parse(await readFile(lockPathFor(path), 'utf8')).name).toBe('Sam Okafor');
    expect(settings.recentFiles[0]).toMatchObject({ path, workshopId: ID, title: 'Time with families' });
    expect(files.fileOf(ID)).toEqual({ path, readOnly: false });
  });

  it('opens through the dialog, and does nothing when it is cancelled', async () => {
    const path = await writeWorkshopFile('Session.smallchanges', newWorkshop().doc);
    const files = controller();
    expect(await files.openWithDialog('open')).toEqual({ status: 'canceled' });
    openPaths.push(path);
    expect((await files.openWithDialog('open')).status).toBe('opened');
  });

  it('opens the same file twice without asking or refusing itself', async () => {
    const path = await writeWorkshopFile('Session.smallchanges', newWorkshop().doc);
    const files = controller();
    await files.openPath(path);
    expect((await files.openPath(path)).status).toBe('opened');
    expect(questions).toEqual([]);
  });

  it('imports as a new workshop with a new id, leaving the original apart', async () => {
    const { doc } = newWorkshop();
    const path = await writeWorkshopFile('Session.smallchanges', doc);
    const files = controller();
    await files.openPath(path);
    const copy = await files.openPath(path, 'import');
    expect(copy).toMatchObject({ status: 'opened', copy: true, readOnly: false });
    if (copy.status !== 'opened') return;
    expect(copy.workshopId).not.toBe(ID);
    expect(copy.workshopId).toMatch(/^workshop:[A-Za-z0-9_-]{12}$/);
    expect(readWorkshop(await storeDoc(copy.workshopId))).toEqual(readWorkshop(doc));
    addBlocker(await storeDoc(copy.workshopId), { text: 'only in the copy' });
    expect(Object.keys(readWorkshop(await storeDoc(ID)).blockers)).toHaveLength(0);
    expect(files.fileOf(copy.workshopId)).toBe(null);
  });

  it('asks before adding a file’s changes to this computer’s copy, and merges losing nothing', async () => {
    const { doc } = newWorkshop();
    await writeWorkshopFile('Session.smallchanges', doc);
    const files = controller();
    await files.openPath(join(share, 'Session.smallchanges'));
    // Here: a note added after. In the file (from elsewhere): another note.
    addBlocker(await storeDoc(ID), { text: 'added on this computer' });
    const elsewhere = forkDoc(doc);
    addBlocker(elsewhere, { text: 'added on the other laptop' });
    const path = await writeWorkshopFile('From Ali.smallchanges', elsewhere);
    answers.push(0);
    const outcome = await files.openPath(path);
    expect(questions[0]?.message).toBe('This computer already has this workshop, and the file has changes this computer’s copy does not.');
    expect(questions[0]?.choices).toEqual([
      'Add the file’s changes to this computer’s copy',
      'Open the file as a separate workshop',
      'Cancel',
    ]);
    expect(outcome).toMatchObject({ status: 'opened', workshopId: ID, copy: false });
    const texts = Object.values(readWorkshop(await storeDoc(ID)).blockers).map((b) => b.text).sort();
    expect(texts).toEqual(['added on the other laptop', 'added on this computer']);
  });

  it('says when this computer’s copy is newer, and opens it without changing it', async () => {
    const { doc } = newWorkshop();
    const path = await writeWorkshopFile('Session.smallchanges', doc);
    const files = controller();
    await files.openPath(path);
    const local = await storeDoc(ID);
    editBlockerText(local, addBlocker(local, { text: 'draft' }), 'newer words');
    const before = Y.encodeStateAsUpdate(local);
    answers.push(0);
    expect((await files.openPath(path)).status).toBe('opened');
    expect(questions[0]?.message).toBe('This computer already has this workshop, with changes made after the file was saved.');
    expect(Y.encodeStateAsUpdate(local)).toEqual(before);
  });

  it('opens the file as a separate workshop when asked to, or cancels touching nothing', async () => {
    const { doc } = newWorkshop();
    const path = await writeWorkshopFile('Session.smallchanges', doc);
    const files = controller();
    await files.openPath(path);
    addBlocker(await storeDoc(ID), { text: 'local only' });
    const before = Y.encodeStateAsUpdate(await storeDoc(ID));
    answers.push(2);
    expect(await files.openPath(path)).toEqual({ status: 'canceled' });
    answers.push(1);
    const copy = await files.openPath(path);
    expect(copy).toMatchObject({ status: 'opened', copy: true });
    expect(Y.encodeStateAsUpdate(await storeDoc(ID))).toEqual(before);
  });

  it('when another computer has the file open: says who, and opens read-only or as a copy', async () => {
    const path = await writeWorkshopFile('Session.smallchanges', newWorkshop().doc);
    await acquireLock(path, colleague);
    const files = controller();
    expect(await files.openPath(path)).toEqual({ status: 'canceled' });
    expect(questions[0]?.message).toMatch(/^This workshop is open on another computer \(by Ali Khan on LAPTOP-ALI, since /);
    expect(questions[0]?.choices).toEqual(['Open read-only', 'Open as a copy', 'Cancel']);
    answers.push(0);
    expect(await files.openPath(path)).toMatchObject({ status: 'opened', workshopId: ID, readOnly: true, copy: false });
    answers.push(1);
    expect(await files.openPath(path)).toMatchObject({ status: 'opened', readOnly: false, copy: true });
    // Ali's lock is untouched.
    expect(JSON.parse(await readFile(lockPathFor(path), 'utf8')).name).toBe('Ali Khan');
  });

  it('cleans a half-written save left beside the file, and ignores it otherwise', async () => {
    const path = await writeWorkshopFile('Session.smallchanges', newWorkshop().doc);
    await writeFile(tempPathFor(path), 'half of a sav');
    await controller().openPath(path);
    expect((await readdir(share)).sort()).toEqual(['Session.smallchanges', '~$Session.smallchanges']);
  });

  describe('bad files: a clear message, and nothing overwritten', () => {
    async function refused(name: string, bytes: Uint8Array | string): Promise<string> {
      const path = join(share, name);
      await writeFile(path, bytes);
      const error = await controller().openPath(path).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect(await store.listWorkshops()).toEqual([]);
      expect(await readdir(share)).toEqual([name]);
      return (error as Error).message;
    }

    it('a truncated file', async () => {
      const bytes = fileBytes(newWorkshop().doc);
      expect(await refused('Cut.smallchanges', bytes.subarray(0, bytes.length - 10))).toBe(
        '“Cut.smallchanges” could not be opened. This file is incomplete — it may have been cut short while copying. Try the original, or an earlier copy.',
      );
    });

    it('an empty file', async () => {
      expect(await refused('Empty.smallchanges', '')).toBe(
        '“Empty.smallchanges” could not be opened. This file is empty: there is no workshop in it.',
      );
    });

    it('a foreign file with the right name', async () => {
      expect(await refused('Photo.smallchanges', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))).toBe(
        '“Photo.smallchanges” could not be opened. This file is not a Small Changes workshop.',
      );
    });

    it('a file from a newer version', async () => {
      const bytes = fileBytes(newWorkshop().doc);
      new DataView(bytes.buffer).setUint16(8, 99, true);
      expect(await refused('Future.smallchanges', bytes)).toMatch(/saved by a newer version of Small Changes Studio\. Update the app/);
    });

    it('a file that is not a workshop file by its name', async () => {
      await expect(controller().openPath(join(share, 'notes.txt'))).rejects.toThrow(
        'Only Small Changes workshop files (ending .smallchanges) can be opened here.',
      );
      await expect(controller().openPath('relative/w.smallchanges')).rejects.toThrow('Only Small Changes workshop files');
    });

    it('a file that is not there, or is a folder', async () => {
      await expect(controller().openPath(join(share, 'Gone.smallchanges'))).rejects.toThrow(
        '“Gone.smallchanges” is no longer there. It may have been moved, renamed or deleted.',
      );
      await mkdir(join(share, 'Folder.smallchanges'));
      await expect(controller().openPath(join(share, 'Folder.smallchanges'))).rejects.toThrow('is a folder, not a workshop file');
    });
  });
});

describe('saving', () => {
  it('saves back to the file it was opened from, a file that opens to an identical document', async () => {
    const { doc } = newWorkshop();
    const path = await writeWorkshopFile('Session.smallchanges', doc);
    const files = controller();
    await files.openPath(path);
    const live = await storeDoc(ID);
    addBlocker(live, { text: 'a new note, saved' });
    const outcome = await files.save(ID, fileBytes(live));
    expect(outcome).toMatchObject({ status: 'saved', fileName: 'Session.smallchanges' });
    expect(savePaths).toEqual([]);
    const back = decodeWorkshopFile(await readFile(path)).doc;
    expect(readWorkshop(back)).toEqual(readWorkshop(live));
    expect(Y.encodeStateAsUpdate(back)).toEqual(Y.encodeStateAsUpdate(live));
  });

  it('asks where when the workshop has no file yet, suggesting its title', async () => {
    const { doc } = newWorkshop();
    const files = controller();
    expect(await files.save(ID, fileBytes(doc))).toEqual({ status: 'canceled' });
    expect(savePaths).toEqual([join(share, 'Time with families.smallchanges')]);
    openPaths.push(join(share, 'Chosen'));
    expect(await files.save(ID, fileBytes(doc))).toMatchObject({ status: 'saved', fileName: 'Chosen.smallchanges' });
    expect(files.fileOf(ID)).toEqual({ path: join(share, 'Chosen.smallchanges'), readOnly: false });
    expect((await readdir(share)).sort()).toEqual(['Chosen.smallchanges', '~$Chosen.smallchanges']);
  });

  it('Save As moves the lock to the new file', async () => {
    const path = await writeWorkshopFile('Session.smallchanges', newWorkshop().doc);
    const files = controller();
    await files.openPath(path);
    openPaths.push(join(share, 'Session v2.smallchanges'));
    await files.saveAs(ID, fileBytes(await storeDoc(ID)));
    expect((await readdir(share)).sort()).toEqual([
      'Session v2.smallchanges',
      'Session.smallchanges',
      '~$Session v2.smallchanges',
    ]);
  });

  it('a read-only open saves only through Save As', async () => {
    const path = await writeWorkshopFile('Session.smallchanges', newWorkshop().doc);
    await acquireLock(path, colleague);
    const files = controller();
    answers.push(0);
    await files.openPath(path);
    const before = await readFile(path);
    expect(await files.save(ID, fileBytes(await storeDoc(ID)))).toEqual({ status: 'canceled' });
    expect(savePaths).toHaveLength(1);
    expect(await readFile(path)).toEqual(before);
  });

  it('will not overwrite a file someone else has opened since', async () => {
    const path = await writeWorkshopFile('Session.smallchanges', newWorkshop().doc);
    const files = controller(nodeFileOps, 10);
    await files.openPath(path);
    await files.setActive(null);
    await vi.waitFor(async () => expect(await readdir(share)).toEqual(['Session.smallchanges']));
    await acquireLock(path, colleague);
    const before = await readFile(path);
    await expect(files.save(ID, fileBytes(await storeDoc(ID)))).rejects.toThrow(
      /^This workshop is open on another computer \(by Ali Khan on LAPTOP-ALI.*“Session\.smallchanges” was not overwritten\. Use Save As/,
    );
    expect(await readFile(path)).toEqual(before);
  });

  it('on a full disk: a clear message, the last good copy kept', async () => {
    const path = await writeWorkshopFile('Session.smallchanges', newWorkshop().doc);
    const full: FileOps = {
      ...nodeFileOps,
      rename: async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    };
    const files = controller(full);
    await files.openPath(path);
    const before = await readFile(path);
    addBlocker(await storeDoc(ID), { text: 'unsaved' });
    await expect(files.save(ID, fileBytes(await storeDoc(ID)))).rejects.toThrow(
      'There is not enough space on the disk to save “Session.smallchanges”. Free some space, or use Save As to save it somewhere else. Your workshop is safe in the app, and the last saved copy of the file has not been touched.',
    );
    expect(await readFile(path)).toEqual(before);
    expect((await readdir(share)).sort()).toEqual(['Session.smallchanges', '~$Session.smallchanges']);
  });

  it('refuses bytes that are not a whole file of this workshop', async () => {
    const files = controller();
    const bytes = fileBytes(newWorkshop().doc);
    await expect(files.save(ID, bytes.subarray(0, 40))).rejects.toThrow(/did not reach the saving step whole, so nothing was written/);
    await expect(files.save('workshop:someOtherOne', bytes)).rejects.toThrow(/belongs to a different workshop/);
    expect(await readdir(share)).toEqual([]);
  });
});

describe('the window’s workshop', () => {
  it('lets go of a file’s lock soon after the window leaves its workshop, and keeps it while shown', async () => {
    const path = await writeWorkshopFile('Session.smallchanges', newWorkshop().doc);
    const files = controller(nodeFileOps, 300);
    await files.openPath(path);
    await files.setActive(ID);
    void files.setActive(null);
    await files.setActive(ID); // back again at once (a re-render): the lock stays
    await new Promise((r) => setTimeout(r, 400));
    expect(await readdir(share)).toContain('~$Session.smallchanges');
    await files.setActive(null);
    await vi.waitFor(async () => expect(await readdir(share)).toEqual(['Session.smallchanges']));
  });

  it('reopens the workshop that was open when the app stopped, if it still exists', async () => {
    const path = await writeWorkshopFile('Session.smallchanges', newWorkshop().doc);
    const files = controller();
    expect(await files.resume()).toBe(null);
    await files.openPath(path);
    await files.setActive(ID);
    // The app stops without closing anything (a crash); a new run reads the settings afresh.
    const restarted = new FileController({ ...(files as unknown as { deps: object }).deps, settings: await Settings.load(dir) } as never);
    expect(await restarted.resume()).toBe(ID);
    await settings.setLastWorkshop('workshop:deletedSince');
    expect(await controller().resume()).toBe(null);
  });

  it('releases every lock on close', async () => {
    const path = await writeWorkshopFile('Session.smallchanges', newWorkshop().doc);
    const files = controller();
    await files.openPath(path);
    await files.close();
    expect(await readdir(share)).toEqual(['Session.smallchanges']);
  });
});
