import type { Span } from './types';

// Local part, @, then a domain with at least one dot. "@SouthboroughCSC" (a
// social media handle) has no local part and is not matched. The text is
// scanned outwards from each "@" so a long run of letters costs linear time
// (a single regular expression over the whole note backtracks quadratically).
const LOCAL_CHAR = /[A-Za-z0-9._%+'’-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
const LOCAL = /^[A-Za-z0-9](?:[A-Za-z0-9._%+'’-]*[A-Za-z0-9_%+-])?$/;
const DOMAIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

export function findEmails(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > from && at - start < MAX_LOCAL && LOCAL_CHAR.test(text[start - 1] ?? '')) start--;
    // The local part starts with a letter or digit.
    while (start < at && !/[A-Za-z0-9]/.test(text[start] ?? '')) start++;
    if (start === at || !LOCAL.test(text.slice(start, at))) continue;
    let stop = at + 1;
    while (stop < text.length && stop - at <= MAX_DOMAIN && DOMAIN_CHAR.test(text[stop] ?? '')) stop++;
    const domain = DOMAIN.exec(text.slice(at + 1, stop));
    if (!domain) continue;
    const end = at + 1 + domain[0].length;
    spans.push({ kind: 'email', start, end });
    from = end;
  }
  return spans;
}
