import { describe, expect, it } from 'vitest';
import { parseLog } from '../log';
import { asCmtrace, asGridRows, FORMS, hardWrap, splice } from './forms';

const EXCERPT = 'Found empty NetworkAccessUsername/NetworkAccessPassword from NAAConfig CCM_NetworkAccessAccount TSMBootstrap\nNetwork Access Account is not set TSMBootstrap\n';

describe('excerpt forms', () => {
  it('wraps lines at 72 characters without losing any', () => {
    const wrapped = hardWrap(EXCERPT).split('\n');
    expect(wrapped.every((l) => l.length <= 72)).toBe(true);
    expect(wrapped.join('')).toBe(EXCERPT.replace(/\n/g, ''));
  });

  it('re-wraps records as CMTrace and as grid rows that parse back to the same text and component', () => {
    for (const form of [asCmtrace, asGridRows]) {
      const records = parseLog(form(EXCERPT), 'x');
      expect(records.map((r) => [r.text, r.component])).toEqual([
        ['Found empty NetworkAccessUsername/NetworkAccessPassword from NAAConfig CCM_NetworkAccessAccount', 'TSMBootstrap'],
        ['Network Access Account is not set', 'TSMBootstrap'],
      ]);
    }
  });

  it('splices the excerpt into the middle of the host log', () => {
    expect(splice('b', 'a1\na2\na3\na4')).toBe('a1\na2\nb\na3\na4');
  });

  it('has whole and partial forms, the halves together holding every line', () => {
    const first = FORMS.find((f) => f.id === 'first-half')!.apply('1\n2\n3', '');
    const last = FORMS.find((f) => f.id === 'last-half')!.apply('1\n2\n3', '');
    expect([first, last]).toEqual(['1\n2', '2\n3']);
    expect(FORMS.filter((f) => f.kind === 'whole').map((f) => f.id)).toEqual(['collected', 'cmtrace', 'grid', 'spliced']);
  });
});
