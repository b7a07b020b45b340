import { templateSchema, type SessionTemplate } from '../../../../shared/facilitation/templates';

const KEY = 'small-changes:saved-templates';

/** Templates saved on this laptop; any entry that no longer validates is skipped, not fatal. */
export function loadSavedTemplates(): SessionTemplate[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((entry) => {
      const parsed = templateSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
  } catch {
    return [];
  }
}

/** Saves a template on this laptop; returns an error message or null. */
export function saveTemplate(template: SessionTemplate): string | null {
  try {
    localStorage.setItem(KEY, JSON.stringify([...loadSavedTemplates().filter((t) => t.id !== template.id), template]));
    return null;
  } catch {
    return 'This browser would not save the template (storage is full or switched off).';
  }
}
