import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { nodeFileOps, type FileOps } from './file-ops';

// An Office-style lock file beside a workshop file (`~$Name.smallchanges`)
// saying who has it open. It is created with O_EXCL, which network shares
// honour, so when two computers open the same file at once exactly one
// creates the lock and the other is told who has it.

export const LOCK_PREFIX = '~$';
/** A lock file that cannot be read and is older than this is a crash's leftover. */
const UNREADABLE_STALE_MS = 30_000;

export interface LockOwner {
  /** The person's display name, or their login name. */
  readonly name: string;
  readonly host: string;
  readonly pid: number;
}

const lockSchema = z.object({
  app: z.literal('Small Changes Studio'),
  name: z.string().max(200),
  host: z.string().max(255),
  pid: z.number().int(),
  since: z.string(),
  token: z.string().min(8),
});
export type LockInfo = z.infer<typeof lockSchema>;

export interface HeldLock {
  readonly path: string;
  readonly info: LockInfo;
}

export type LockResult =
  | { readonly status: 'acquired'; readonly lock: HeldLock }
  /** Someone else has it; `holder` is null when their lock file cannot be read yet. */
  | { readonly status: 'held'; readonly holder: LockInfo | null; readonly lockPath: string }
  /** The folder cannot be written (read-only share, no permission): open read-only. */
  | { readonly status: 'unwritable'; readonly code: string };

export function lockPathFor(filePath: string): string {
  return join(dirname(filePath), `${LOCK_PREFIX}${basename(filePath)}`);
}

export interface LockDeps {
  readonly ops?: FileOps;
  readonly now?: () => Date;
  /** Whether a process on this computer is still running. */
  readonly isAlive?: (pid: number) => boolean;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(path: string, ops: FileOps): Promise<LockInfo | null> {
  try {
    const parsed = lockSchema.safeParse(JSON.parse(await ops.readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function create(path: string, info: LockInfo, ops: FileOps): Promise<void> {
  const handle = await ops.open(path, 'wx');
  try {
    await handle.writeFile(JSON.stringify(info));
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Whether an existing lock may be taken over: its holder is gone. */
async function isStale(path: string, holder: LockInfo | null, me: LockOwner, deps: Required<LockDeps>): Promise<boolean> {
  if (holder === null) {
    // Unreadable: a crash mid-write, or another computer writing it this instant.
    try {
      const age = deps.now().getTime() - (await deps.ops.stat(path)).mtimeMs;
      return age > UNREADABLE_STALE_MS;
    } catch {
      return false;
    }
  }
  // Only a lock from this computer can be checked; another computer's stays.
  return holder.host === me.host && holder.pid !== me.pid && !deps.isAlive(holder.pid);
}

/** Takes the lock for `filePath`, or says who holds it. */
export async function acquireLock(filePath: string, me: LockOwner, options: LockDeps = {}): Promise<LockResult> {
  const deps: Required<LockDeps> = {
    ops: options.ops ?? nodeFileOps,
    now: options.now ?? (() => new Date()),
    isAlive: options.isAlive ?? isProcessAlive,
  };
  const path = lockPathFor(filePath);
  const info: LockInfo = {
    app: 'Small Changes Studio',
    name: me.name,
    host: me.host,
    pid: me.pid,
    since: deps.now().toISOString(),
    token: randomBytes(12).toString('hex'),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await create(path, info, deps.ops);
      return { status: 'acquired', lock: { path, info } };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
      if (code !== 'EEXIST') {
        if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') return { status: 'unwritable', code };
        throw error;
      }
    }
    const holder = await readLock(path, deps.ops);
    if (holder !== null && holder.host === me.host && holder.pid === me.pid) {
      // This app already holds it (opened twice): share the one lock.
      return { status: 'acquired', lock: { path, info: holder } };
    }
    if (attempt === 0 && (await isStale(path, holder, me, deps))) {
      await deps.ops.unlink(path).catch(() => undefined);
      continue;
    }
    return { status: 'held', holder, lockPath: path };
  }
  return { status: 'held', holder: await readLock(path, deps.ops), lockPath: path };
}

/** True while the lock file is still the one we wrote. */
export async function stillHeld(lock: HeldLock, ops: FileOps = nodeFileOps): Promise<boolean> {
  const now = await readLock(lock.path, ops);
  return now !== null && now.token === lock.info.token;
}

/** Removes the lock if it is still ours; never removes someone else's. */
export async function releaseLock(lock: HeldLock, ops: FileOps = nodeFileOps): Promise<void> {
  if (await stillHeld(lock, ops)) await ops.unlink(lock.path).catch(() => undefined);
}

/** "Sam Okafor on LAPTOP-12, since 10:04 on 3 May": who has a file open. */
export function describeHolder(holder: LockInfo | null): string {
  if (holder === null) return 'someone else (their details cannot be read yet)';
  const since = new Date(holder.since);
  const when = Number.isNaN(since.getTime())
    ? ''
    : `, since ${since.toLocaleString('en-GB', { hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short' })}`;
  return `${holder.name || 'someone'} on ${holder.host || 'another computer'}${when}`;
}
