import { useState, type FormEvent } from 'react';
import type { Theme } from '../../../../../shared/doc/types';
import { useMay } from '../../../actions/use-may';
import { announce } from '../../../store/workshop-store';
import { SpotlightButton } from '../../facilitation/SpotlightButton';
import { useSpotlight } from '../../facilitation/spotlight';
import { mergeThemesAction, renameThemeAction, ungroupThemeAction } from './theme-actions';
import { run, runInForm } from '../../../actions/perform-or-say-why';

/**
 * Rename, ungroup or merge one theme, and the facilitator's "Spotlight this
 * theme"; shown under the theme's heading in the list. While the phase keeps
 * themes closed to me, the editing controls give way to the reason.
 */
export function ThemeTools({ theme, others }: { theme: Theme; others: readonly Theme[] }) {
  const [name, setName] = useState(theme.name);
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const may = useMay()('editThemes');
  const spotlit = useSpotlight((s) => s.target === theme.id);
  const id = `theme-${theme.id.replace(/[^A-Za-z0-9_-]/g, '')}`;

  function rename(event: FormEvent) {
    event.preventDefault();
    const problem = name.trim() === theme.name ? null : runInForm(renameThemeAction, { id: theme.id, name });
    setError(problem);
    if (!problem && name.trim() !== theme.name) announce(`Theme renamed to ${name.trim()}`);
  }

  function merge(event: FormEvent) {
    event.preventDefault();
    if (!target) return setError('Choose the theme to merge into');
    const into = others.find((t) => t.id === target)?.name ?? 'the other theme';
    const problem = runInForm(mergeThemesAction, { sourceIds: [theme.id], targetId: target });
    setError(problem);
    if (!problem) announce(`Theme ${theme.name} merged into ${into}. Press Ctrl+Z to undo.`);
  }

  const spotlight = <SpotlightButton target={theme.id} view="board" kind="theme" name={theme.name} />;
  const badge = spotlit && <p className="spotlight-badge">Spotlighted by the facilitator</p>;
  if (!may.ok) {
    return (
      <div className="theme-tools" data-theme-tools={theme.id}>
        {badge}
        <p className="hint">{may.reason}</p>
        {spotlight}
      </div>
    );
  }

  return (
    <div className={`theme-tools${error ? ' field-error' : ''}`} data-theme-tools={theme.id}>
      {badge}
      {error && <span className="error-message" id={`${id}-error`}>{error}</span>}
      <form onSubmit={rename} className="inline-form">
        <label htmlFor={`${id}-name`}>Theme name<span className="visually-hidden"> of {theme.name}</span></label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off"
          aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} />
        <button type="submit" className="button button-small button-secondary">Rename<span className="visually-hidden"> theme {theme.name}</span></button>
      </form>
      {others.length > 0 && (
        <form onSubmit={merge} className="inline-form">
          <label htmlFor={`${id}-merge`}>Merge<span className="visually-hidden"> {theme.name}</span> into</label>
          <select id={`${id}-merge`} value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">Choose a theme…</option>
            {others.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
          <button type="submit" className="button button-small button-secondary">Merge<span className="visually-hidden"> theme {theme.name}</span></button>
        </form>
      )}
      <button type="button" className="link-button danger" onClick={() => {
        if (!run(ungroupThemeAction, { id: theme.id })) announce(`Theme ${theme.name} ungrouped: its notes stay on the board. Press Ctrl+Z to undo.`);
      }}>Ungroup<span className="visually-hidden"> theme {theme.name}</span></button>
      {spotlight}
    </div>
  );
}
