import type { StoreError } from './store-error';

// What the people at the laptops are told when the host cannot save: the
// reason in plain words (no file paths from the host's disk), and that
// nothing is lost yet.
const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'its disk is full',
  EDQUOT: 'its disk quota is used up',
  EROFS: 'its disk has become read-only',
  EACCES: 'it is not allowed to write to its data folder',
  EPERM: 'it is not allowed to write to its data folder',
  EIO: 'its disk reported an error',
};

export function saveProblemText(error: StoreError): string {
  let cause: unknown = error;
  // The system error is at the end of the cause chain.
  while (cause instanceof Error && cause.cause !== undefined) cause = cause.cause;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const reason = (code && REASONS[code]) ?? 'a write to its disk failed';
  return `The host cannot save this workshop: ${reason}. Your changes are kept on this laptop and in the host’s memory, and the host keeps trying.`;
}
