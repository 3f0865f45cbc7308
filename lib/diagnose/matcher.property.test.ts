// The automaton is only a filter: whatever it lets through is still tested with the signature's
// own regex. These properties check that it never filters out a line the regex would match,
// so the matcher reports exactly the hits of testing every signature on every line.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateKb } from '../../scripts/generate-kb';
import { getKbEntries } from '../kb';
import type { KbEntry } from '../kb/entry';
import type { Signature } from '../kb/schema';
import { sampleEntry } from '../kb/sample-entry';
import { decodeLogBytes, findCodes, parseLog } from '../log';
import { diagnose } from './diagnose';
import { candidateSignatures, compileMatcher, scanLine, signatureFragments, type Matcher } from './matcher';

/** What testing every signature's regex on the line reports. */
function naiveHits(matcher: Matcher, text: string): number[] {
  return matcher.signatures.flatMap((s, i) => (s.pattern.test(text) ? [i] : []));
}

function filteredHits(matcher: Matcher, text: string): number[] {
  return candidateSignatures(matcher, text).filter((i) => matcher.signatures[i].pattern.test(text));
}

// Words and characters that stress the filter: case, ASCII look-alikes that the `i` flag does
// or does not fold (Kelvin sign, long s, dotted I, micro sign), white space of every kind.
const WORDS = ['Failed', 'to', 'resolve', 'PackageID', 'HRESULT=80040101', '0x80070002', 'CCM_Policy', 'smsts.log', '(80004005)', 'a', 'ab', 'abc', 'x.y', 'C:\\Windows'];
const ODD = ['\u212a', '\u017f', '\u0130', '\u00b5', '\u00a0', '\t', '  ', 'é', '\u2028', '.', '(', ')', '[', ']', '*', '+', '?', '|', '\\', '{', '}', '-', '_', '=', ';'];
const word = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[a-zA-Z0-9]{1,8}$/));
const piece = fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: fc.constantFrom(...ODD) });
const flipCase = (s: string, mask: number) => [...s].map((c, i) => ((mask >> i % 30) & 1 ? c.toUpperCase() : c.toLowerCase())).join('');

