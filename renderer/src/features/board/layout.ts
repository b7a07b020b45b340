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
