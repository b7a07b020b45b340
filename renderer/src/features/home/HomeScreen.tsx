import { useEffect, useState } from 'react';
import { useHostBase } from '../../app/use-host-base';
import { navigate, workshopHref } from '../../app/route';
import { CreateWorkshopForm } from './CreateWorkshopForm';
import { OpenFileButtons } from '../files/OpenFileButtons';
import { useFileStatus } from '../files/file-status';
import { fetchRecentWorkshops, type RecentWorkshop } from './recent-workshops';

type RecentState =
  | { kind: 'loading' }
  | { kind: 'ready'; workshops: RecentWorkshop[] }
  | { kind: 'failed'; message: string };

export function HomeScreen() {
  const hostBase = useHostBase();
  const [recent, setRecent] = useState<RecentState>({ kind: 'loading' });
  const workshopsChanged = useFileStatus((state) => state.workshopsChanged);

  useEffect(() => {
    if (hostBase === undefined) return;
    if (hostBase === null) {
      setRecent({ kind: 'failed', message: 'This window is not connected to a host, so there is no list of workshops.' });
      return;
    }
    let live = true;
    fetchRecentWorkshops(hostBase)
      .then((workshops) => live && setRecent({ kind: 'ready', workshops }))
      .catch(() => live && setRecent({ kind: 'failed', message: 'Could not load your recent workshops from the host.' }));
    return () => {
      live = false;
    };
  }, [hostBase, workshopsChanged]);

  useEffect(() => {
    document.title = 'Small Changes Studio';
  }, []);

  return (
    <div className="home">
      <h1>Small Changes Studio</h1>
      <p className="lead">
        Map what gets in the way of time with children and families, choose small changes you can make
        yourselves, and draft your local blueprint together.
      </p>
      <div className="home-columns">
        <section aria-labelledby="create-heading">
          <h2 id="create-heading">Start a new workshop</h2>
          <CreateWorkshopForm />
        </section>
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">Open a recent workshop</h2>
          {recent.kind === 'loading' && <p>Loading…</p>}
          {recent.kind === 'failed' && <p>{recent.message}</p>}
          {recent.kind === 'ready' && recent.workshops.length === 0 && <p>No workshops yet.</p>}
          {recent.kind === 'ready' && recent.workshops.length > 0 && (
            <ul className="recent-list">
              {recent.workshops.map((workshop) => (
                <li key={workshop.id}>
                  <a href={workshopHref(workshop.id)} onClick={(e) => { e.preventDefault(); navigate(workshopHref(workshop.id)); }}>
                    {workshop.title || 'Untitled workshop'}
                  </a>
                  <span className="hint">
                    {workshop.localAuthority}
                    {workshop.localAuthority && ' · '}
                    last changed {new Date(workshop.updatedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h2 id="open-file-heading">Open a workshop file</h2>
          <OpenFileButtons />
        </section>
      </div>
    </div>
  );
}
