import type { Rect } from '../../../../../shared/board/geometry';

/** Board geometry shared by the canvas, the notes and the capture form. */
export const NOTE_WIDTH = 220;
export const NOTE_HEIGHT = 130;
export const GRID_GAP = 20;
export const COLUMNS = 5;

/** Where the n-th new note lands: the next cell of a simple grid, so new notes never hide old ones. */
export function slotFor(index: number): { x: number; y: number } {
  const column = index % COLUMNS;
  const row = Math.floor(index / COLUMNS);
  return { x: GRID_GAP + column * (NOTE_WIDTH + GRID_GAP), y: GRID_GAP + row * (NOTE_HEIGHT + GRID_GAP) };
}

/** The box a note takes for hit tests, the marquee and culling (a long note may grow taller on screen). */
export function noteRect(note: { x: number; y: number }): Rect {
  return { x: note.x, y: note.y, width: NOTE_WIDTH, height: NOTE_HEIGHT };
}

/** Side of one spatial-index cell, in board units: a few cells cover a screen. */
export const INDEX_CELL = 512;
/** Notes drawn beyond the edge of the screen, in screen pixels, so a short pan shows no gaps. */
export const RENDER_MARGIN_PX = 400;
/** Below this zoom the words cannot be read: notes are drawn as coloured blocks instead. */
export const OVERVIEW_ZOOM = 0.3;
/** More notes than this in view are drawn as blocks too, whatever the zoom. */
export const MAX_DOM_NOTES = 900;
/** Below this zoom a note's Edit and Delete buttons would be smaller than 24 px, so they are hidden. */
export const BUTTONS_MIN_ZOOM = 0.86;
/** Tabbing to a note from far out zooms in at least this far, so its words can be read. */
export const READABLE_ZOOM = 0.75;
/** One arrow-key press pans this many screen pixels (Shift: the big step). */
export const PAN_STEP_PX = 60;
export const BIG_PAN_STEP_PX = 300;
/** Arrange lays notes out on this grid. */
export const ARRANGE_CELL = { cellWidth: NOTE_WIDTH + GRID_GAP, cellHeight: NOTE_HEIGHT + GRID_GAP + 20 } as const;
