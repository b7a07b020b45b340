import * as Y from 'yjs';
import {
  blockersMap, categoriesMap, ideasMap, metaMap, objectionsMap, participantsMap, roundsMap, sectionsMap, themesMap, votesMap,
} from '../../../shared/doc/schema';
import {
  readBlocker, readCategory, readIdea, readMeta, readObjection, readParticipant, readRound, readSection, readTheme, readVote,
} from '../../../shared/doc/read';
import type { WorkshopSnapshot } from '../../../shared/doc/types';

type Collections = Omit<WorkshopSnapshot, 'meta'>;
type CollectionKey = keyof Collections;

/** Each collection of the snapshot, the root map it mirrors, and its reader. */
function collectionSources(doc: Y.Doc) {
  return {
    participants: { map: participantsMap(doc), read: readParticipant },
    blockers: { map: blockersMap(doc), read: readBlocker },
    themes: { map: themesMap(doc), read: readTheme },
    ideas: { map: ideasMap(doc), read: readIdea },
    rounds: { map: roundsMap(doc), read: readRound },
    votes: { map: votesMap(doc), read: readVote },
    sections: { map: sectionsMap(doc), read: readSection },
    categories: { map: categoriesMap(doc), read: readCategory },
    objections: { map: objectionsMap(doc), read: readObjection },
  } as const;
}

function readAll<T>(map: Y.Map<unknown>, read: (record: Y.Map<unknown>) => T): Record<string, T> {
  const out: Record<string, T> = {};
  map.forEach((value, id) => {
    if (value instanceof Y.Map) out[id] = read(value);
  });
  return out;
}

/** Ids of the records an observeDeep batch touched, read off each event's path. */
export function touchedIds(events: Y.YEvent<Y.AbstractType<unknown>>[], root: Y.Map<unknown>): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.target === root) {
      event.changes.keys.forEach((_change, key) => ids.add(key));
    } else if (typeof event.path[0] === 'string') {
      ids.add(event.path[0]);
    }
  }
  return ids;
}

/**
 * Keeps an immutable snapshot of `doc` up to date and hands each new one to
 * `publish`. Only the records a change touched are read again; untouched
 * records keep their object identity, so React skips them.
 */
export function mirrorDoc(doc: Y.Doc, publish: (snapshot: WorkshopSnapshot) => void): () => void {
  const sources = collectionSources(doc);
  const meta = metaMap(doc);
  let snapshot: WorkshopSnapshot = {
    meta: readMeta(doc),
    ...(Object.fromEntries(
      Object.entries(sources).map(([key, source]) => [key, readAll(source.map as Y.Map<unknown>, source.read as (r: Y.Map<unknown>) => unknown)]),
    ) as unknown as Collections),
  };
  publish(snapshot);

  const unobserve: Array<() => void> = [];
  const onMeta = () => {
    snapshot = { ...snapshot, meta: readMeta(doc) };
    publish(snapshot);
  };
  meta.observe(onMeta);
  unobserve.push(() => meta.unobserve(onMeta));

  for (const [key, source] of Object.entries(sources) as [CollectionKey, (typeof sources)[CollectionKey]][]) {
    const map = source.map as Y.Map<unknown>;
    const read = source.read as (record: Y.Map<unknown>) => unknown;
    const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      const next: Record<string, unknown> = { ...(snapshot[key] as Record<string, unknown>) };
      for (const id of touchedIds(events, map)) {
        const value = map.get(id);
        if (value instanceof Y.Map) next[id] = read(value);
        else delete next[id];
      }
      snapshot = { ...snapshot, [key]: next };
      publish(snapshot);
    };
    map.observeDeep(onChange);
    unobserve.push(() => map.unobserveDeep(onChange));
  }
  return () => unobserve.forEach((stop) => stop());
}
