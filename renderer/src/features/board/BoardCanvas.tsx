// Moved to ./canvas/ (the canvas feature owns it); kept so older imports still resolve.
export { BoardCanvas } from './canvas/BoardCanvas';
