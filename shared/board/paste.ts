// A paste of many lines can become one note per line. Bullets, numbering and
// blank lines are dropped; the words themselves are kept as typed.

const BULLET = /^\s*(?:[-*•·–—]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)](?=\s))\s+/;

/** The lines of a paste, cleaned, that would each make a note. Fewer than two means "just one note". */
export function splitPastedLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(BULLET, '').replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

/** Does this paste look like a list (two lines or more)? */
export function looksLikeManyNotes(text: string): boolean {
  return splitPastedLines(text).length >= 2;
}
