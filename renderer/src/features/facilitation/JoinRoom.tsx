import { useState, type FormEvent } from 'react';
import { MAX_NAME_LENGTH } from '../../../../shared/doc/schema';
import { joinAction } from '../voting/voting-actions';
import { runAction } from '../voting/run-action';

/** A laptop that is not yet a participant joins with a name (as a practitioner; the facilitator can change roles). */
export function JoinRoom() {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const displayName = name.trim();
    if (!displayName) return setError('Enter your name to join');
    if (displayName.length > MAX_NAME_LENGTH) return setError(`Your name must be ${MAX_NAME_LENGTH} characters or fewer`);
    setError(runAction(joinAction, { displayName }, `You joined as ${displayName}`));
  }

  return (
    <form className="join-room" onSubmit={submit} noValidate>
      <label htmlFor="room-join-name">Join the session as</label>
      {error && <span className="error-message" id="room-join-error">{error}</span>}
      <input id="room-join-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name"
        aria-describedby={error ? 'room-join-error' : undefined} aria-invalid={Boolean(error)} />
      <button type="submit" className="button">Join the session</button>
    </form>
  );
}
