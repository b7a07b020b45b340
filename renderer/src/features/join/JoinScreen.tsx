import { useEffect, useState, type FormEvent } from 'react';
import { MAX_NAME_LENGTH, ROLES, type RoleId } from '../../../../shared/doc/seeded-lists';
import { navigate, workshopHref } from '../../app/route';
import { isDesktopApp } from '../../ipc/client';
import { RoomsOnThisNetwork } from './RoomsOnThisNetwork';
import { findRoom, JoinError } from '../../sync/room/join-room';
import { rememberRoom } from '../../sync/room/room-credentials';
import { readJoinLink } from './join-link';
import '../room/room.css';

interface Errors {
  room?: string;
  secret?: string;
  name?: string;
  host?: string;
}

/**
 * The roles someone joining may choose for themselves. Facilitation is not
 * among them: the workshop's starter is its facilitator, and only the
 * facilitator gives out co-facilitation (docs/roles-and-trust.md), so a
 * joiner cannot hand themselves the room's controls.
 */
const JOIN_ROLES = ROLES.filter((role) => role.id !== 'facilitator' && role.id !== 'co-facilitator');

/**
 * Joining a room: the short room code and the secret (filled in from the
 * link), a name and a role. The host checks code and secret before anything
 * is shown; then the room's workshop opens and fills from the room.
 */
export function JoinScreen({ room: initialRoom, secret: initialSecret }: { room: string; secret: string }) {
  const desktop = isDesktopApp();
  const [room, setRoom] = useState(initialRoom);
  const [secret, setSecret] = useState(initialSecret);
  const [hostAddress, setHostAddress] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<RoleId>('practitioner');
  const [errors, setErrors] = useState<Errors>({});
  const [joining, setJoining] = useState(false);

  useEffect(() => {
    document.title = 'Join a room – Small Changes Studio';
  }, []);

  // A whole join link pasted into the code field fills every field it carries.
  function onRoomInput(value: string) {
    const link = readJoinLink(value);
    if (link) {
      setRoom(link.room);
      setSecret(link.secret);
      if (link.hostUrl) setHostAddress(link.hostUrl);
    } else {
      setRoom(value);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (!room.trim()) found.room = 'Enter the room code';
    if (!secret) found.secret = 'Enter the room secret';
    if (!name.trim()) found.name = 'Enter your name';
    else if (name.trim().length > MAX_NAME_LENGTH) found.name = `Your name must be ${MAX_NAME_LENGTH} characters or fewer`;
    const hostUrl = desktop ? hostFromAddress(hostAddress) : location.origin;
    if (hostUrl === null) found.host = 'Enter the host’s address, as in the join link (for example http://192.168.1.20:5170)';
    setErrors(found);
    const first = (['room', 'secret', 'host', 'name'] as const).find((field) => found[field]);
    if (first || hostUrl === null) {
      document.getElementById(`join-${first}`)?.focus();
      return;
    }
    setJoining(true);
    try {
      const target = await findRoom(hostUrl, room, secret);
      rememberRoom({
        workshopId: target.workshopId,
        roomName: target.roomName,
        secret,
        hostUrl,
        profile: { displayName: name.trim(), role },
      });
      navigate(workshopHref(target.workshopId));
    } catch (error) {
      const field = error instanceof JoinError ? error.field : 'host';
      const message = error instanceof Error ? error.message : String(error);
      setErrors({ [field === 'host' && !desktop ? 'secret' : field]: message });
      setJoining(false);
      document.getElementById(`join-${field === 'host' && !desktop ? 'secret' : field}`)?.focus();
    }
  }

  const describedBy = (id: string, error?: string, hint = false) =>
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className="join">
      <h1>Join a room</h1>
      <p className="lead">Join the facilitator’s workshop from this laptop. You need the room code and the room secret: they are in the join link, or ask the facilitator.</p>
      {desktop && (
        <RoomsOnThisNetwork
          onChoose={(found) => {
            setRoom(found.roomName);
            setHostAddress(found.hostUrl);
            setErrors({});
            // The secret is never announced: that is what is left to type.
            document.getElementById('join-secret')?.focus();
          }}
        />
      )}
      <form className="join-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className={`field${errors.room ? ' field-error' : ''}`}>
          <label htmlFor="join-room">Room code</label>
          <span className="hint" id="join-room-hint">Six letters and numbers, for example K7MQ3X. You can paste the whole join link here.</span>
          {errors.room && <span className="error-message" id="join-room-error">{errors.room}</span>}
          <input id="join-room" value={room} onChange={(e) => onRoomInput(e.target.value)} autoComplete="off" spellCheck={false}
            autoCapitalize="characters" aria-invalid={Boolean(errors.room)} aria-describedby={describedBy('join-room', errors.room, true)} />
        </div>
        <div className={`field${errors.secret ? ' field-error' : ''}`}>
          <label htmlFor="join-secret">Room secret</label>
          <span className="hint" id="join-secret-hint">Capital letters matter.</span>
          {errors.secret && <span className="error-message" id="join-secret-error">{errors.secret}</span>}
          <input id="join-secret" value={secret} onChange={(e) => setSecret(e.target.value)} autoComplete="off" spellCheck={false}
            aria-invalid={Boolean(errors.secret)} aria-describedby={describedBy('join-secret', errors.secret, true)} />
        </div>
        {desktop && (
          <div className={`field${errors.host ? ' field-error' : ''}`}>
            <label htmlFor="join-host">Host address</label>
            <span className="hint" id="join-host-hint">The start of the join link, for example http://192.168.1.20:5170</span>
            {errors.host && <span className="error-message" id="join-host-error">{errors.host}</span>}
            <input id="join-host" value={hostAddress} onChange={(e) => setHostAddress(e.target.value)} autoComplete="off" spellCheck={false}
              aria-invalid={Boolean(errors.host)} aria-describedby={describedBy('join-host', errors.host, true)} />
          </div>
        )}
        <div className={`field${errors.name ? ' field-error' : ''}`}>
          <label htmlFor="join-name">Your name</label>
          <span className="hint" id="join-name-hint">As the room will see it.</span>
          {errors.name && <span className="error-message" id="join-name-error">{errors.name}</span>}
          <input id="join-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name"
            aria-invalid={Boolean(errors.name)} aria-describedby={describedBy('join-name', errors.name, true)} />
        </div>
        <div className="field">
          <label htmlFor="join-role">Your role</label>
          <select id="join-role" value={role} onChange={(e) => setRole(e.target.value as RoleId)}>
            {JOIN_ROLES.map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
          </select>
        </div>
        <button type="submit" className="button" disabled={joining}>{joining ? 'Joining…' : 'Join the room'}</button>
      </form>
    </div>
  );
}

function hostFromAddress(address: string): string | null {
  const trimmed = address.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^https?:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`);
    return url.origin;
  } catch {
    return null;
  }
}
