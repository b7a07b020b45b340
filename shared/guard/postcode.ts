import type { Span } from './types';

// Every UK postcode area (the letters of the outward code). Checking the area
// keeps form names such as "CP1 2nd" or "KS2 3rd" from reading as postcodes.
const AREAS = new Set(
  `AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY
   E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL
   LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN
   SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE`.split(/\s+/),
);

// Outward code (area + district, e.g. "LS6", "SW1A", "M14"), an optional space,
// inward code (a digit and two letters, never C I K M O V).
const POSTCODE = /(?<![\w-])([A-Za-z]{1,2})(\d[A-Za-z\d]?) ?(\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})(?![\w-])/g;
const ORDINAL = /^\d(?:st|nd|rd|th)$/;

/** Full UK postcodes. An outward code alone ("LS6") names a district, not a home, and is not flagged. */
export function findPostcodes(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(POSTCODE)) {
    const [whole, area = '', , inward = ''] = m;
    const upper = whole === whole.toUpperCase();
    const lower = whole === whole.toLowerCase();
    // Mixed case ("Ls6 2qt") is not how anyone writes a postcode.
    if (!upper && !lower) continue;
    if (!AREAS.has(area.toUpperCase())) continue;
    // "L3 2nd" is a level and an ordinal, not a postcode; a real "2ND" inward code is written in capitals.
    if (lower && ORDINAL.test(inward)) continue;
    spans.push({ kind: 'postcode', start: m.index, end: m.index + whole.length });
  }
  return spans;
}
