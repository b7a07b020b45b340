import { useEffect, useState, type FormEvent } from 'react';
import { ROLES } from '../../../../shared/doc/seeded-lists';
import { MAX_DISPLAY_NAME_LENGTH, MAX_RETENTION_DAYS, type Preferences } from '../../../../shared/ipc/preferences';
import { isDesktopApp, studioClient } from '../../ipc/client';
import { openDialog } from '../files/file-status';
import { usePreferences } from './use-preferences';
import { TextField } from '../../lib/TextField';
import './settings.css';

interface FieldErrors {
  displayName?: string;
  retentionDays?: string;
}

function check(displayName: string, retentionDays: string): FieldErrors {
  const errors: FieldErrors = {};
  if (displayName.trim().length > MAX_DISPLAY_NAME_LENGTH) {
    errors.displayName = `Your name must be ${MAX_DISPLAY_NAME_LENGTH} characters or fewer`;
  }
  const days = Number(retentionDays);
  if (!/^\d+$/.test(retentionDays.trim()) || days < 1 || days > MAX_RETENTION_DAYS) {
    errors.retentionDays = `Enter a whole number of days from 1 to ${MAX_RETENTION_DAYS}`;
  }
  return errors;
}

function SettingsForm({ initial }: { initial: Preferences }) {
  const [displayName, setDisplayName] = useState(initial.displayName);
  const [defaultRole, setDefaultRole] = useState<Preferences['defaultRole']>(initial.defaultRole);
  const [retentionDays, setRetentionDays] = useState(String(initial.retentionDays));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check(displayName, retentionDays);
    setErrors(found);
    setResult(null);
    const first = found.displayName ? 'settings-name' : found.retentionDays ? 'settings-retention' : null;
    if (first) {
      document.getElementById(first)?.focus();
      return;
    }
    const reply = await studioClient().settingsSet({ displayName: displayName.trim(), defaultRole, retentionDays: Number(retentionDays) });
    // The result's own status/alert role reads it out.
    setResult(reply.ok ? { ok: true, text: 'Your settings are saved.' } : { ok: false, text: reply.error });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        id="settings-name"
        label="Your name"
        hint="Suggested when you join a workshop, and shown when a workshop file is open on this computer"
        error={errors.displayName}
        value={displayName}
        onChange={setDisplayName}
        autoComplete="name"
      />
      <fieldset className="field">
        <legend>Your usual role in a workshop</legend>
        {ROLES.map((role) => (
          <div className="radio" key={role.id}>
            <input
              type="radio"
              id={`settings-role-${role.id}`}
              name="settings-role"
              value={role.id}
              checked={defaultRole === role.id}
              onChange={() => setDefaultRole(role.id)}
            />
            <label htmlFor={`settings-role-${role.id}`}>{role.label}</label>
          </div>
        ))}
      </fieldset>
      {isDesktopApp() && (
        <div className={`field${errors.retentionDays ? ' field-error' : ''}`}>
          <label htmlFor="settings-retention">Offer to delete workshops not changed for (days)</label>
          <span className="hint" id="settings-retention-hint">
            Keep workshops only as long as you need them. When the app starts, older ones are offered for deletion; you choose.
          </span>
          {errors.retentionDays && <span className="error-message" id="settings-retention-error">{errors.retentionDays}</span>}
          <input
            id="settings-retention"
            className="input-narrow"
            inputMode="numeric"
            value={retentionDays}
            onChange={(e) => setRetentionDays(e.target.value)}
            aria-describedby={`settings-retention-hint${errors.retentionDays ? ' settings-retention-error' : ''}`}
            aria-invalid={Boolean(errors.retentionDays)}
          />
        </div>
      )}
      {result && (
        <p className={result.ok ? 'settings-saved' : 'error-message'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      )}
      <button type="submit" className="button">Save settings</button>
    </form>
  );
}

export function SettingsScreen() {
  const state = usePreferences();
  useEffect(() => {
    document.title = 'Settings – Small Changes Studio';
  }, []);
  return (
    <div className="settings">
      <h1>Settings</h1>
      {state.status === 'loading' && <p className="loading">Loading your settings…</p>}
      {state.status === 'failed' && <p role="alert" className="error-message">{state.message}</p>}
      {state.status === 'ready' && (
        <>
          {state.notice && <p className="app-notice" role="status">{state.notice}</p>}
          <SettingsForm initial={state.preferences} />
        </>
      )}
      <h2>About</h2>
      <p>
        <button type="button" className="link-button" onClick={() => openDialog('about')}>
          About Small Changes Studio and its version
        </button>
      </p>
    </div>
  );
}
