import { describe, expect, it } from 'vitest';
import { SOURCES, sourceRef, sourcesOf } from './sources';
import type { DecodedCode, Meaning } from './types';

const m = (provenance: string): Meaning => ({ kind: 'hresult', name: null, message: null, provenance });
const decoded = (meanings: Meaning[], extend?: DecodedCode['extend']): DecodedCode =>
  ({ value: 0, hex: '0x00000000', success: true, meanings, notes: [], breakdown: {} as DecodedCode['breakdown'], extend }) as DecodedCode;

describe('sourcesOf', () => {
  it('names each source once, in order of first use', () => {
    const s = sourcesOf([decoded([m('msdocs-win32'), m('msdocs-com'), m('msdocs-win32')]), decoded([m('msdocs-com'), m('memdocs')])]);
    expect(s.map((x) => x.id)).toEqual(['msdocs-win32', 'msdocs-com', 'memdocs']);
    expect(s[0]).toEqual({ id: 'msdocs-win32', ...SOURCES['msdocs-win32'] });
  });

  it('adds the sources of an extend code after the meanings', () => {
    const extend = {
      value: 0x20017,
      hex: '0x20017',
      phase: { value: 2, name: 'SP_EXECUTION_SAFE_OS' },
      operation: { value: 0x17, name: 'SP_EXECUTION_OP_BOOT' },
      causes: [{ message: 'x', provenance: 'msdocs-upgrade-resolution' }],
      provenance: 'msdocs-upgrade-codes',
    };
    expect(sourcesOf([decoded([m('msdocs-upgrade-resolution')], extend)]).map((x) => x.id)).toEqual([
      'msdocs-upgrade-resolution',
      'msdocs-upgrade-codes',
    ]);
  });
});

describe('sourceRef', () => {
  it('gives a GitHub link at a fixed commit for every source', () => {
    for (const id of Object.keys(SOURCES)) expect(sourceRef(id).url).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/(blob|tree)\/[0-9a-f]{40}\//);
  });
  it('names an unknown tag by itself, without a link', () => {
    expect(sourceRef('nope')).toEqual({ id: 'nope', title: 'nope', url: '', license: '' });
  });
});
