import { useSyncExternalStore } from 'react';

/** The views of one open workshop, in the order a session uses them. */
export const WORKSHOP_VIEWS = ['board', 'ideas', 'vote', 'blueprint', 'export', 'print'] as const;
export type WorkshopView = (typeof WORKSHOP_VIEWS)[number];

/** Home, one view of one workshop, or joining a room. The hash keeps them bookmarkable. */
export type Route =
  | { name: 'home' }
  | { name: 'workshop'; id: string; view: WorkshopView }
  | { name: 'join'; room: string; secret: string }
  | { name: 'settings' };

export const SETTINGS_HREF = '#/settings';

function isWorkshopView(value: string): value is WorkshopView {
  return (WORKSHOP_VIEWS as readonly string[]).includes(value);
}

/**
 * `#/join?room=<name>&secret=<secret>`: the room's join link. The secret sits
 * in the fragment, which browsers never send to a server.
 */
function parseJoin(hash: string): Route | null {
  const match = /^#\/join(?:\?(.*))?$/.exec(hash);
  if (!match) return null;
  const params = new URLSearchParams(match[1] ?? '');
  return { name: 'join', room: params.get('room') ?? '', secret: params.get('secret') ?? '' };
}

export function joinHref(room = '', secret = ''): string {
  if (!room && !secret) return '#/join';
  return `#/join?room=${encodeURIComponent(room)}&secret=${encodeURIComponent(secret)}`;
}

export function parseRoute(hash: string): Route {
  const join = parseJoin(hash);
  if (join) return join;
  if (hash === SETTINGS_HREF) return { name: 'settings' };
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
