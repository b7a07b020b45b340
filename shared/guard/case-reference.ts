import { findDates } from './dates';
import type { Span } from './types';

// A case, person or reference number: an identifier after a word that says so
// ("case 123456", "ref: AB12345", "LCS ID 1234567", "Mosaic number 2233445",
// "UPN ..."), or one of the shapes such numbers take even without a label
// ("CP-2023-0456", "CSC/2023/1456", a family court number "ZW23C50123").
// Form names and sections ("CIN1", "C110A", "Section 47", "s.20", "Reg 44")
// have too few digits and no label, so they are left alone.
const SYSTEMS = 'lcs|ll|liquid\\s*logic|mosaic|ehm|eclipse|carefirst|care\\s*first|system|person|child|client|family|pupil|family\\s+court|court';
const CUE =
  `(?:(?:our|your|court|case|referral|file)\\s+ref(?:erence)?|ref(?:erence)?|` +
  `case(?:\\s+(?:no|number|num|ref|id))?|referral(?:\\s+(?:no|number|ref|id))?|` +
  `file\\s+(?:no|number|ref)|(?:${SYSTEMS})(?:\\s+(?:id|no|number|num|ref))|` +
  `client|lcs|mosaic|upn|uln|id)`;
const LABELLED = new RegExp(`(?<![\\w])${CUE}\\b\\.?\\s*[:#]?\\s*(?:no\\.?\\s*)?([A-Za-z]{0,4}[-/]?\\d[\\dA-Za-z/-]*)`, 'gi');

const SHAPES: RegExp[] = [
  /(?<![\w/-])[A-Z]{2,4}[-/](?:19|20)\d{2}[-/]\d{3,6}(?![\w/-])/g, // CP-2023-0456, CSC/2023/1456
  /(?<![\w/-])[A-Z]{2}\d{2}[A-Z]\d{5}(?![\w/-])/g, // family court case number
  /(?<![\w/-])[A-Z]\d{12}[A-Z]?(?![\w/-])/g, // unique pupil number (UPN)
];

const MIN_DIGITS = 4;
const YEAR_RANGE = /^(?:19|20)\d{2}[-/](?:(?:19|20)?\d{2})$/;

export function findCaseReferences(text: string): Span[] {
  const spans: Span[] = [];
  const dates = findDates(text);
  for (const m of text.matchAll(LABELLED)) {
    const id = (m[1] ?? '').replace(/[-/]+$/, '');
    if ((id.match(/\d/g) ?? []).length < MIN_DIGITS) continue;
    const start = m.index + m[0].length - (m[1] ?? '').length;
    const end = start + id.length;
    // "referral 12/09/2024" is a date and "case 2024/25" a year, not a reference.
    if (dates.some((d) => d.start === start && d.end === end) || YEAR_RANGE.test(id)) continue;
    spans.push({ kind: 'case-reference', start, end });
  }
  for (const shape of SHAPES) {
    for (const m of text.matchAll(shape)) {
      spans.push({ kind: 'case-reference', start: m.index, end: m.index + m[0].length });
    }
  }
  return spans;
}
