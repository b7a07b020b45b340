import { BUILT_IN_TEMPLATES, type SessionTemplate } from '../../../../shared/facilitation/templates';
import { loadSavedTemplates } from './saved-templates';

/** The templates a new workshop can start from: the built-in three and any saved on this laptop. */
export function availableTemplates(): SessionTemplate[] {
  return [...BUILT_IN_TEMPLATES, ...loadSavedTemplates()];
}

/** The create form's template field: '' means the standard agenda. */
export function TemplateChoice({ value, onChange, templates }: { value: string; onChange: (id: string) => void; templates: readonly SessionTemplate[] }) {
  const chosen = templates.find((t) => t.id === value);
  return (
    <div className="field">
      <label htmlFor="workshop-template">Session template</label>
      <span className="hint" id="workshop-template-hint">{chosen ? chosen.description : 'The standard agenda: welcome, map, theme, propose, vote, blueprint, review.'}</span>
      <select id="workshop-template" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby="workshop-template-hint">
        <option value="">Standard agenda</option>
        {templates.map((t) => <option key={t.id} value={t.id}>{t.title}</option>)}
      </select>
    </div>
  );
}
