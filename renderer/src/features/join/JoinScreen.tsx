import { useEffect, useState, type FormEvent } from 'react';
import { MAX_NAME_LENGTH, ROLES, type RoleId } from '../../../../shared/doc/seeded-lists';
import { navigate, workshopHref } from '../../app/route';
import { isDesktopApp } from '../../ipc/client';
import { RoomsOnThisNetwork } from './RoomsOnThisNetwork';
import { TextField } from '../../lib/TextField';
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
        <TextField id="join-room" label="Room code" hint="Six letters and numbers, for example K7MQ3X. You can paste the whole join link here."
          error={errors.room} value={room} onChange={onRoomInput} autoComplete="off" input={{ spellCheck: false, autoCapitalize: 'characters' }} />
        <TextField id="join-secret" label="Room secret" hint="Capital letters matter." error={errors.secret} value={secret} onChange={setSecret}
          autoComplete="off" input={{ spellCheck: false }} />
        {desktop && (
          <TextField id="join-host" label="Host address" hint="The start of the join link, for example http://192.168.1.20:5170"
            error={errors.host} value={hostAddress} onChange={setHostAddress} autoComplete="off" input={{ spellCheck: false }} />
        )}
        <TextField id="join-name" label="Your name" hint="As the room will see it." error={errors.name} value={name} onChange={setName} autoComplete="name" />
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
