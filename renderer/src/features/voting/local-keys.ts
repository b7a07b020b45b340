// What only this laptop knows about a vote, kept in localStorage so a reload
// keeps it: the secret key of each round this laptop opened (until reveal
// publishes it), and which item each of this laptop's own sealed dots is on
// (the document holds them sealed, so this laptop cannot read them back).
const ROUND_KEY = 'small-changes:round-key:';
const MY_CHOICES = 'small-changes:my-dots:';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage blocked: the value lives only as long as this page.
  }
}

const memory = new Map<string, string>();

export function rememberRoundKey(roundId: string, secretKey: string): void {
  memory.set(ROUND_KEY + roundId, secretKey);
  write(ROUND_KEY + roundId, secretKey);
}

export function roundKey(roundId: string): string | null {
  return read(ROUND_KEY + roundId) ?? memory.get(ROUND_KEY + roundId) ?? null;
}

function choices(workshopId: string): Record<string, string> {
  const raw = read(MY_CHOICES + workshopId) ?? memory.get(MY_CHOICES + workshopId);
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

export function rememberMyChoice(workshopId: string, voteId: string, itemId: string): void {
  const next = JSON.stringify({ ...choices(workshopId), [voteId]: itemId });
  memory.set(MY_CHOICES + workshopId, next);
  write(MY_CHOICES + workshopId, next);
}

/** The item of one of this laptop's own dots, or null when this laptop did not cast it. */
export function myChoice(workshopId: string, voteId: string): string | null {
  return choices(workshopId)[voteId] ?? null;
}
