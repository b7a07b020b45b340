import { describe, expect, it } from 'vitest';
import { findFullNames } from './full-name';

const found = (text: string) => findFullNames(text).map((s) => text.slice(s.start, s.end));

describe('findFullNames', () => {
  it('finds a given name and surname from across communities', () => {
    expect(found('Visited Jayden Smith, then typed it up')).toEqual(['Jayden Smith']);
    expect(found('Mohammed Ali’s CIN review moved')).toEqual(['Mohammed Ali']);
    expect(found('Priya Sharma and her brother')).toEqual(['Priya Sharma']);
    expect(found("Siobhan O'Neill from the school")).toEqual(["Siobhan O'Neill"]);
    expect(found('Connor McCarthy moved four times')).toEqual(['Connor McCarthy']);
    expect(found("Lily-Mae Watson's passport")).toEqual(['Lily-Mae Watson']);
    expect(found('Review for Amelia Rose Clarke needed')).toEqual(['Amelia Rose Clarke']);
    expect(found("Bella Smith-Jones' sibling")).toEqual(['Bella Smith-Jones']);
  });

  it('finds a surname from the list after an unknown given name', () => {
    expect(found('re-enter Kacperek Nowak details')).toEqual(['Kacperek Nowak']);
  });

  it('finds a title and surname, with or without a full stop', () => {
    expect(found('Mr Okonkwo was sent the wrong minutes')).toEqual(['Mr Okonkwo']);
    expect(found('Called Mrs Begum to rearrange')).toEqual(['Mrs Begum']);
    expect(found('Meeting with Mrs. Begum on Monday')).toEqual(['Mrs. Begum']);
    expect(found("Dr Chaudhry's surgery")).toEqual(['Dr Chaudhry']);
  });

  it('finds a name after a word that introduces a person', () => {
    expect(found('Mum Chantelle Harris waited')).toEqual(['Chantelle Harris']);
    expect(found("Child Oluwadamilare Adebayo's health assessment")).toEqual(['Oluwadamilare Adebayo']);
    expect(found('his son Tobiah Fenwick was')).toEqual(['Tobiah Fenwick']);
  });

  it('finds a family named by its surname', () => {
    expect(found('Panel papers for the Smith family took 3 hours')).toEqual(['Smith']);
    expect(found("The Patel family's assessment")).toEqual(['Patel']);
    expect(found('The Kowalski family had three workers')).toEqual(['Kowalski']);
  });

  it('finds names typed all in lower or upper case when both words are in the lists', () => {
    expect(found('visited tyler jones at home')).toEqual(['tyler jones']);
    expect(found('JAYDEN SMITH DOB')).toEqual(['JAYDEN SMITH']);
  });

  it('does not flag a given name on its own', () => {
    expect(found("Jayden's worker changed three times")).toEqual([]);
    expect(found('Asked Sarah in business support')).toEqual([]);
    expect(found('Mum Chantelle waited')).toEqual([]);
  });

  it("leaves the domain's own vocabulary alone", () => {
    for (const text of [
      'Liquid Logic logs us out',
      'Signs of Safety mapping in Mosaic',
      'Family Facing Team needs Enabler Team sign-off',
      'Working Together 2023 changes',
      'Early Help Module and Liquid Logic',
      'Independent Reviewing Officer reports',
      'Head of Service approval',
      'Grace Court children’s home',
      'Hope Street office',
      "St Mary's Primary sends paper",
      "King's Lynn placements",
      'North East Lincolnshire use one form',
      'Children in Care Council said',
      'Virtual School Head wants',
      'Will Panel approve it?',
      'Mark the case as closed',
      'May half term backlog',
      'Summer holiday cover',
      'the Foster family placement',
      'the Troubled Families programme',
      'Each family gets a plan',
      'Multi-Agency Safeguarding Hub decisions',
      'Monday Morning meeting',
      'Southborough Council logo',
      'will grace hope',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('does not read a sentence-opening verb as a given name', () => {
    expect(found('Visiting King family home')).not.toContain('Visiting King');
    expect(found('Emailed White about it')).toEqual([]);
  });
});
