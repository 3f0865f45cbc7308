import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTable, ERROR_TSV_FILES, serializeTable, type ErrorTsvTexts } from './build';
import { createErrorTable } from './table';
import type { EntryMap } from './types';

const dataDir = new URL('../../data/errdata/', import.meta.url);
const readTsvs = (): ErrorTsvTexts =>
  Object.fromEntries(
    Object.entries(ERROR_TSV_FILES).map(([k, f]) => [k, readFileSync(new URL(f, dataDir), 'utf8')]),
  ) as unknown as ErrorTsvTexts;

const tsvs = readTsvs();
const built = buildTable(tsvs);

function rowsOf(text: string): Record<string, string>[] {
  const [head, ...lines] = text.trimEnd().split('\n');
  const cols = head.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((c, i) => [cols[i], c])));
}

describe('table.generated.json', () => {
  it('is up to date with data/errdata/*.tsv (run: npx tsx scripts/build-error-table.ts)', () => {
    const committed = readFileSync(new URL('./table.generated.json', import.meta.url), 'utf8');
    expect(committed === serializeTable(built)).toBe(true);
  });

  it('is built deterministically', () => {
    expect(serializeTable(buildTable(readTsvs()))).toBe(serializeTable(built));
  });

  it('is valid JSON that parses back to the built data', () => {
    expect(JSON.parse(serializeTable(built))).toEqual(built);
  });
});

describe('buildTable + createErrorTable', () => {
  const table = createErrorTable(built);
  const expectRows = (map: EntryMap, text: string, key: (r: Record<string, string>) => number, hasName: boolean) => {
    const rows = rowsOf(text);
    let count = 0;
    for (const r of rows) {
      const entries = map.get(key(r)) ?? [];
      const found = entries.some(
        (e) =>
          e.name === (hasName ? r.name || null : null) &&
          e.message === (r.message || null),
      );
      if (!found) throw new Error(`row lost: ${JSON.stringify(r)}`);
    }
    for (const list of map.values()) count += list.length;
    expect(count).toBe(rows.length);
  };

  it('keeps every Win32 row', () => expectRows(table.win32, tsvs.win32, (r) => Number(r.code), true));
  it('keeps every HRESULT row', () => expectRows(table.hresult, tsvs.hresult, (r) => parseInt(r.hex, 16), true));
  it('keeps every NTSTATUS row', () => expectRows(table.ntstatus, tsvs.ntstatus, (r) => parseInt(r.hex, 16), true));
  it('keeps every ConfigMgr row with its component', () => {
    expectRows(table.configmgr, tsvs.configmgr, (r) => parseInt(r.hex, 16), false);
    expect(table.configmgr.get(0x87d00324)?.[0].source).toBe('Configuration Manager');
  });

  it('keeps every facility name, both names where a number has two', () => {
    const rows = rowsOf(tsvs.facilities);
    for (const r of rows) expect(table.facilities.get(Number(r.facility))).toContain(r.name);
    expect(table.facilities.get(9)).toEqual(['FACILITY_SECURITY', 'FACILITY_SSPI']);
  });

  it('keeps rows that share a value in TSV order', () => {
    expect(table.win32.get(12175)?.map((e) => e.source)).toEqual(['msdocs-winhttp', 'msdocs-wininet']);
  });

  it('stores texts used more than once only once', () => {
    const pooled = new Set(built.strings);
    expect(pooled.size).toBe(built.strings.length);
    expect(pooled.has('Access is denied.')).toBe(true);
  });
});

describe('buildTable input checks', () => {
  it('rejects a missing column', () => {
    expect(() => buildTable({ ...tsvs, configmgr: 'hex\tmessage\n0x87D00324\tx\n' })).toThrow(/missing column "source"/);
  });
  it('rejects a malformed hex value', () => {
    expect(() => buildTable({ ...tsvs, ntstatus: 'hex\tname\tmessage\tsource\n0xC00005\tX\t\tm\n' })).toThrow(/bad hex/);
  });
  it('rejects a row with the wrong number of fields', () => {
    expect(() => buildTable({ ...tsvs, facilities: 'facility\tname\n7\n' })).toThrow(/fields/);
  });
  it('rejects a Win32 row whose code and hex disagree', () => {
    expect(() =>
      buildTable({ ...tsvs, win32: 'code\thex\tname\tmessage\tsource\n5\t0x00000006\tX\t\tmsdocs-win32\n' }),
    ).toThrow(/disagree/);
  });
});
