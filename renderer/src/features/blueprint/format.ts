// Numbers as the blueprint shows them: British style, one decimal where it helps.
const one = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const upToTwo = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export const formatOne = (n: number): string => one.format(n);
export const formatPercent = (n: number): string => `${one.format(n)}%`;
export const formatInput = (n: number | null): string => (n === null ? '' : upToTwo.format(n).replace(/,/g, ''));
export const formatWhole = (n: number): string => whole.format(n);

/** "+46%", "−21%", "no change", or "—" when there is nothing to compare with. */
export function formatChange(percent: number | null): string {
  if (percent === null) return '—';
  const rounded = Math.round(percent);
  if (rounded === 0) return 'no change';
  return rounded > 0 ? `+${rounded}%` : `−${Math.abs(rounded)}%`;
}

/** Hours and minutes in words: "4 hours 10 minutes". */
export function formatHoursMinutes(hours: number): string {
  const total = Math.round(hours * 60);
  const h = Math.floor(total / 60);
  const m = total % 60;
  const parts = [h > 0 ? `${h} ${h === 1 ? 'hour' : 'hours'}` : '', m > 0 ? `${m} ${m === 1 ? 'minute' : 'minutes'}` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : '0 minutes';
}
