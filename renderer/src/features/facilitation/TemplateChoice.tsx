import { useEffect } from 'react';
import { BUILT_IN_TEMPLATES, type SessionTemplate } from '../../../../shared/facilitation/templates';
import { useHostBase } from '../../app/use-host-base';
import { fetchSavedTemplates, knownSavedTemplates, useSavedTemplates } from './saved-templates';

/** The templates a new workshop can start from, right now: the built-in three and the saved ones known so far. */
export function availableTemplates(): SessionTemplate[] {
  return [...BUILT_IN_TEMPLATES, ...knownSavedTemplates()];
}

/**
 * The built-in templates and the saved ones, read from the host (or this
 * browser when no host answers, saved-templates.ts); re-renders when they arrive.
 */
export function useAvailableTemplates(): SessionTemplate[] {
  const hostBase = useHostBase();
  const saved = useSavedTemplates((s) => s.templates);
  useEffect(() => {
    if (hostBase !== undefined) void fetchSavedTemplates(hostBase);
  }, [hostBase]);
  return [...BUILT_IN_TEMPLATES, ...(saved ?? knownSavedTemplates())];
}

/** The create form's template field: '' means the standard agenda. */
export function TemplateChoice({ value, onChange, templates }: { value: string; onChange: (id: string) => void; templates: readonly SessionTemplate[] }) {
  const chosen = templates.find((t) => t.id === value);
  const problems = useSavedTemplates((s) => s.problems);
  return (
    <div className="field">
      <label htmlFor="workshop-template">Session template</label>
      <span className="hint" id="workshop-template-hint">{chosen ? chosen.description : 'The standard agenda: welcome, map, theme, propose, vote, blueprint, review.'}</span>
      {problems.length > 0 && (
        <ul className="hint" id="workshop-template-problems" aria-label="Saved templates that could not be read">
          {problems.map((p) => <li key={p}>{p}</li>)}
        </ul>
      )}
      <select id="workshop-template" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby="workshop-template-hint">
        <option value="">Standard agenda</option>
        {templates.map((t) => <option key={t.id} value={t.id}>{t.title}</option>)}
      </select>
    </div>
  );
}
