import { describe, expect, it } from 'vitest';
import { findEmails } from './email';

const found = (text: string) => findEmails(text).map((s) => text.slice(s.start, s.end));

describe('findEmails', () => {
  it('finds ordinary, dotted, plus, apostrophe, upper-case and .gov.uk addresses', () => {
    expect(found("Mum's email is k.begum78@example.com and")).toEqual(['k.begum78@example.com']);
    expect(found('to sarah.jones@southborough.gov.uk.')).toEqual(['sarah.jones@southborough.gov.uk']);
    expect(found('a.nowak+csc@example.org needs')).toEqual(['a.nowak+csc@example.org']);
    expect(found("m.o'connor@example.ie breaks it")).toEqual(["m.o'connor@example.ie"]);
    expect(found('DAVE.T@EXAMPLE.CO.UK in capitals')).toEqual(['DAVE.T@EXAMPLE.CO.UK']);
    expect(found('(jay_m2009@example.co.uk)')).toEqual(['jay_m2009@example.co.uk']);
  });

  it('finds each of several addresses', () => {
    expect(found('a@example.com, b@example.org')).toEqual(['a@example.com', 'b@example.org']);
  });

  it('ignores handles, bare domains and an @ in prose', () => {
    expect(found('Follow @SouthboroughCSC for updates')).toEqual([]);
    expect(found('see www.gov.uk/guidance')).toEqual([]);
    expect(found('meet @ 10 in the hub')).toEqual([]);
    expect(found('the duty@ inbox')).toEqual([]);
    expect(found('email the team@localhost')).toEqual([]);
  });
});
