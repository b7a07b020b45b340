// The same rule as the host's store (electron/host/store/workshop-id.ts): a
// workshop id becomes part of file names there, so it is checked wherever
// one arrives from outside (a file's header, an IPC call).
export const WORKSHOP_ID_PATTERN = /^workshop:[A-Za-z0-9_-]{1,64}$/;

export function isWorkshopId(value: unknown): value is string {
  return typeof value === 'string' && WORKSHOP_ID_PATTERN.test(value);
}
