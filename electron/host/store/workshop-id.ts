import { StoreError } from './store-error';

// Workshop ids arrive from clients (URLs, WebSocket paths), so they are
// checked before they ever become part of a file name.
const WORKSHOP_ID = /^workshop:[A-Za-z0-9_-]{1,64}$/;
const PREFIX = 'workshop:';

export function isWorkshopId(value: unknown): value is string {
  return typeof value === 'string' && WORKSHOP_ID.test(value);
}

export function assertWorkshopId(value: unknown): string {
  if (!isWorkshopId(value)) {
    throw new StoreError(
      'bad-workshop-id',
      `"${String(value).slice(0, 80)}" is not a workshop id (expected "workshop:" followed by letters, digits, "-" or "_").`,
    );
  }
  return value;
}

// File names drop the "workshop:" prefix: a colon is not allowed in Windows
// file names, and every file in workshops/ is a workshop anyway.
export function fileBaseForId(id: string): string {
  return assertWorkshopId(id).slice(PREFIX.length);
}

export function idForFileBase(base: string): string | null {
  const id = PREFIX + base;
  return isWorkshopId(id) ? id : null;
}
