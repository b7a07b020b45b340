import type * as Y from 'yjs';
import { MAX_TITLE_LENGTH, SCHEMA_VERSION, metaFields, metaMap, type PhaseId } from '../schema.js';
import { OpError } from './op-error.js';
import { checkField, checkPatch, checkWords, transactLocal } from './util.js';

export interface NewWorkshop {
  readonly title: string;
  readonly localAuthority: string;
  /** YYYY-MM-DD; defaults to today (local time). */
  readonly date?: string;
  readonly teamSize?: number;
  readonly anonymous?: boolean;
}

export interface MetaPatch {
  readonly title?: string;
  readonly localAuthority?: string;
  readonly date?: string;
  readonly phase?: PhaseId;
  readonly teamSize?: number;
  readonly anonymous?: boolean;
  readonly privateWriting?: boolean;
  readonly namesInExports?: boolean;
}

export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Writes a new workshop's details into an empty document. */
export function createWorkshop(doc: Y.Doc, input: NewWorkshop): void {
  const meta = metaMap(doc);
  if (meta.size > 0) throw new OpError('This document already holds a workshop.');
  const values: Record<string, unknown> = {
    title: checkWords('workshop title', input.title, MAX_TITLE_LENGTH),
    localAuthority: checkField(metaFields.localAuthority, input.localAuthority),
    date: checkField(metaFields.date, input.date ?? todayIso()),
    schemaVersion: SCHEMA_VERSION,
    phase: metaFields.phase.default,
    teamSize: checkField(metaFields.teamSize, input.teamSize ?? metaFields.teamSize.default),
    anonymous: checkField(metaFields.anonymous, input.anonymous ?? metaFields.anonymous.default),
    createdAt: Date.now(),
    privateWriting: false,
    namesInExports: false,
  };
  transactLocal(doc, () => {
    for (const [name, value] of Object.entries(values)) meta.set(name, value);
  });
}

const EDITABLE_META = ['title', 'localAuthority', 'date', 'phase', 'teamSize', 'anonymous', 'privateWriting', 'namesInExports'] as const;

export function updateMeta(doc: Y.Doc, patch: MetaPatch): void {
  const meta = metaMap(doc);
  if (meta.size === 0) throw new OpError('This document holds no workshop yet: create one first.');
  const entries = checkPatch(metaFields, patch, EDITABLE_META, 'workshop');
  if (patch.title !== undefined) checkWords('workshop title', patch.title, MAX_TITLE_LENGTH);
  if (entries.length === 0) return;
  transactLocal(doc, () => {
    for (const [name, value] of entries) meta.set(name, value);
  });
}
