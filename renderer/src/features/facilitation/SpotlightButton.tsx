import type { FollowView } from '../../../../shared/facilitation/stages';
import { followMe } from '../../../../shared/facilitation/room-ops';
import { announce } from '../../store/workshop-store';
import { canFacilitate } from '../../workshop/identity';
import { useMe } from '../../workshop/use-me';
import { runOp } from './run-op';

interface Props {
  /** The theme or idea (or note) to bring everyone to. */
  target: string;
  view: FollowView;
  /** "theme" or "idea", for the button's words. */
  kind: string;
  /** Its name or words, so a screen reader hears which one. */
  name: string;
}

/** "Spotlight this theme / idea": facilitators only; brings every laptop to it (use-follow.ts). */
export function SpotlightButton({ target, view, kind, name }: Props) {
  const me = useMe();
  if (!canFacilitate(me)) return null;
  return (
    <button type="button" className="link-button" onClick={() => {
      const problem = runOp((doc, actor) => followMe(doc, actor, { view, target }), `Everyone is brought to the ${kind} “${name}”`);
      if (problem) announce(problem);
    }}>
      Spotlight this {kind}<span className="visually-hidden"> “{name}”</span>
    </button>
  );
}
