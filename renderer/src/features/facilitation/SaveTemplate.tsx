import { useState, type FormEvent } from 'react';
import { OpError } from '../../../../shared/doc/ops/op-error';
import { templateFromWorkshop } from '../../../../shared/facilitation/template-ops';
import { BUILT_IN_TEMPLATES } from '../../../../shared/facilitation/templates';
import { useHostBase } from '../../app/use-host-base';
import { announce } from '../../store/workshop-store';
import { currentSession } from '../../workshop/session';
import { knownSavedTemplates, saveTemplate } from './saved-templates';

/**
 * Saves this workshop's agenda and categories as a template: on the host, so
 * every window on this computer offers it, or in this browser when no host
 * will take it (saved-templates.ts).
 */
export function SaveTemplate({ onMessage }: { onMessage: (m: string | null) => void }) {
  const [title, setTitle] = useState('');
  const [saving, setSaving] = useState(false);
  const hostBase = useHostBase();

  async function save(event: FormEvent) {
    event.preventDefault();
    const session = currentSession();
    if (!session || saving) return;
    const name = title.trim();
    if (!name) return onMessage('Enter a name for the template.');
    let template;
    try {
      const taken = new Set([...BUILT_IN_TEMPLATES, ...knownSavedTemplates()].map((t) => t.id));
      template = templateFromWorkshop(session.doc, title, taken);
    } catch (e) {
      if (e instanceof OpError) return onMessage(e.message);
      throw e;
    }
    setSaving(true);
    const result = await saveTemplate(template, hostBase ?? null);
    setSaving(false);
    if (result.error) return onMessage(result.error);
    setTitle('');
    const where = result.home === 'host' ? 'on this computer, for every window to offer' : 'in this browser only';
    const done = `Template “${name}” saved ${where}.`;
    onMessage(result.note ? `${result.note} ${done}` : null);
    announce(done);
  }

  return (
    <form onSubmit={(e) => void save(e)} className="facilitator-row save-template">
      <label htmlFor="template-name">Save this agenda as a template</label>
      <input id="template-name" value={title} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />
      <button type="submit" className="button button-secondary" disabled={saving}>{saving ? 'Saving…' : 'Save template'}</button>
    </form>
  );
}
