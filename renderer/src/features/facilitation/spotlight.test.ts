// @vitest-environment happy-dom
// A spotlight on a participant's laptop: the theme's notes selected and
// centred on the canvas with focus on the first; the list's theme heading or
// the idea's card focused; and a sentence saying which one.
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addBlocker, addIdea, createWorkshop, groupBlockers } from '../../../../shared/doc/ops';
import { readWorkshop } from '../../../../shared/doc/read';
import { useBoardView } from '../board/board-view';
import { initialCanvasState, useCanvasStore } from '../board/canvas/canvas-store';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../board/canvas/layout';
import { initialWorkshopState, useWorkshopStore } from '../../store/workshop-store';
import { describeSpotlight, showSpotlight, useSpotlight } from './spotlight';

function workshop() {
  const doc = new Y.Doc();
  createWorkshop(doc, { title: 'Team North', localAuthority: 'Anyshire' });
  const far = addBlocker(doc, { text: 'Forms typed twice', x: 4000, y: 3000 });
  const farther = addBlocker(doc, { text: 'Forms typed twice over', x: 4400, y: 3000 });
  addBlocker(doc, { text: 'Elsewhere', x: 0, y: 0 });
  const theme = groupBlockers(doc, { blockerIds: [far, farther], newThemeName: 'Paperwork' });
  const idea = addIdea(doc, { text: 'One referral form, filled once' });
  const snapshot = readWorkshop(doc);
  useWorkshopStore.setState({ ...initialWorkshopState, workshopId: 'workshop:t', snapshot });
  return { far, farther, theme, idea, snapshot };
}

beforeEach(() => {
  useCanvasStore.setState({ ...initialCanvasState, viewport: { width: 1200, height: 700 } });
  useSpotlight.setState({ target: '', at: 0 });
  document.body.innerHTML = '';
});
afterEach(() => {
  useWorkshopStore.setState(initialWorkshopState);
  useBoardView.setState({ view: 'board' });
});

describe('spotlight', () => {
  it('says which note, theme or idea, or that it has gone', () => {
    const w = workshop();
    expect(describeSpotlight(w.theme, w.snapshot)).toBe('The facilitator is spotlighting the theme “Paperwork”.');
    expect(describeSpotlight(w.idea, w.snapshot)).toBe('The facilitator is spotlighting the idea “One referral form, filled once”.');
    expect(describeSpotlight(w.far, w.snapshot)).toBe('The facilitator is spotlighting the note “Forms typed twice”.');
    expect(describeSpotlight('theme:gone', w.snapshot)).toBe('The facilitator is spotlighting a theme that has since been removed.');
    expect(describeSpotlight('', w.snapshot)).toBe('The facilitator brought everyone to this view.');
  });

  it('a theme on the canvas: its notes selected, centred in view, the first in reading order focused', async () => {
    const w = workshop();
    document.body.innerHTML = '<div class="canvas-viewport"></div>';
    showSpotlight(w.theme);
    expect(useWorkshopStore.getState().selectedBlockerIds).toEqual([w.far, w.farther]);
    await vi.waitFor(() => expect(useCanvasStore.getState().focusRequest).toBe(w.far));
    const { camera, viewport } = useCanvasStore.getState();
    // The middle of the two notes is the middle of the screen.
    const middle = { x: (4000 + 4400 + NOTE_WIDTH) / 2, y: 3000 + NOTE_HEIGHT / 2 };
    expect(camera.x + viewport.width / 2 / camera.zoom).toBeCloseTo(middle.x);
    expect(camera.y + viewport.height / 2 / camera.zoom).toBeCloseTo(middle.y);
    expect(useSpotlight.getState().target).toBe(w.theme);
  });

  it('a theme in the list view: its heading scrolled to and focused', async () => {
    const w = workshop();
    useBoardView.setState({ view: 'list' });
    document.body.innerHTML = `<section><h3>Paperwork (2 notes)</h3><div data-theme-tools="${w.theme}"></div></section>`;
    showSpotlight(w.theme);
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Paperwork (2 notes)'));
  });

  it('an idea: its card\'s words focused, once the ideas view has rendered it', async () => {
    const w = workshop();
    showSpotlight(w.idea);
    // The card appears a moment later, as after a change of route.
    setTimeout(() => {
      document.body.innerHTML = `<ul><li data-idea-id="${w.idea}"><h4 class="idea-text">One referral form, filled once</h4></li></ul>`;
    }, 30);
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('One referral form, filled once'));
    expect(useSpotlight.getState().target).toBe(w.idea);
  });
});
