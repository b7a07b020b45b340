import { useState, type FormEvent } from 'react';
import { MAX_NAME_LENGTH } from '../../../../shared/doc/schema';
import { joinAction } from './voting-actions';
import { runAction } from './run-action';

/** Shown to a laptop that is not yet a participant: voting needs a name in the room. */
export function JoinPrompt() {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const displayName = name.trim();
    if (!displayName) {
      setError('Enter your name to join');
      return;
    }
    if (displayName.length > MAX_NAME_LENGTH) {
      setError(`Your name must be ${MAX_NAME_LENGTH} characters or fewer`);
      return;
    }
    setError(runAction(joinAction, { displayName }, `You joined as ${displayName}`));
  }

  return (
    <form className="join-prompt panel" onSubmit={submit} noValidate aria-labelledby="join-heading">
      <h3 id="join-heading">Join this workshop to vote</h3>
      <div className={`field${error ? ' field-error' : ''}`}>
        <label htmlFor="join-name">Your name</label>
        <span className="hint" id="join-hint">The room sees that you voted, never what you voted for until the facilitator reveals the results.</span>
        {error && <span className="error-message" id="join-error">{error}</span>}
        <input
          id="join-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name"
          aria-describedby={`join-hint${error ? ' join-error' : ''}`} aria-invalid={Boolean(error)}
        />
      </div>
      <button type="submit" className="button">Join</button>
    </form>
  );
}
