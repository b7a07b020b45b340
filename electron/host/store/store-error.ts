// Every failure the store reports carries a plain-English message (shown to
// the person running the host) and a stable code (for tests and callers).
export type StoreErrorCode =
  | 'bad-workshop-id'
  | 'corrupt-snapshot'
  | 'foreign-file'
  | 'newer-version'
  | 'invalid-workshop'
  | 'data-dir-unwritable'
  | 'data-dir-locked'
  | 'write-failed'
  | 'closed'
  | 'in-use';

export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}
