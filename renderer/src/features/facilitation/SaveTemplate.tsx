import { useState, type FormEvent } from 'react';
import { OpError } from '../../../../shared/doc/ops/op-error';
import { templateFromWorkshop } from '../../../../shared/facilitation/template-ops';
import { BUILT_IN_TEMPLATES } from '../../../../shared/facilitation/templates';
import { announce } from '../../store/workshop-store';
import { currentSession } from '../../workshop/session';
import { loadSavedTemplates, saveTemplate } from './saved-templates';

/** Saves this workshop's agenda and categories as a template on this laptop. */
export function SaveTemplate({ onMessage }: { onMessage: (m: string | null) => void }) {
  const [title, setTitle] = useState('');

  function save(event: FormEvent) {
    event.preventDefault();
    const session = currentSession();
    if (!session) return;
    if (!title.trim()) return onMessage('Enter a name for the template.');
    try {
      const taken = new Set([...BUILT_IN_TEMPLATES, ...loadSavedTemplates()].map((t) => t.id));
      const error = saveTemplate(templateFromWorkshop(session.doc, title, taken));
      onMessage(error);
      if (!error) {
        setTitle('');
        announce(`Template "${title.trim()}" saved on this laptop`);
      }
    } catch (e) {
      if (e instanceof OpError) return onMessage(e.message);
      throw e;
    }
  }

  return (
    <form onSubmit={save} className="facilitator-row save-template">
      <label htmlFor="template-name">Save this agenda as a template</label>
      <input id="template-name" value={title} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />
      <button type="submit" className="button button-secondary">Save template</button>
    </form>
  );
}
