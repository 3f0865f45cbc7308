import { describe, expect, it } from 'vitest';
import { chooseFragments, literalFragments, MAX_FRAGMENT, regexFragments } from './fragments';

describe('literalFragments', () => {
  it('keeps the whole literal, lower-cased, with each white space run as one space', () => {
    expect(literalFragments('Failed to read  network\taccess account')).toEqual(['failed to read network access account']);
  });

  it('cuts at characters outside printable ASCII, which the automaton cannot fold', () => {
    expect(literalFragments('Fehler beim Übertragen (0x80070005)')).toEqual(['fehler beim', 'bertragen (0x80070005)']);
  });
});

describe('regexFragments', () => {
  it('takes the literal runs at the top level, unescaping characters', () => {
    expect(regexFragments('CMSG_CTRL_VERIFY_SIGNATURE.*HRESULT=8009100e')).toEqual(['cmsg_ctrl_verify_signature', 'hresult=8009100e']);
    expect(regexFragments('PXE::MP_GetList failed; 0x80092002')).toEqual(['pxe::mp_getlist failed; 0x80092002']);
    expect(regexFragments('Unable to load volume image \\d+ \\(0x80070008\\)')).toEqual(['unable to load volume image', '(0x80070008)']);
  });

  it('reads \\s and \\s+ as the one space of a white space run', () => {
    expect(regexFragments('Failed\\s+to\\sresolve')).toEqual(['failed to resolve']);
  });

  it('drops characters that may be absent: optional atoms, groups and classes break the run', () => {
    expect(regexFragments('colou?r')).toEqual(['colo', 'r']);
    expect(regexFragments('ab{0,2}cd')).toEqual(['a', 'cd']);
    expect(regexFragments('abc(?:def)?ghi[0-9]jkl')).toEqual(['abc', 'ghi', 'jkl']);
    expect(regexFragments('x+yz')).toEqual(['x', 'yz']);
  });

  it('claims nothing for a top-level alternation or an atom it does not model', () => {
    expect(regexFragments('not set|empty')).toEqual([]);
    expect(regexFragments('abc\\x41def')).toEqual([]);
  });

  it('skips an alternation inside a group', () => {
    expect(regexFragments('is (?:not set|empty) for account')).toEqual(['is', 'for account']);
  });
});

describe('chooseFragments', () => {
  it('picks the two rarest, leaving out short and common ones', () => {
    expect(chooseFragments(['to', 'failed', 'resolve', '(0x80070002)'])).toEqual(['(0x80070002)', 'resolve']);
  });

  it(`cuts long fragments to their first and last ${MAX_FRAGMENT} characters, both required`, () => {
    const long = 'failed to read network access account from machine policy';
    expect(chooseFragments([long])).toEqual([long.slice(-MAX_FRAGMENT).trim(), long.slice(0, MAX_FRAGMENT).trim()]);
  });

  it('returns nothing when no fragment is usable', () => {
    expect(chooseFragments(['ab', 'the', 'failed to'])).toEqual([]);
  });
});
