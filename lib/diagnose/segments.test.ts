import { describe, expect, it } from 'vitest';
import { segmentLine } from './segments';

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
