import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addBlocker, createWorkshop, deleteBlocker, editBlockerText, moveBlocker, addTheme } from '../../../shared/doc/ops';
import type { WorkshopSnapshot } from '../../../shared/doc/types';
import { mirrorDoc } from './mirror';

function mirrored(doc: Y.Doc) {
  const published: WorkshopSnapshot[] = [];
  const stop = mirrorDoc(doc, (snapshot) => published.push(snapshot));
  return { published, latest: () => published[published.length - 1]!, stop };
}

describe('mirrorDoc', () => {
  it('publishes the whole document at once, then every change', () => {
    const doc = new Y.Doc();
    createWorkshop(doc, { title: 'Session 1', localAuthority: 'Northshire' });
    const { latest, published } = mirrored(doc);
    expect(latest().meta.title).toBe('Session 1');
    expect(latest().blockers).toEqual({});

    const id = addBlocker(doc, { text: 'Forms typed twice', x: 10, y: 20 });
    expect(latest().blockers[id]).toMatchObject({ text: 'Forms typed twice', x: 10, y: 20 });
    expect(published.length).toBeGreaterThan(1);
  });

  it('keeps untouched records as the same objects, so React can skip them', () => {
    const doc = new Y.Doc();
    createWorkshop(doc, { title: 'S', localAuthority: 'LA' });
    const a = addBlocker(doc, { text: 'A' });
    const b = addBlocker(doc, { text: 'B' });
    const { latest } = mirrored(doc);
    const before = latest();
    moveBlocker(doc, a, 300, 400);
    const after = latest();
    expect(after.blockers[a]).not.toBe(before.blockers[a]);
    expect(after.blockers[a]).toMatchObject({ x: 300, y: 400 });
    expect(after.blockers[b]).toBe(before.blockers[b]);
    expect(after.themes).toBe(before.themes);
  });

  it('follows nested text edits, deletions and other collections', () => {
    const doc = new Y.Doc();
    createWorkshop(doc, { title: 'S', localAuthority: 'LA' });
    const id = addBlocker(doc, { text: 'Meetings' });
    const { latest } = mirrored(doc);
    editBlockerText(doc, id, 'Meetings that could be an email');
    expect(latest().blockers[id]?.text).toBe('Meetings that could be an email');
    const themeId = addTheme(doc, { name: 'Meetings' });
    expect(latest().themes[themeId]?.name).toBe('Meetings');
    deleteBlocker(doc, id);
    expect(latest().blockers[id]).toBeUndefined();
  });

  it('follows changes that arrive from another laptop', () => {
    const local = new Y.Doc();
    const remote = new Y.Doc();
    createWorkshop(remote, { title: 'From the room', localAuthority: 'LA' });
    const id = addBlocker(remote, { text: 'Travel across the county' });
    const { latest } = mirrored(local);
    Y.applyUpdate(local, Y.encodeStateAsUpdate(remote), 'remote');
    expect(latest().meta.title).toBe('From the room');
    expect(latest().blockers[id]?.text).toBe('Travel across the county');
  });

  it('stops publishing once stopped', () => {
    const doc = new Y.Doc();
    createWorkshop(doc, { title: 'S', localAuthority: 'LA' });
    const { published, stop } = mirrored(doc);
    stop();
    const count = published.length;
    addBlocker(doc, { text: 'After stop' });
    expect(published.length).toBe(count);
  });
});
