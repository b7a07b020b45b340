// Creating a workshop's agenda from a template, and saving a workshop's agenda
// as a new template.
import type * as Y from 'yjs';
import * as Ylib from 'yjs';
import { newId } from '../doc/ids.js';
import { OpError } from '../doc/ops/op-error.js';
import { addCategory } from '../doc/ops/categories.js';
import { transactLocal } from '../doc/ops/util.js';
import { agendaStepRecord, categoriesMap, metaMap } from '../doc/schema.js';
import { readMeta } from '../doc/read.js';
import { orderedSteps, readAgenda } from './agenda.js';
import { checkStep, writeSteps } from './agenda-ops.js';
import { templateSchema, type SessionTemplate } from './templates.js';

/**
 * Writes a template's agenda, categories and programme place into a workshop
 * that has no agenda yet (the creator does this right after createWorkshop).
 */
export function applyTemplate(doc: Y.Doc, template: SessionTemplate): void {
  const parsed = templateSchema.safeParse(template);
  if (!parsed.success) throw new OpError(`This template cannot be used: ${parsed.error.issues[0]?.message ?? 'it is not valid'}.`);
  if (metaMap(doc).size === 0) throw new OpError('Create the workshop before applying a template.');
  if (orderedSteps(readAgenda(doc)).length > 0) throw new OpError('This workshop already has an agenda.');
  const steps = parsed.data.steps.map((s) => ({ id: newId(agendaStepRecord.prefix), values: checkStep(s) }));
  transactLocal(doc, () => {
    writeSteps(doc, steps);
    metaMap(doc).set('sessionNumber', parsed.data.sessionNumber);
    for (const category of parsed.data.categories) {
      // A name the workshop already has is kept as it is.
      try {
        addCategory(doc, category);
      } catch (error) {
        if (!(error instanceof OpError)) throw error;
      }
    }
  });
}

/** A kebab-case id for a saved template, unique among `taken`. */
function templateId(title: string, taken: ReadonlySet<string>): string {
  const base = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48) || 'template';
  let id = `saved-${base}`;
  for (let n = 2; taken.has(id); n++) id = `saved-${base}-${n}`;
  return id;
}

/** This workshop's agenda and own categories as a template to save on this laptop. */
export function templateFromWorkshop(doc: Y.Doc, title: string, takenIds: ReadonlySet<string> = new Set()): SessionTemplate {
  const steps = orderedSteps(readAgenda(doc)).map(({ stage, label, prompt, minutes, allowAdd, allowEditOwn, allowEditAll, allowVote }) => ({
    stage, label, prompt, minutes, allowAdd, allowEditOwn, allowEditAll, allowVote,
  }));
  if (steps.length === 0) throw new OpError('This workshop has no agenda yet, so there is nothing to save as a template.');
  const categories: { name: string; colour: string }[] = [];
  for (const map of categoriesMap(doc).values()) {
    if (!(map instanceof Ylib.Map) || map.get('seedId') != null) continue;
    const name = map.get('name');
    const colour = map.get('colour');
    if (name instanceof Ylib.Text && typeof colour === 'string') categories.push({ name: name.toString(), colour });
  }
  const meta = readMeta(doc);
  const candidate = {
    id: templateId(title, takenIds),
    title: title.trim(),
    description: `Saved from "${meta.title}".`,
    steps,
    categories,
    sessionNumber: meta.sessionNumber,
  };
  const parsed = templateSchema.safeParse(candidate);
  if (!parsed.success) throw new OpError(`This template cannot be saved: ${parsed.error.issues[0]?.message ?? 'it is not valid'}.`);
  return parsed.data;
}
