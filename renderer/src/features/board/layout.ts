// Moved to ./canvas/layout.ts (the canvas feature owns board geometry); kept so older imports still resolve.
export { COLUMNS, GRID_GAP, NOTE_HEIGHT, NOTE_WIDTH, slotFor } from './canvas/layout';
