import { parseNumber } from '../../../../shared/blueprint/impact-inputs';
import type { WriteResult } from './use-write';

/** Reads typed text as a number (or null when empty) and hands it to `write`; refuses text that is not a number. */
export function commitNumber(text: string, what: string, write: (value: number | null) => WriteResult): WriteResult {
  const value = parseNumber(text);
  if (value !== null && Number.isNaN(value)) return `Enter ${what} as a number, like 8 or 7.5.`;
  return write(value);
}
