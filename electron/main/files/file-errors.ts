import { basename } from 'node:path';

// A failed file operation, told in words a council worker can act on. The
// messages also say what was NOT harmed, because that is the first thing a
// person worries about when a save fails.

export type FileAction = 'open' | 'save';

/** An error whose message is meant for people as it stands. */
export class FileProblem extends Error {
  override readonly name = 'FileProblem';
  constructor(
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

function codeOf(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : null;
}

/** A plain message for an fs error while opening or saving `path`. */
export function fileErrorMessage(error: unknown, path: string, action: FileAction): string {
  const name = `“${basename(path)}”`;
  const kept = action === 'save' ? ' Your workshop is safe in the app, and the last saved copy of the file has not been touched.' : '';
  switch (codeOf(error)) {
    case 'EBUSY':
    case 'EPERM':
    case 'ETXTBSY':
      return action === 'save'
        ? `${name} is locked by another program (it may be open elsewhere, or being synced or scanned), or you do not have permission to change it. Close it there, or use Save As to save it somewhere else.${kept}`
        : `${name} is locked by another program, or you do not have permission to open it. Close it there and try again.`;
    case 'EACCES':
    case 'EROFS':
      return action === 'save'
        ? `${name} is read-only, or you do not have permission to save in that folder. Use Save As to save it somewhere else.${kept}`
        : `You do not have permission to open ${name}.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `There is not enough space on the disk to save ${name}. Free some space, or use Save As to save it somewhere else.${kept}`;
    case 'ENOENT':
      return action === 'save'
        ? `The folder for ${name} is no longer there (a USB stick or network drive may have been removed). Use Save As to choose another place.${kept}`
        : `${name} is no longer there. It may have been moved, renamed or deleted.`;
    case 'EISDIR':
      return `${name} is a folder, not a workshop file.`;
    case 'ENAMETOOLONG':
      return `The name or folder path of ${name} is too long. Choose a shorter name or a folder nearer the top.`;
    case 'EIO':
    case 'ENXIO':
    case 'ETIMEDOUT':
    case 'EHOSTDOWN':
    case 'ENETUNREACH':
      return `The drive holding ${name} stopped answering (a network drive may have disconnected).${kept || ' Try again when it is back.'}`;
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return action === 'save' ? `Could not save ${name}: ${detail}.${kept}` : `Could not open ${name}: ${detail}.`;
    }
  }
}

/** Wraps an fs error into a FileProblem for `path`; a FileProblem passes through. */
export function asFileProblem(error: unknown, path: string, action: FileAction): FileProblem {
  if (error instanceof FileProblem) return error;
  return new FileProblem(fileErrorMessage(error, path, action), codeOf(error));
}
