import { describe, expect, it } from 'vitest';
import { findCaseReferences } from './case-reference';

const found = (text: string) => findCaseReferences(text).map((s) => text.slice(s.start, s.end));

describe('findCaseReferences', () => {
  it('finds identifiers after a word that labels them', () => {
    expect(found('Case 123456 took three weeks')).toEqual(['123456']);
    expect(found('ref: AB12345 was quoted')).toEqual(['AB12345']);
    expect(found('LCS ID 1234567 has two records')).toEqual(['1234567']);
    expect(found('Mosaic ID 556721 keeps dropping')).toEqual(['556721']);
    expect(found('Mosaic number 2233445 reassigned')).toEqual(['2233445']);
    expect(found('Case no. 45-7781 sits with')).toEqual(['45-7781']);
    expect(found('Client no. 776655 has')).toEqual(['776655']);
    expect(found('Child ID: 102938 appears')).toEqual(['102938']);
    expect(found('File number 4471/22 is')).toEqual(['4471/22']);
    expect(found('EHM ID EH004512 was never closed')).toEqual(['EH004512']);
    expect(found('Referral number 2024/00871 was logged')).toEqual(['2024/00871']);
  });

  it('finds the shapes such numbers take without a label', () => {
    expect(found('CP-2023-0456 minutes took six weeks')).toEqual(['CP-2023-0456']);
    expect(found('on letter CSC/2023/1456')).toEqual(['CSC/2023/1456']);
    expect(found('bundle for ZW24C50311 rejected')).toEqual(['ZW24C50311']);
    expect(found('PEP for H801200001001')).toEqual(['H801200001001']);
  });

  it('reports an identifier found both ways once per reading (the guard merges overlaps)', () => {
    expect(found('Court ref ZW23C50123 on every page')).toContain('ZW23C50123');
  });

  it('leaves form names, sections, regulations, versions, tickets and dates alone', () => {
    for (const text of [
      'The CIN1 form asks for the GP three times',
      'Form C110A has to be redone',
      'Section 47 strategy meetings',
      's.20 paperwork and s47 enquiries',
      'Reg 44 visits produce a report',
      'Version 3.2 of the template',
      'Ticket INC0012345 for the printer',
      'case notes within 24 hours',
      'referral on 12/09/2024 arrived',
      'case 2024/25 figures',
      'Case 12 of 40',
      'ID badge expired',
      'Order 4801206511 not delivered',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
});
