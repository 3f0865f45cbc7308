import { describe, expect, it } from 'vitest';
import { buildAutomaton, scan } from './aho-corasick';

function found(patterns: string[], text: string): string[] {
  const automaton = buildAutomaton(patterns);
  const hits: string[] = [];
  scan(automaton, text, (p) => hits.push(patterns[p]));
  return hits;
}

describe('the automaton', () => {
  it('finds every pattern, overlapping ones and those inside others included', () => {
    expect(found(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['she', 'he', 'hers']);
  });

  it('folds ASCII case', () => {
    expect(found(['hresult=80040101'], 'x HRESULT=80040101 y')).toEqual(['hresult=80040101']);
  });

  it('reads any white space run, tabs and no-break spaces included, as one space', () => {
    expect(found(['access account'], 'Access \t\u00a0 Account')).toEqual(['access account']);
    expect(found(['a b'], 'ab')).toEqual([]);
  });

  it('never folds a non-ASCII character onto an ASCII one, as the regex i flag does not', () => {
    expect(found(['kelvin'], '\u212aelvin')).toEqual([]);
    expect(found(['kelvin'], 'Kelvin')).toEqual(['kelvin']);
  });

  it('reports a pattern each time it occurs', () => {
    expect(found(['ab'], 'ab ab')).toEqual(['ab', 'ab']);
  });

  it('rejects patterns it could never find', () => {
    expect(() => buildAutomaton(['Upper'])).toThrow(/lower-case/);
    expect(() => buildAutomaton(['two  spaces'])).toThrow(/single spaces/);
    expect(() => buildAutomaton(['caf\u00e9'])).toThrow(/ASCII/);
  });
});
