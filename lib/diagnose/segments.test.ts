import { describe, expect, it } from 'vitest';
import { lineWindow, segmentLine } from './segments';

const LINE = 'Failed to get client identity (80004005)';

describe('segmentLine', () => {
  it('returns the whole line as one plain piece when nothing is marked', () => {
    expect(segmentLine(LINE, [], [])).toEqual([{ text: LINE, marked: false, code: null }]);
  });

  it('cuts out the highlighted signature match', () => {
    expect(segmentLine('signature varification failed', [[0, 29]], [])).toEqual([
      { text: 'signature varification failed', marked: true, code: null },
    ]);
  });

  it('marks a code inside a highlight as both marked and a code', () => {
    const segments = segmentLine(LINE, [[0, LINE.length]], [{ start: 31, end: 39, code: '0x80004005' }]);
    expect(segments).toEqual([
      { text: 'Failed to get client identity (', marked: true, code: null },
      { text: '80004005', marked: true, code: '0x80004005' },
      { text: ')', marked: true, code: null },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(LINE);
  });
});

describe('lineWindow', () => {
  it('keeps a short line whole', () => {
    expect(lineWindow('short line', [[0, 5]], 100)).toEqual({ start: 0, end: 10, text: 'short line', highlights: [[0, 5]] });
  });

  it('cuts a long line around its first highlight, keeping the highlights that fall inside', () => {
    const text = 'a'.repeat(5_000_000) + 'signature varification failed' + 'b'.repeat(1000);
    const w = lineWindow(text, [[5_000_000, 5_000_029]], 200);
    expect(w.end - w.start).toBe(200);
    expect(w.text).toContain('signature varification failed');
    expect(w.text.slice(w.highlights[0][0], w.highlights[0][1])).toBe('signature varification failed');
  });

  it('starts at the beginning when nothing is highlighted', () => {
    expect(lineWindow('x'.repeat(1000), [], 100)).toMatchObject({ start: 0, end: 100, highlights: [] });
  });
});
