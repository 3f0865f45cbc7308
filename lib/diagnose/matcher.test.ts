import { describe, expect, it } from 'vitest';
import { sampleEntry } from '../kb/sample-entry';
import { compileMatcher, literalPattern, matchRanges } from './matcher';

const entry = sampleEntry;

describe('literalPattern', () => {
  it('matches case-insensitively and across any run of white space, including no-break spaces', () => {
    const re = new RegExp(literalPattern('Network Access Account is not set'), 'i');
    expect(re.test('network  access\taccount is NOT\u00a0set')).toBe(true);
  });

  it('escapes regex characters so a literal means itself', () => {
    const re = new RegExp(literalPattern('Failed to get client identity (80004005)'), 'i');
    expect(re.test('Failed to get client identity (80004005)')).toBe(true);
    expect(re.test('Failed to get client identity 80004005')).toBe(false);
  });
});

describe('compileMatcher', () => {
  const matcher = compileMatcher([
    entry('a', [{ literal: 'signature varification failed', role: 'decisive' }]),
    entry('b', [{ regex: 'HRESULT=8009100e', role: 'supporting' }]),
  ]);

  it('joins every signature into one prefilter that passes the lines any signature matches', () => {
    expect(matcher.prefilter.test('signature varification failed')).toBe(true);
    expect(matcher.prefilter.test('CryptMsgControl (...), HRESULT=8009100E (libcrypt.cpp,351)')).toBe(true);
    expect(matcher.prefilter.test('Parsing Policy Body.')).toBe(false);
  });

  it('keeps each signature with its article, position and role', () => {
    expect(matcher.signatures.map((s) => [s.articleId, s.index, s.role, s.label])).toEqual([
      ['a', 0, 'decisive', 'signature varification failed'],
      ['b', 0, 'supporting', '/HRESULT=8009100e/'],
    ]);
  });

  it('never passes a line when there are no signatures', () => {
    expect(compileMatcher([]).prefilter.test('anything')).toBe(false);
  });
});

describe('matchRanges', () => {
  it('returns every match of a signature in a line', () => {
    expect(matchRanges(/HRESULT=80040101/i, 'x HRESULT=80040101 y hresult=80040101')).toEqual([
      [2, 18],
      [21, 37],
    ]);
  });
});
