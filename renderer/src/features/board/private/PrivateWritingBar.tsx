import type { WorkshopMeta } from '../../../../../shared/doc/types';
import { announce } from '../../../store/workshop-store';
import { canFacilitate } from '../../../workshop/identity';
import { useMe } from '../../../workshop/use-me';
import { run } from '../../../actions/perform-or-say-why';
import { revealAction, setAnonymousAction, startPrivateWritingAction } from './private-actions';
import { usePrivateNotes } from './private-store';

/**
 * Says whether the room is writing privately and whether notes are anonymous,
 * and gives the facilitator the switches. Who may facilitate is decided in
 * one place (workshop/identity.ts canFacilitate).
 */
export function PrivateWritingBar({ workshopId, meta }: { workshopId: string; meta: WorkshopMeta }) {
  const facilitator = canFacilitate(useMe());
  const mine = usePrivateNotes(workshopId).length;
  return (
    <section className={`private-bar${meta.privateWriting ? ' private-bar-on' : ''}`} aria-labelledby="private-bar-heading">
      <h2 id="private-bar-heading" className="visually-hidden">How notes are shared</h2>
      {meta.privateWriting ? (
        <p className="private-status">
          <strong>Writing privately.</strong> New notes stay on your laptop until the facilitator reveals everyone’s notes
          {mine > 0 ? ` (you have ${mine} waiting)` : ''}.
        </p>
      ) : (
        <p className="private-status">Notes are shared with the room as soon as you add them.</p>
      )}
      <p className="private-status">
        {meta.anonymous ? <><strong>Anonymous:</strong> no names are kept with notes.</> : 'Notes are kept with the name of who wrote them.'}
      </p>
      {facilitator && (
        <div className="button-row">
          {meta.privateWriting ? (
            <button type="button" className="button button-small" onClick={() => {
              if (!run(revealAction, undefined)) announce('Revealed: everyone’s private notes are going on the board now');
            }}>Reveal everyone’s notes</button>
          ) : (
            <button type="button" className="button button-small button-secondary" onClick={() => {
              if (!run(startPrivateWritingAction, undefined)) announce('Writing privately: new notes stay on each laptop until you reveal them');
            }}>Start writing privately</button>
          )}
          <label className="checkbox-label">
            <input type="checkbox" checked={meta.anonymous} onChange={(e) => {
              if (!run(setAnonymousAction, { anonymous: e.target.checked })) {
                announce(e.target.checked ? 'Anonymous: new notes are kept without names' : 'Named: new notes are kept with names');
              }
            }} />
            Anonymous notes (applies to notes added from now on)
          </label>
        </div>
      )}
    </section>
  );
}
