import { KIND_NOUNS, PERSONAL_DATA_KINDS, type Finding, type PersonalDataKind } from './types';

/** The kinds found, each once, in the guard's usual order. */
export function kindsFound(findings: readonly Finding[]): PersonalDataKind[] {
  const found = new Set(findings.map((f) => f.kind));
  return PERSONAL_DATA_KINDS.filter((k) => found.has(k));
}

/** "a person's name, a date of birth and an NHS number" */
export function describeKinds(kinds: readonly PersonalDataKind[]): string {
  const nouns = kinds.map((k) => KIND_NOUNS[k]);
  if (nouns.length <= 1) return nouns[0] ?? '';
  return `${nouns.slice(0, -1).join(', ')} and ${nouns[nouns.length - 1]}`;
}

/** One sentence for the warning: "This note looks like it holds a person's name and a date of birth." */
export function describeFindings(findings: readonly Finding[]): string {
  const kinds = kindsFound(findings);
  if (kinds.length === 0) return 'This note does not look like it holds personal data.';
  return `This note looks like it holds ${describeKinds(kinds)}.`;
}
