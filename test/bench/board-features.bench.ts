// Board features at 5,000 notes (issue 4): likely-duplicate search, totals and
// the anonymous writer. Run with `npm run bench:board-features`; the last line
// is one JSON object. Measurements, not assertions.
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { DEFAULT_DUPLICATE_THRESHOLD, findDuplicates, similarPairs } from '../../shared/board/duplicates';
import { boardCategories } from '../../shared/board/categories';
import { boardTotals } from '../../shared/board/totals';
import { AnonymousWriter } from '../../shared/doc/anonymous-writer';
import { addBlocker, createWorkshop, editBlockerText, moveBlockers, updateMeta } from '../../shared/doc/ops/index';
import { readWorkshop } from '../../shared/doc/read';
import { CATEGORIES } from '../../shared/doc/schema';
import { undoRoots } from '../../shared/doc/undo-history';
import { realisticNotes } from '../helpers/realistic-notes';

const NOTES = 5000;
const RUNS = 5;

const round = (ms: number) => Math.round(ms * 100) / 100;
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
}
function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** A fixed CPU loop, so numbers taken on a busy machine can be read against it. */
function calibrate(): number {
  let x = 0;
  const ms = time(() => {
    for (let i = 0; i < 50_000_000; i++) x += i % 7;
  });
  return x > 0 ? ms : ms;
}
const calibrationBefore = calibrate();

const notes = realisticNotes(NOTES);
const doc = new Y.Doc();
createWorkshop(doc, { title: 'Bench', localAuthority: 'Anyshire', date: '2026-01-01' });
notes.forEach((note, i) => addBlocker(doc, {
  text: note.text,
  category: CATEGORIES[i % CATEGORIES.length]!.id,
  minutesPerWeek: (i % 12) * 10,
  scope: i % 3 === 0 ? 'our-service' : null,
  x: (i % 70) * 240,
  y: Math.floor(i / 70) * 150,
}));
const snapshot = readWorkshop(doc);
const categories = boardCategories(snapshot.categories);

// The generated notes come from a few templates, so they are far more alike
// than a real board's: a worst case for the search (count the similar pairs).
const similar = similarPairs(notes, DEFAULT_DUPLICATE_THRESHOLD, { perNote: Infinity }).length;
let groups = 0;
const duplicateMs = Array.from({ length: RUNS }, () => time(() => {
  groups = findDuplicates(notes, { limit: 50 }).length;
}));
const thousand = notes.slice(0, 1000);
const duplicate1000Ms = Array.from({ length: RUNS }, () => time(() => findDuplicates(thousand, { limit: 50 })));
const totalsMs = Array.from({ length: RUNS }, () => time(() => {
  boardTotals({ blockers: snapshot.blockers, themes: snapshot.themes, categories, teamSize: 8 });
}));

updateMeta(doc, { anonymous: true });
let writer!: AnonymousWriter;
const openMs = time(() => {
  writer = new AnonymousWriter(doc, { undoScope: undoRoots });
});
const ids = Object.keys(snapshot.blockers);
const writeMs: number[] = [];
for (let i = 0; i < 200; i++) {
  const id = ids[(i * 37) % ids.length]!;
  writeMs.push(time(() => writer.write((d) => {
    if (i % 3 === 0) addBlocker(d, { text: `Anonymous note ${i}` });
    else if (i % 3 === 1) editBlockerText(d, id, `${notes[(i * 37) % ids.length]!.text}!`);
    else moveBlockers(d, [{ id, x: i, y: i }]);
  })));
}
const undoMs = time(() => writer.undoStep());
const stateBytes = Y.encodeStateAsUpdate(doc).byteLength;
const vectorBytes = Y.encodeStateVector(doc).byteLength;
writer.destroy();

console.log(JSON.stringify({
  notes: NOTES,
  cpu_calibration_ms: round(Math.min(calibrationBefore, calibrate())),
  duplicates_ms: round(median(duplicateMs)),
  duplicates_1000_notes_ms: round(median(duplicate1000Ms)),
  duplicate_groups: groups,
  similar_pairs: similar,
  totals_ms: round(median(totalsMs)),
  anonymous_writer_open_ms: round(openMs),
  anonymous_write_p95_ms: round(p95(writeMs)),
  anonymous_undo_ms: round(undoMs),
  doc_bytes: stateBytes,
  state_vector_bytes_after_200_anonymous_writes: vectorBytes,
}));
