import { useRef, useState, type KeyboardEvent } from 'react';
import { BLUEPRINT_TEAMS, DECISION_LEVELS, type DecisionLevelId } from '../../../../shared/doc/blueprint-lists';
import type { Decision } from '../../../../shared/doc/blueprint-types';
import { addDecision, deleteDecision, editDecisionText, setDecisionRight } from '../../../../shared/doc/ops';
import { DECISION_SEEDS } from '../../../../shared/blueprint/seeds';
import { announce } from '../../store/workshop-store';
import { keyToLevel, moveCell, type Cell } from './matrix-keys';
import { inOrder } from './order';
import { SharedTextField } from './SharedTextField';
import type { WriteResult } from './use-write';
import type * as Y from 'yjs';

type Write = (fn: (doc: Y.Doc) => void) => WriteResult;

const levelLabel = (level: DecisionLevelId | null) => DECISION_LEVELS.find((l) => l.id === level)?.label ?? 'Not involved';

/** Does a seeded row still say what the blueprint says? */
function isStartingPoint(decision: Decision): boolean {
  const seed = DECISION_SEEDS.find((s) => s.key === decision.seedKey);
  return !!seed && BLUEPRINT_TEAMS.every((team) => (seed.rights[team.id] ?? null) === decision[team.id]);
}

/**
 * Who decides, who is consulted and who is told: a grid with one tab stop.
 * Arrow keys move between cells; Space or Enter cycles a cell; D, C, T set it
 * directly and N or Delete clears it. Every cell says its value in words.
 */
export function DecisionMatrix({ decisions, write }: { decisions: Readonly<Record<string, Decision>>; write: Write }) {
  const rows = inOrder(decisions);
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const grid = useRef<HTMLTableElement>(null);
  const current: Cell = { row: Math.min(active.row, Math.max(0, rows.length - 1)), col: active.col };

  function focusCell(cell: Cell) {
    setActive(cell);
    grid.current?.querySelector<HTMLElement>(`[data-cell="${cell.row}:${cell.col}"]`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>, cell: Cell) {
    const move = moveCell(cell, event.key, event.ctrlKey || event.metaKey, rows.length, BLUEPRINT_TEAMS.length);
    if (move) {
      event.preventDefault();
      focusCell(move);
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const decision = rows[cell.row];
    const team = BLUEPRINT_TEAMS[cell.col];
    if (!decision || !team) return;
    const next = keyToLevel(event.key, decision[team.id]);
    if (next === undefined) return;
    event.preventDefault();
    const refused = write((doc) => setDecisionRight(doc, decision.id, team.id, next));
    announce(refused ?? `${decision.label}: ${team.label} ${levelLabel(next).toLowerCase()}.`);
  }

  return (
    <div className="decision-rights">
      <p className="starting-point" id="decision-rights-note">
        <strong>Starting point — change it for your authority.</strong> These rights follow the 2019 blueprint: most
        decisions on cases sit with the Family Facing Teams; the Strategy Team decides only on placing a child and on
        starting court proceedings.
      </p>
      <p className="hint" id="decision-rights-keys">
        In the grid, use the arrow keys to move. Space or Enter changes a cell (decides, is consulted, is told, not
        involved); D, C and T set it directly, N or Delete clears it.
      </p>
      {rows.length === 0 ? <p>No decisions yet: add one below.</p> : (
        <div className="table-scroll">
          <table role="grid" ref={grid} className="matrix" aria-label="Decision rights" aria-describedby="decision-rights-note decision-rights-keys">
            <thead>
              <tr>
                <th scope="col">Decision</th>
                {BLUEPRINT_TEAMS.map((team) => <th scope="col" key={team.id}>{team.label}</th>)}
              </tr>
            </thead>
            <tbody>
              {rows.map((decision, row) => (
                <tr key={decision.id}>
                  <th scope="row">
                    {decision.label}
                    {isStartingPoint(decision) && <span className="tag">starting point</span>}
                  </th>
                  {BLUEPRINT_TEAMS.map((team, col) => {
                    const level = decision[team.id];
                    const isActive = current.row === row && current.col === col;
                    return (
                      <td
                        key={team.id}
                        role="gridcell"
                        data-cell={`${row}:${col}`}
                        className={`level level-${level ?? 'none'}`}
                        tabIndex={isActive ? 0 : -1}
                        onKeyDown={(event) => onKeyDown(event, { row, col })}
                        onFocus={() => setActive({ row, col })}
                        onClick={() => {
                          focusCell({ row, col });
                          const next = keyToLevel(' ', level);
                          if (next !== undefined) write((doc) => setDecisionRight(doc, decision.id, team.id, next));
                        }}
                      >
                        {level ? levelLabel(level) : <><span aria-hidden="true">—</span><span className="visually-hidden">Not involved</span></>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <DecisionEditor rows={rows} write={write} />
    </div>
  );
}

/** The decisions' words and notes, and adding or removing a decision. */
function DecisionEditor({ rows, write }: { rows: Decision[]; write: Write }) {
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <details className="row-editor">
      <summary>Edit the decisions ({rows.length})</summary>
      {rows.map((decision) => (
        <fieldset key={decision.id} className="row-card">
          <legend>{decision.label}</legend>
          <SharedTextField label="Decision" value={decision.label} onWrite={(t) => write((doc) => editDecisionText(doc, decision.id, 'label', t))} />
          <SharedTextField label="Why it sits there" multiline value={decision.note} onWrite={(t) => write((doc) => editDecisionText(doc, decision.id, 'note', t))} />
          <button type="button" className="link-button danger" onClick={() => {
            write((doc) => deleteDecision(doc, decision.id));
            announce(`Removed the decision "${decision.label}". Ctrl+Z brings it back.`);
          }}>Remove “{decision.label}”</button>
        </fieldset>
      ))}
      <form className="inline-add" onSubmit={(event) => {
        event.preventDefault();
        const refused = write((doc) => { addDecision(doc, { label }); });
        setError(refused);
        if (!refused) {
          announce(`Added the decision "${label}".`);
          setLabel('');
        }
      }}>
        <div className={`field${error ? ' field-error' : ''}`}>
          <label htmlFor="new-decision">Add a decision</label>
          {error && <span className="error-message" id="new-decision-error">{error}</span>}
          <input id="new-decision" type="text" value={label} onChange={(e) => setLabel(e.target.value)} aria-describedby={error ? 'new-decision-error' : undefined} />
        </div>
        <button type="submit" className="button button-small">Add decision</button>
      </form>
    </details>
  );
}