const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;
const escape = (s: string) => s.replace(REGEX_SPECIALS, '\\$&');
// Regex atoms of the kinds the articles use, and some they should not (alternations, optional words).
const regexAtom = fc.oneof(
  word.map(escape),
  fc.constantFrom('.*', '\\d+', '\\w+', '\\s+', '[0-9a-f]{8}', '[A-Z]{2,}', '(?:not set|empty)', 'x?', 'ab{0,2}', 'c+', '\\(', '\\.', '(?=abc)', '\\bword\\b', '\\x41', 'é'),
);
const literalSignature = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws): Signature => ({ literal: ws.join(' '), role: 'decisive' }));
const regexSignature = fc
  .tuple(fc.array(regexAtom, { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(([atoms, alternate]): Signature => ({ regex: alternate ? `${atoms.join('')}|zz` : atoms.join(''), role: 'supporting' }));
const usableSignature = fc.oneof(literalSignature, regexSignature).filter((s) => signatureFragments(s).length > 0);

/** Strings that match the signature (fast-check builds them from the regex), so that the filter must let them through. */
function matchingText(signature: Signature) {
  const source = 'literal' in signature ? signature.literal.split(' ').map(escape).join('\\s+') : signature.regex;
  // fast-check cannot build strings for lookarounds and word boundaries; such signatures get lines from their words.
  if (/\(\?[=!<]|\\[bB]/.test(source)) return fc.constant(source.replace(/\\/g, ''));
  return fc.stringMatching(new RegExp(source), { size: 'small' }).map((m) => m);
}

/** Lines made of matches of the signatures, their words and odd characters, in random case. */
function lineFrom(signatures: Signature[]) {
  const own = signatures.flatMap((s) => ('literal' in s ? s.literal.split(' ') : s.regex.replace(/\\/g, '').split(/[.*+?()[\]{}|]/).filter(Boolean)));
  const ownPiece = own.length ? fc.constantFrom(...own) : word;
  const matching = fc.oneof(...signatures.map(matchingText));
  return fc
    .tuple(fc.array(fc.oneof(piece, ownPiece, matching, matching), { maxLength: 10 }), fc.nat(), fc.constantFrom(' ', '', '  ', '\u00a0'))
    .map(([parts, mask, sep]) => flipCase(parts.join(sep), mask));
}

describe('the automaton prefilter', () => {
  it('reports exactly the hits of every regex on every line, on generated signatures and lines', () => {
    fc.assert(
      fc.property(
        fc.array(usableSignature, { minLength: 1, maxLength: 8 }).chain((signatures) => fc.tuple(fc.constant(signatures), fc.array(lineFrom(signatures), { minLength: 1, maxLength: 20 }))),
        ([signatures, lines]) => {
          const matcher = compileMatcher([sampleEntry('generated', signatures)]);
          for (const line of lines) expect(filteredHits(matcher, line), line).toEqual(naiveHits(matcher, line));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('matches a signature with its words in any case and any white space between them', () => {
    fc.assert(
      fc.property(literalSignature.filter((s) => signatureFragments(s).length > 0), fc.nat(), fc.constantFrom(' ', '\t', '\u00a0', '   '), (signature, mask, space) => {
        const matcher = compileMatcher([sampleEntry('generated', [signature])]);
        const line = `prefix ${flipCase((signature as { literal: string }).literal.split(' ').join(space), mask)} suffix`;
        expect(filteredHits(matcher, line)).toEqual([0]);
      }),
    );
  });

  const FIXTURES = path.resolve('test/fixtures/logs');
  const realLines = fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.log'))
    .flatMap((f) => parseLog(decodeLogBytes(new Uint8Array(fs.readFileSync(path.join(FIXTURES, f)))), f).map((r) => r.text));
  const articleLines = getKbEntries().flatMap((e) => e.symptoms.concat(e.signatures.map((s) => ('literal' in s ? s.literal : ''))));

  const checkAll = (entries: KbEntry[], lines: string[]) => {
    const matcher = compileMatcher(entries);
    let hits = 0;
    for (const line of lines) {
      const expected = naiveHits(matcher, line);
      hits += expected.length;
      expect(filteredHits(matcher, line), line).toEqual(expected);
    }
    return hits;
  };

  it('reports exactly the naive hits on the real fixture logs and the articles\' own lines, with the real knowledge base', () => {
    expect(checkAll(getKbEntries(), [...realLines, ...articleLines])).toBeGreaterThan(0);
  });

  it('reports exactly the naive hits on the real fixture logs with a generated knowledge base of 150 articles', () => {
    const entries = generateKb(150, 7);
    const theirLines = entries.flatMap((e) => e.symptoms);
    // Testing 1,300 regexes on every line is the slow reference: a sample of the lines keeps it short.
    expect(checkAll(entries, [...realLines.filter((_, i) => i % 25 === 0), ...theirLines])).toBeGreaterThan(0);
  }, 30_000);

  it('reports exactly the naive hits on real log lines mutated at random', () => {
    const matcher = compileMatcher([...getKbEntries(), ...generateKb(40, 3)]);
    const sample = [...realLines.filter((l) => /fail|error|0x/i.test(l)).slice(0, 400), ...articleLines];
    fc.assert(
      fc.property(fc.constantFrom(...sample), fc.nat(), fc.nat({ max: 200 }), fc.constantFrom(...ODD, '', ' '), (line, mask, at, insert) => {
        const mutated = flipCase(line.slice(0, at) + insert + line.slice(at), mask);
        expect(filteredHits(matcher, mutated)).toEqual(naiveHits(matcher, mutated));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the error-code gate', () => {
  const FIXTURES = path.resolve('test/fixtures/logs');
  const records = fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.log'))
    .flatMap((f) => parseLog(decodeLogBytes(new Uint8Array(fs.readFileSync(path.join(FIXTURES, f)))), f));
  const matcher = compileMatcher(getKbEntries());
  const hintsOf = (text: string) => scanLine(matcher, text).codeHints;

  it('lets through every real log line that holds a code, so diagnose counts the same codes as findCodes on every line', () => {
    const naive = new Map<string, number>();
    for (const r of records) for (const hit of findCodes(r.text)) naive.set(hit.code, (naive.get(hit.code) ?? 0) + 1);
    const counted = new Map(diagnose(matcher, records).codes.map((c) => [c.code, c.count]));
    expect(counted).toEqual(naive);
    expect(naive.size).toBeGreaterThan(50);
  });

  it('finds the same codes in generated lines with only the rules whose hints the line holds', () => {
    const codeish = fc.constantFrom('0x80070005', '80070005', '(80004005)', '(C0000034)', '(e0000244)', '-2147024891', '-1073741819', '2147942405', '1603', '0x5', 'c000000f', '3010');
    const context = fc.constantFrom('', 'error', 'Error:', 'HR=', 'hr =', 'hresult', 'code', 'exit code', 'rc =', 'Return Value =', 'errorlevel', 'status', 'failed;', 'returned', 'gle=', '(', '[');
    fc.assert(
      fc.property(fc.array(fc.oneof(codeish, context, word, fc.constantFrom(...ODD)), { maxLength: 10 }), fc.nat(), fc.constantFrom(' ', '', '  ', '\t'), (parts, mask, sep) => {
        const line = flipCase(parts.join(sep), mask);
        expect(findCodes(line, hintsOf(line)), line).toEqual(findCodes(line));
      }),
      { numRuns: 3000 },
    );
  });
});
