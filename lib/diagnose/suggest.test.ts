import { describe, expect, it } from 'vitest';
import { getKbEntries } from '../kb';
import { parseLog } from '../log';
import { compileMatcher } from './matcher';
import { diagnose } from './diagnose';
import { SUGGESTION_LINES } from './suggest';

const FOUNDING = 'naa-srvacct-restore-key-mismatch';
const matcher = compileMatcher(getKbEntries());
const run = (text: string) => diagnose(matcher, parseLog(text, 'smsts.log'));

describe('suggestions', () => {
  it('offers an article whose quoted line resembles a failure line, with both lines, but no verdict', () => {
    const d = run('Parsing Policy Body.\nFailed to get client identity (80072ee7)\n');
    expect(d.verdict).toBe('none');
    expect(d.suggestions[0]).toEqual(
      expect.objectContaining({
        line: { file: 'smsts.log', line: 2, text: 'Failed to get client identity (80072ee7)' },
        quoted: expect.stringMatching(/Failed to get client identity \(800/),
      }),
    );
    expect(d.suggestions[0].score).toBeLessThan(0.4);
  });

  it('offers nothing once an article is the diagnosis', () => {
    const d = run('signature varification failed\nFailed to get client identity (80072ee7)\n');
    expect(d.matches.map((m) => m.id)).toEqual([FOUNDING]);
    expect(d.suggestions).toEqual([]);
  });

  it('ignores lines that are not failures, however similar', () => {
    expect(run('Decompressing reply body for client identity request\n').suggestions).toEqual([]);
  });

  it(`compares only the last ${SUGGESTION_LINES} failure lines`, () => {
    const noise = Array.from({ length: SUGGESTION_LINES }, (_, i) => `Failed to delete file C:\\temp\\f${i}.tmp (0x80070005)`);
    expect(run(['Failed to get client identity (80072ee7)', ...noise].join('\n')).suggestions).toEqual([]);
    expect(run([...noise, 'Failed to get client identity (80072ee7)'].join('\n')).suggestions).toHaveLength(1);
  });
});
