/** The kinds of a child's or family's personal data the guard looks for. */
export const PERSONAL_DATA_KINDS = [
  'full-name',
  'date-of-birth',
  'nhs-number',
  'case-reference',
  'postcode',
  'phone',
  'email',
] as const;

export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** One part of a note that looks like personal data. `start`/`end` index the text (end exclusive). */
export interface Finding {
  kind: PersonalDataKind;
  start: number;
  end: number;
  /** The text between start and end. */
  match: string;
  /** Plain English, e.g. "This looks like an NHS number." */
  message: string;
}

/** What a detector reports before the guard adds the text and message. */
export interface Span {
  kind: PersonalDataKind;
  start: number;
  end: number;
  /** Overrides the kind's usual message when the detector knows more. */
  message?: string;
}

/** Short noun phrases, for sentences such as "It looks like it holds a name and a phone number." */
export const KIND_NOUNS: Record<PersonalDataKind, string> = {
  'full-name': "a person's name",
  'date-of-birth': 'a date of birth',
  'nhs-number': 'an NHS number',
  'case-reference': 'a case or reference number',
  postcode: 'a postcode',
  phone: 'a phone number',
  email: 'an email address',
};

export const KIND_MESSAGES: Record<PersonalDataKind, string> = {
  'full-name': "This looks like a person's name.",
  'date-of-birth': 'This looks like a date of birth.',
  'nhs-number': 'This looks like an NHS number.',
  'case-reference': 'This looks like a case or reference number.',
  postcode: 'This looks like a postcode.',
  phone: 'This looks like a phone number.',
  email: 'This looks like an email address.',
};
