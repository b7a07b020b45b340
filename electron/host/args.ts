// Command-line flags of `npm run host`, parsed by a pure function so every
// mistake someone can type gets a tested, plain-English answer.
import { canonicalRoomName, roomNameProblem, roomSecretProblem } from '../../shared/room/room-code';

export const DEFAULT_PORT = 5170;
export const DEFAULT_HOST = '127.0.0.1';

export interface HostArgs {
  port: number;
  /** Address to bind; null when --lan asks for the machine's LAN address. */
  host: string | null;
  lan: boolean;
  /** --data folder; null means the per-user default. */
  dataDir: string | null;
  /** Canonical room name to open, or null for none. */
  room: string | null;
  /** The room's secret; null means generate one. */
  secret: string | null;
  /** Announce open rooms on the network (mDNS); on unless --no-announce. */
  announce: boolean;
  help: boolean;
}

export type ParsedArgs = { ok: true; args: HostArgs } | { ok: false; error: string };

export const HOST_USAGE = `Usage: npm run host -- [options]

Serves Small Changes Studio to browsers and keeps workshops saved on disk.

Options:
  --port <number>  Port to listen on (default ${DEFAULT_PORT}).
  --host <address> Address to listen on (default ${DEFAULT_HOST}, this computer only).
  --lan            Listen on this computer's network address and print the
                   link others in the room can open.
  --data <folder>  Where workshops are saved (default: a folder in your user profile).
  --room <name>    Open a room with this name or code (letters, digits, hyphens;
                   case does not matter) and print its join link. With --lan and
                   no --room, a room with a new code is opened.
  --secret <text>  The room's secret (at least 8 characters). Without it a strong
                   one is made up and printed. Everyone with it can read and
                   change the room's board.
  --no-announce    On the network, do not announce open rooms (by their code, never
                   the secret) to the desktop app's "Rooms on this network" list.
  --help           Show this help.`;

const WITH_VALUE = new Set(['--port', '--host', '--data', '--room', '--secret']);

export function parseHostArgs(argv: readonly string[]): ParsedArgs {
  const args: HostArgs = { port: DEFAULT_PORT, host: null, lan: false, dataDir: null, room: null, secret: null, announce: true, help: false };
  const fail = (error: string): ParsedArgs => ({ ok: false, error });
  for (let i = 0; i < argv.length; i += 1) {
    const token = argv[i]!;
    const eq = token.indexOf('=');
    const flag = token.startsWith('--') && eq > 0 ? token.slice(0, eq) : token;
    let value: string | undefined = token.startsWith('--') && eq > 0 ? token.slice(eq + 1) : undefined;
    if (WITH_VALUE.has(flag) && value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return fail(`${flag} needs a value.`);
      i += 1;
    }
    switch (flag) {
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--lan':
        if (value !== undefined) return fail('--lan takes no value.');
        args.lan = true;
        break;
      case '--no-announce':
        if (value !== undefined) return fail('--no-announce takes no value.');
        args.announce = false;
        break;
      case '--port': {
        const port = /^\d{1,5}$/.test(value!) ? Number(value) : NaN;
        if (!(port >= 0 && port <= 65535)) return fail(`--port must be a number from 0 to 65535, not "${value}".`);
        args.port = port;
        break;
      }
      case '--host':
        if (value!.trim() === '') return fail('--host needs an address, such as 127.0.0.1.');
        args.host = value!.trim();
        break;
      case '--room': {
        const problem = roomNameProblem(value!);
        if (problem !== null) return fail(`--room: ${problem}`);
        args.room = canonicalRoomName(value!);
        break;
      }
      case '--secret': {
        const problem = roomSecretProblem(value!);
        if (problem !== null) return fail(`--secret: ${problem}`);
        args.secret = value!;
        break;
      }
      case '--data':
        if (value!.trim() === '') return fail('--data needs a folder.');
        args.dataDir = value!;
        break;
      default:
        return fail(
          token.startsWith('-')
            ? `Unknown option ${flag}. Run with --help to see the options.`
            : `Unexpected argument "${token}". Run with --help to see the options.`,
        );
    }
  }
  if (args.lan && args.host !== null) return fail('Use either --lan or --host, not both.');
  if (args.secret !== null && args.room === null) return fail('--secret needs --room: which room is it the secret of?');
  if (!args.lan && args.host === null) args.host = DEFAULT_HOST;
  return { ok: true, args };
}
