import { useEffect, useState } from 'react';
import { groupIdeas } from '../../../../shared/ideas/scope';
import { useWorkshopStore } from '../../store/workshop-store';
import { useSpotlight } from '../facilitation/spotlight';
import { IdeaCard } from './IdeaCard';
import { IdeaForm } from './IdeaForm';
import { ImpactEffortGrid } from './ImpactEffortGrid';
import './ideas.css';

/** Small changes: ideas linked to the blockers they remove; asks of others kept apart; the impact/effort grid. */
export function IdeasScreen(_props: { workshopId: string }) {
  const snapshot = useWorkshopStore((s) => s.snapshot);
  const [view, setView] = useState<'list' | 'grid'>('list');
  // A spotlighted idea is shown in the list, where its card can take focus (facilitation/spotlight.ts).
  const spotlightAt = useSpotlight((s) => (s.target.startsWith('idea:') ? s.at : 0));
  useEffect(() => {
    if (spotlightAt) setView('list');
  }, [spotlightAt]);
  if (!snapshot) return null;
  const groups = groupIdeas(snapshot.ideas);
  const local = [...groups['small-change'], ...groups['scope-not-set']];

  return (
    <div className="ideas-screen">
      <h2>Small changes</h2>
      <p className="lead">Ideas the council can make itself, each linked to the blockers it removes. Ideas that need a partner agency or a change in national law are kept apart as asks of others.</p>
      <IdeaForm snapshot={snapshot} />
      <div className="view-toggle" role="group" aria-label="Show ideas as">
        <button type="button" className="button button-secondary" aria-pressed={view === 'list'} onClick={() => setView('list')}>List</button>
        <button type="button" className="button button-secondary" aria-pressed={view === 'grid'} onClick={() => setView('grid')}>Impact and effort grid</button>
      </div>
      {view === 'grid' ? <ImpactEffortGrid ideas={local} snapshot={snapshot} /> : (
        <>
          <section aria-labelledby="small-changes-heading">
            <h3 id="small-changes-heading">Small changes we can make ({groups['small-change'].length})</h3>
            {groups['small-change'].length === 0 ? <p className="hint">None yet: set “Who can make this change” to your team, your service or the local authority.</p>
              : <ul className="idea-list">{groups['small-change'].map((idea) => <IdeaCard key={idea.id} idea={idea} snapshot={snapshot} />)}</ul>}
          </section>
          {groups['scope-not-set'].length > 0 && (
            <section aria-labelledby="scope-unset-heading">
              <h3 id="scope-unset-heading">Not yet decided who can make them ({groups['scope-not-set'].length})</h3>
              <ul className="idea-list">{groups['scope-not-set'].map((idea) => <IdeaCard key={idea.id} idea={idea} snapshot={snapshot} />)}</ul>
            </section>
          )}
          <section aria-labelledby="asks-heading" className="asks-of-others">
            <h3 id="asks-heading">Asks of others ({groups['ask-of-others'].length})</h3>
            <p className="hint">Outside the council’s own control: recorded and exported apart, as requests to a partner agency or to national government.</p>
            {groups['ask-of-others'].length > 0 && <ul className="idea-list">{groups['ask-of-others'].map((idea) => <IdeaCard key={idea.id} idea={idea} snapshot={snapshot} />)}</ul>}
          </section>
        </>
      )}
    </div>
  );
}
