import { useSyncExternalStore } from 'react';

/** The views of one open workshop, in the order a session uses them. */
export const WORKSHOP_VIEWS = ['board', 'ideas', 'vote', 'blueprint'] as const;
export type WorkshopView = (typeof WORKSHOP_VIEWS)[number];

/** Home, or one view of one workshop. The hash keeps them bookmarkable. */
export type Route = { name: 'home' } | { name: 'workshop'; id: string; view: WorkshopView };

function isWorkshopView(value: string): value is WorkshopView {
  return (WORKSHOP_VIEWS as readonly string[]).includes(value);
}

export function parseRoute(hash: string): Route {
  const match = /^#\/workshop\/([^/?#]+)(?:\/([a-z]+))?$/.exec(hash);
  if (match?.[1]) {
    const view = match[2] ?? 'board';
    if (isWorkshopView(view)) return { name: 'workshop', id: decodeURIComponent(match[1]), view };
  }
  return { name: 'home' };
}

export function workshopHref(id: string, view: WorkshopView = 'board'): string {
  const base = `#/workshop/${encodeURIComponent(id)}`;
  return view === 'board' ? base : `${base}/${view}`;
}

export function navigate(href: string): void {
  location.hash = href;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  return parseRoute(hash);
}
