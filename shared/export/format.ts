// Numbers and dates as an exported document shows them: British style.
const one = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const upToOne = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export const formatOne = (n: number): string => one.format(n);
export const formatUpToOne = (n: number): string => upToOne.format(n);
export const formatWhole = (n: number): string => whole.format(n);
export const formatPercent = (n: number): string => `${one.format(n)}%`;

/** "+46%", "−21%", "no change", or "—" when there is nothing to compare with. */
export function formatChange(percent: number | null): string {
  if (percent === null) return '—';
  const rounded = Math.round(percent);
  if (rounded === 0) return 'no change';
  return rounded > 0 ? `+${rounded}%` : `−${Math.abs(rounded)}%`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-03-12" → "12 March 2025"; anything else is shown as it is ('' stays ''). */
export function formatDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : isoDate;
}

/** "1 person", "14 people" */
export function people(n: number): string {
  return `${formatWhole(n)} ${n === 1 ? 'person' : 'people'}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${formatWhole(n)} ${n === 1 ? one : many}`;
}
