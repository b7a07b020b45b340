// Colour arithmetic for category colours: notes show dark text (#1A1A1A) on the
// category colour, so a colour is only allowed if that text stays readable.

/** The text colour notes use on a category background. */
export const NOTE_TEXT_COLOUR = '#1A1A1A';
/** WCAG 2.2 AA contrast for normal-size text. */
export const MIN_TEXT_CONTRAST = 4.5;

const HEX = /^#[0-9A-Fa-f]{6}$/;

export function isHexColour(value: unknown): value is string {
  return typeof value === 'string' && HEX.test(value);
}

/** Relative luminance (WCAG 2.x) of a #RRGGBB colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two #RRGGBB colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Can dark note text be read on this background? */
export function isReadableBehindText(hex: string): boolean {
  return isHexColour(hex) && contrastRatio(hex, NOTE_TEXT_COLOUR) >= MIN_TEXT_CONTRAST;
}
