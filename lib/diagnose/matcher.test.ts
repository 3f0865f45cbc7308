import { describe, expect, it } from 'vitest';
import { sampleEntry } from '../kb/sample-entry';
import { candidateSignatures, compileMatcher, literalPattern, matchRanges, UnanchoredSignatureError } from './matcher';

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
    entry('b', [{ regex: 'CMSG_CTRL_VERIFY_SIGNATURE.*HRESULT=8009100e', role: 'supporting' }]),
  ]);

  it('offers a signature as a candidate only on lines holding all of its fragments', () => {
    expect(candidateSignatures(matcher, 'signature VARIFICATION failed')).toEqual([0]);
    expect(candidateSignatures(matcher, 'CryptMsgControl (hMsg, 0, CMSG_CTRL_VERIFY_SIGNATURE, x), HRESULT=8009100E (libcrypt.cpp,351)')).toEqual([1]);
    expect(candidateSignatures(matcher, 'HRESULT=8009100e alone')).toEqual([]);
    expect(candidateSignatures(matcher, 'Parsing Policy Body.')).toEqual([]);
  });

  it('keeps each signature with its article, position, role and indexed fragments', () => {
    expect(matcher.signatures.map((s) => [s.articleId, s.index, s.role, s.label, s.fragments])).toEqual([
      ['a', 0, 'decisive', 'signature varification failed', ['signature varificati', 'varification failed']],
      ['b', 0, 'supporting', '/CMSG_CTRL_VERIFY_SIGNATURE.*HRESULT=8009100e/', ['cmsg_ctrl_verify_sig', 'trl_verify_signature']],
    ]);
  });

  it('finds nothing when there are no signatures', () => {
    expect(candidateSignatures(compileMatcher([]), 'anything')).toEqual([]);
  });

  it('rejects a signature with no fragment every match must contain, naming the article and the signature', () => {
    expect(() => compileMatcher([entry('vague', [{ regex: '(?:ab|cd)\\d+', role: 'supporting' }])])).toThrow(UnanchoredSignatureError);
    expect(() => compileMatcher([entry('vague', [{ regex: 'x.*y', role: 'supporting' }])])).toThrow(/vague: signature 0 \(\/x\.\*y\/\)/);
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
