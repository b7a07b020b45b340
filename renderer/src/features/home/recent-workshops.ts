/** A workshop the host holds, as its list endpoint describes it. */
export interface RecentWorkshop {
  id: string;
  title: string;
  localAuthority: string;
  updatedAt: number;
}

function isRecentWorkshop(value: unknown): value is RecentWorkshop {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.title === 'string'
    && typeof v.localAuthority === 'string' && typeof v.updatedAt === 'number';
}

/** Most recent first; anything malformed in the answer is left out, not shown half-read. */
export async function fetchRecentWorkshops(hostBase: string): Promise<RecentWorkshop[]> {
  const response = await fetch(`${hostBase}/api/workshops`);
  if (!response.ok) throw new Error(`The host answered ${response.status}`);
  const body: unknown = await response.json();
  const list = Array.isArray(body) ? body : (body as { workshops?: unknown })?.workshops;
  if (!Array.isArray(list)) return [];
  return list.filter(isRecentWorkshop).sort((a, b) => b.updatedAt - a.updatedAt);
}

export function newWorkshopId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_';
  return `workshop:${Array.from(bytes, (b) => alphabet[b % 64]).join('')}`;
}
