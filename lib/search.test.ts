import { describe, expect, it } from 'vitest';
import { codeOfQuery, createSearch, toSearchDocs } from './search';
import { getKbEntries } from './kb';

const search = createSearch(toSearchDocs(getKbEntries()));

describe('the search box', () => {
  it('reads a query in any error-code form as that code', () => {
    expect(['0x80070005', '80070005', '2147942405', '-2147024891', '0X80070005'].map(codeOfQuery)).toEqual(Array(5).fill('0x80070005'));
    expect(['1603', '2012', 'varification', 'failed'].map(codeOfQuery)).toEqual([null, null, null, null]);
  });

  it('offers the lookup first for a code, then only the articles that really carry it, never fuzzy matches', () => {
    const results = search('0x8009100e');
    expect(results[0]).toMatchObject({ kind: 'code', title: 'Look up 0x8009100E', url: '/errors/?code=0x8009100E' });
    expect(results.slice(1).map((r) => r.id)).toEqual(['naa-srvacct-restore-key-mismatch']);
    const carrying = getKbEntries().filter((e) => e.codes.includes('0x80070005')).map((e) => e.id);
    const results80070005 = search('-2147024891', 50);
    expect(results80070005[0].kind).toBe('code');
    expect(results80070005.slice(1).map((r) => r.id).sort()).toEqual(carrying.sort());
    // A code no article carries: the lookup alone, no fuzzy look-alikes.
    expect(search('0x8007000D').map((r) => r.kind)).toEqual(['code']);
  });

  it('still searches words fuzzily, a misspelling included', () => {
    expect(search('signature varification')[0].id).toBe('naa-srvacct-restore-key-mismatch');
  });
});
