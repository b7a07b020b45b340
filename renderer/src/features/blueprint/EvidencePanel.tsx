import type * as Y from 'yjs';
import { evidenceLineIndex } from '../../../../shared/blueprint/seed-plan';
import type { EvidenceLine } from '../../../../shared/doc/blueprint-types';
import { editEvidenceNote } from '../../../../shared/doc/ops';
import { formatOne } from './format';
import { SharedTextField } from './SharedTextField';
import type { WriteResult } from './use-write';

type Write = (fn: (doc: Y.Doc) => void) => WriteResult;

const TABLES = [
  { dimension: 'category', caption: 'Blockers and time lost, by category', column: 'Category' },
  { dimension: 'scope', caption: 'Blockers and time lost, by scope of control', column: 'Scope' },
] as const;

/** The board's blockers totalled when the blueprint was last filled, and the room's note on each line. */
export function EvidencePanel({ evidence, teamSize, write }: { evidence: Readonly<Record<string, EvidenceLine>>; teamSize: number; write: Write }) {
  const lines = [...evidenceLineIndex(evidence).values()].sort((a, b) => a.order - b.order);
  if (lines.length === 0) return <p>No evidence yet: fill the blueprint from the workshop to total the board&rsquo;s blockers here.</p>;
  const seededAt = Math.max(...lines.map((l) => l.seededAt));
  return (
    <div className="evidence">
      <p className="hint">Totalled from the board on {new Date(seededAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}. Filling the blueprint again brings the figures up to date; the notes stay as written.</p>
      {TABLES.map((table) => {
        const rows = lines.filter((l) => l.dimension === table.dimension);
        if (rows.length === 0) return null;
        return (
          <div className="table-scroll" key={table.dimension}>
            <table className="data-table">
              <caption>{table.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{table.column}</th>
                  <th scope="col">Blockers</th>
                  <th scope="col">Hours a week, each worker</th>
                  <th scope="col">Hours a week, team of {teamSize}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((line) => (
                  <tr key={line.id}>
                    <th scope="row">{line.label}</th>
                    <td>{line.notes}</td>
                    <td>{formatOne(line.minutesPerWorker / 60)}</td>
                    <td>{formatOne((line.minutesPerWorker * teamSize) / 60)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      <details className="row-editor">
        <summary>Notes on the evidence</summary>
        {lines.map((line) => (
          <SharedTextField key={line.id} label={`Note on ${line.label}`} multiline value={line.note}
            onWrite={(t) => write((doc) => editEvidenceNote(doc, line.id, t))} />
        ))}
      </details>
    </div>
  );
}
