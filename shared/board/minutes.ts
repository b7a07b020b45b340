// What people type as "minutes lost per week": "30", "1.5", " 45 mins", "" —
// read as a number, or a message saying what to type instead.
import { MAX_MINUTES_PER_WEEK } from '../doc/seeded-lists.js';

export type MinutesReading = { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly error: string };

export function readMinutes(typed: string): MinutesReading {
  const text = typed.trim().toLowerCase().replace(/\s*(minutes?|mins?|m)\.?$/, '').replace(/,/g, '');
  if (text === '') return { ok: true, value: null };
  if (!/^-?\d*\.?\d+$/.test(text)) return { ok: false, error: 'Enter the minutes as a number, for example 30' };
  const value = Number(text);
  if (value < 0) return { ok: false, error: 'Minutes lost cannot be less than 0' };
  if (value > MAX_MINUTES_PER_WEEK) {
    return { ok: false, error: `A week has ${MAX_MINUTES_PER_WEEK.toLocaleString('en-GB')} minutes: enter ${MAX_MINUTES_PER_WEEK.toLocaleString('en-GB')} or fewer` };
  }
  return { ok: true, value: Math.round(value * 10) / 10 };
}
