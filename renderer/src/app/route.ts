import { useSyncExternalStore } from 'react';

/** The app has two places: home, and one workshop's board. The hash keeps them bookmarkable. */
export type Route = { name: 'home' } | { name: 'workshop'; id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/workshop\/([^/?#]+)$/.exec(hash);
  if (match?.[1]) return { name: 'workshop', id: decodeURIComponent(match[1]) };
  return { name: 'home' };
}

export function workshopHref(id: string): string {
  return `#/workshop/${encodeURIComponent(id)}`;
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
