import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HOST_USAGE, parseHostArgs } from './args';
import { defaultDataDir } from './default-data-dir';
import { findLanAddress, urlFor } from './lan-address';
import { HostStartError, startHost, type RunningHost } from './server';
import { StoreError } from './store/store-error';
import { RoomOpenError, type OpenedRoom } from './room/room-host';
import { generateRoomCode, generateRoomSecret } from '../../shared/room/room-code';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface CliOptions {
  io?: CliIo;
  /** The built renderer; defaults to out/renderer beside this bundle (out/main/host.js). */
  staticDir?: string;
}

/** Exit code and, when the host started, the running host. */
export interface CliResult {
  code: number;
  host: RunningHost | null;
}

const consoleIo: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

function defaultStaticDir(): string {
  return fileURLToPath(new URL('../renderer/', import.meta.url));
}

/** Parses flags, checks the data folder, starts the host and prints where it is. */
export async function runCli(argv: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const io = options.io ?? consoleIo;
  const parsed = parseHostArgs(argv);
  if (!parsed.ok) {
    io.err(parsed.error);
    return { code: 2, host: null };
  }
  const args = parsed.args;
  if (args.help) {
    io.out(HOST_USAGE);
    return { code: 0, host: null };
  }
  let bindHost = args.host;
  if (args.lan) {
    bindHost = findLanAddress();
    if (bindHost === null) {
      io.err('No network address found: this computer does not seem to be on a network. Join the room\'s Wi-Fi, or run without --lan.');
      return { code: 1, host: null };
    }
  }
  const staticDir = options.staticDir ?? defaultStaticDir();
  if (!existsSync(join(staticDir, 'index.html'))) {
    io.err(`The app has not been built (${join(staticDir, 'index.html')} is missing). Run npm run build, or start with npm run host.`);
    return { code: 1, host: null };
  }
  const dataDir = resolve(args.dataDir ?? defaultDataDir(process.env, process.platform, homedir()));
  try {
    const host = await startHost({ port: args.port, host: bindHost ?? '127.0.0.1', dataDir, staticDir, log: io.err, ...(args.announce ? {} : { announceRooms: false }) });
    io.out(`Small Changes Studio is running at ${host.url}`);
    if (args.lan) io.out(`Others in the room can open ${urlFor(bindHost!, host.port)}`);
    io.out(`Workshops are saved in ${dataDir}`);
    // On the network the plaintext parts answer this computer only, so
    // sharing a board with others needs a room: open one unasked with --lan.
    const roomName = args.room ?? (args.lan ? generateRoomCode() : null);
    if (roomName !== null) {
      const generated = args.secret === null;
      const secret = args.secret ?? generateRoomSecret();
      try {
        printRoom(io, await host.openRoom({ name: roomName, secret }), secret, generated);
      } catch (error) {
        await host.close();
        throw error;
      }
    }
    return { code: 0, host };
  } catch (error) {
    if (error instanceof HostStartError || error instanceof StoreError || error instanceof RoomOpenError) {
      io.err(error.message);
      return { code: 1, host: null };
    }
    throw error;
  }
}

function printRoom(io: CliIo, room: OpenedRoom, secret: string, generated: boolean): void {
  io.out(`Room ${room.name} is open.`);
  io.out(`Join link: ${room.joinUrl}`);
  io.out(`  Share it only with people in the room: it carries the secret (after the #, which is never sent to a server).`);
  io.out(`Room code: ${room.name}`);
  io.out(`Room secret: ${secret}${generated ? ' (made up now; pass --secret to choose one)' : ''}`);
  io.out(`For other y-webrtc clients: signaling ${room.signalingUrl} , room name ${room.name}, password = the room secret.`);
  io.out(`Join token (lets this host check members; it cannot read the room): ${room.joinToken}`);
}

/** Entry point: runs until SIGINT/SIGTERM, then saves everything and exits. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const { code, host } = await runCli(argv);
  if (host === null) {
    process.exitCode = code;
    return;
  }
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      console.error(`Stopping at once (${signal} again); unsaved changes may be lost.`);
      process.exit(1);
    }
    stopping = true;
    console.log('Saving and stopping…');
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Could not save everything: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

// Run when executed directly (node out/main/host.js); start.mjs imports and calls main().
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
