import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getKbEntries } from '../kb';
import { sampleEntry } from '../kb/sample-entry';
import { parseLog } from '../log';
import { compileMatcher, confidenceOf, diagnose, diagnoseFiles, mergeRanges, toReport } from '.';

const FIXTURES = path.resolve('test/fixtures');
const read = (...p: string[]) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, ...p)));
const FOUNDING = 'naa-srvacct-restore-key-mismatch';
const matcher = compileMatcher(getKbEntries());

describe('diagnose on the KB 2509330 excerpts', () => {
  for (const file of ['phase2.log', 'phase2.cmtrace.log']) {
    it(`ranks the founding article first for ${file}, with evidence lines from the log`, () => {
      const d = diagnoseFiles(matcher, [{ name: file, bytes: read('kb2509330', file) }]);
      expect(d.verdict).toBe('match');
      expect(d.matches[0].id).toBe(FOUNDING);
      expect(d.matches[0].evidence.length).toBeGreaterThan(0);
      for (const e of d.matches[0].evidence) {
        expect(e.file).toBe(file);
        expect(e.highlights.length).toBeGreaterThan(0);
        expect(e.text).not.toMatch(/TSMBootstrap$/);
      }
    });
  }

  for (const file of ['phase1.log', 'phase1.cmtrace.log']) {
    it(`shows the founding article tied with the unset-NAA article for ${file}, whose lines both print`, () => {
      const d = diagnoseFiles(matcher, [{ name: file, bytes: read('kb2509330', file) }]);
      const [first, second] = d.matches;
      expect([first.id, second.id].sort()).toEqual(['naa-not-configured', FOUNDING]);
      expect(first.tiedWith).toEqual([second.id]);
      expect(first.evidence.every((e) => e.file === file && e.highlights.length > 0)).toBe(true);
    });
  }

  it('points evidence at the right line numbers of the pasted text', () => {
    const d = diagnoseFiles(matcher, [{ name: 'phase2.log', bytes: read('kb2509330', 'phase2.log') }]);
    const line = d.matches[0].evidence.find((e) => /signature varification failed/.test(e.text));
    expect(line?.line).toBe(5);
  });

  it('lists the fix links of every resolution path, each to a step anchor, in the order the article prefers', () => {
    const d = diagnoseFiles(matcher, [{ name: 'phase2.log', bytes: read('kb2509330', 'phase2.log') }]);
    expect(d.matches[0].fixes.map((f) => f.url)).toEqual([
      `/articles/${FOUNDING}/#run-cryptimportkey-as-system`,
      `/articles/${FOUNDING}/#reinstall-windows`,
    ]);
  });

  it('finds the excerpt inside a long healthy log dropped with it', () => {
    const d = diagnoseFiles(matcher, [
      { name: 'smsts.log', bytes: read('logs', 'ErnestoLeon87__log_reader__smsts.log') },
      { name: 'excerpt.log', bytes: read('kb2509330', 'phase2.cmtrace.log') },
    ]);
    expect(d.matches.map((m) => m.id)).toEqual([FOUNDING]);
    expect(new Set(d.matches[0].evidence.map((e) => e.file))).toEqual(new Set(['excerpt.log']));
  });

  it('counts every error code with its first line', () => {
    const d = diagnoseFiles(matcher, [{ name: 'phase1.log', bytes: read('kb2509330', 'phase1.log') }]);
    const code = d.codes.find((c) => c.code === '0x80040101');
    expect(code?.count).toBeGreaterThanOrEqual(9);
    expect(code?.first).toMatchObject({ file: 'phase1.log', line: 2 });
  });
});

describe('diagnose on logs with no known problem', () => {
  const index = fs.readFileSync(path.join(FIXTURES, 'logs', 'INDEX.tsv'), 'utf8').trim().split('\n').slice(1);
  const healthy = index.map((row) => row.split('\t')).filter((cols) => cols[8].startsWith('HEALTHY'));

  it('covers every HEALTHY file of the fixture index', () => {
    expect(healthy.length).toBeGreaterThanOrEqual(8);
  });

  for (const [file] of healthy) {
    it(`says none for ${file}`, () => {
      const d = diagnoseFiles(matcher, [{ name: file, bytes: read('logs', file) }]);
      expect(d.verdict).toBe('none');
      expect(d.matches).toEqual([]);
    });
  }
});

describe('scoring', () => {
  const entry = sampleEntry;
  const m = compileMatcher([
    entry('decisive-one', [{ literal: 'alpha failed', role: 'decisive' }, { literal: 'beta', role: 'supporting' }], ['0x8009100E', '0x80004005']),
    entry('supporting-only', [{ literal: 'beta', role: 'supporting' }]),
  ]);
  const records = parseLog('alpha failed\nalpha failed again\nbeta (80004005)\nverify failed 0x8009100e\n', 'x.log');

  it('gives no verdict without a decisive signature, and lists such articles as near misses', () => {
    const d = diagnose(m, records);
    expect(d.matches.map((x) => x.id)).toEqual(['decisive-one']);
    expect(d.nearMisses.map((x) => x.id)).toEqual(['supporting-only']);
  });

  it('scores distinct signatures once each, with weak support from the article codes, none from a generic code', () => {
    const d = diagnose(m, records);
    // 0x8009100E counts; 0x80004005, which so many causes print, does not.
    expect(d.matches[0].score).toBe(3 + 1 + 0.5);
    expect(d.matches[0].codes).toEqual(['0x8009100E', '0x80004005']);
    expect(d.matches[0].hits).toEqual([
      { label: 'alpha failed', role: 'decisive', count: 2 },
      { label: 'beta', role: 'supporting', count: 1 },
    ]);
  });

  it('says none for an empty log', () => {
    expect(diagnose(m, []).verdict).toBe('none');
  });

  it('grades confidence from the decisive and supporting signatures hit', () => {
    expect(confidenceOf(2, 0)).toBe('high');
    expect(confidenceOf(1, 2)).toBe('high');
    expect(confidenceOf(1, 1)).toBe('medium');
    expect(confidenceOf(1, 0)).toBe('low');
  });

  it('merges overlapping highlight ranges', () => {
    expect(mergeRanges([[5, 9], [0, 3], [2, 4]])).toEqual([[0, 4], [5, 9]]);
  });
});

describe('toReport', () => {
  it('has exactly the shape of the CLI JSON', () => {
    const d = diagnoseFiles(matcher, [{ name: 'phase2.log', bytes: read('kb2509330', 'phase2.log') }]);
    const report = toReport('phase2.log', d, (code) => ({ name: `N${code}`, message: 'M' }));
    expect(Object.keys(report)).toEqual(['file', 'verdict', 'matches', 'codes', 'skipped', 'run']);
    expect(Object.keys(report.run)).toEqual(['taskSequence', 'logs']);
    expect(Object.keys(report.matches[0])).toEqual(['id', 'title', 'score', 'confidence', 'url', 'evidence']);
    expect(Object.keys(report.matches[0].evidence[0])).toEqual(['file', 'line', 'text']);
    expect(report.codes[0]).toEqual({ code: report.codes[0].code, name: `N${report.codes[0].code}`, message: 'M' });
  });
});
