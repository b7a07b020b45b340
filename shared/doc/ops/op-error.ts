/** Thrown by an op on invalid input; the message is plain English, fit to show. */
export class OpError extends Error {
  override readonly name = 'OpError';
}
