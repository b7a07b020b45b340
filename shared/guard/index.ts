// The child-data guard: notices personal data in a note before it is shared.
export { findPersonalData } from './find-personal-data';
export { describeFindings, describeKinds, kindsFound } from './describe';
export { isValidNhsNumber } from './nhs-number';
export { KIND_MESSAGES, KIND_NOUNS, PERSONAL_DATA_KINDS, type Finding, type PersonalDataKind } from './types';
