// Every IPC call resolves to an envelope; nothing throws across the bridge.

export type Envelope<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly error: string };

export function ok<T>(data: T): Envelope<T> {
  return { ok: true, data };
}

export function fail<T = never>(error: string): Envelope<T> {
  return { ok: false, error };
}

/** A plain-English message from anything thrown. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error && err.message) return err.message;
  if (typeof err === 'string' && err) return err;
  return 'Something went wrong, with no further detail.';
}
