import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFiles, collectTables, ERROR_TSV_FILES, packRows, serializeFiles, splitRows, type ErrorTsvTexts, type RawRow } from './build';
import { nameShardOf } from './names';
import { SOURCES } from './sources';
import { addValueShard, createEmptyTable, createErrorTable, shardIdFor } from './table';
import { TABLE_NAMES, type EntryMap, type ValueShardData } from './types';

const dataDir = new URL('../../data/errdata/', import.meta.url);
const genDir = new URL('./generated/', import.meta.url);
const readTsvs = (): ErrorTsvTexts =>
  Object.fromEntries(
    Object.entries(ERROR_TSV_FILES).map(([k, f]) => [k, readFileSync(new URL(f, dataDir), 'utf8')]),
  ) as unknown as ErrorTsvTexts;

const tsvs = readTsvs();
const built = buildFiles(tsvs);
const serialized = serializeFiles(built);

function rowsOf(text: string): Record<string, string>[] {
  const [head, ...lines] = text.trimEnd().split('\n');
  const cols = head.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((c, i) => [cols[i], c])));
}

describe('lib/errors/generated', () => {
  it('is up to date with data/errdata/*.tsv (run: npm run errors:build)', () => {
    const committed = readdirSync(genDir).sort();
    expect(committed).toEqual([...serialized.keys()].sort());
    for (const [name, text] of serialized) expect(readFileSync(new URL(name, genDir), 'utf8') === text, name).toBe(true);
  });

  it('is built deterministically', () => {
    expect(serializeFiles(buildFiles(readTsvs()))).toEqual(serialized);
  });

  it('keeps every shard, and the index, small: no lookup waits for the whole table', () => {
    for (const [name, text] of serialized) {
      if (name.endsWith('.json')) expect(Buffer.byteLength(text), name).toBeLessThan(40_000);
    }
    const total = [...serialized.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
    expect(total).toBeGreaterThan(800_000);
  });

  it('imports every shard in shards.ts', () => {
    const shardModule = serialized.get('shards.ts') ?? '';
    for (const name of serialized.keys()) {
      if (name.endsWith('.json') && name !== 'index.json') expect(shardModule).toContain(`import('./${name}')`);
    }
  });
});

describe('buildFiles + createErrorTable', () => {
  const table = createErrorTable(built.index, Object.values(built.shards));
  const expectRows = (map: EntryMap, text: string, key: (r: Record<string, string>) => number, hasName: boolean) => {
    const rows = rowsOf(text);
    for (const r of rows) {
      const found = (map.get(key(r)) ?? []).some(
        (e) => e.name === (hasName ? r.name || null : null) && e.message === (r.message || null),
      );
      if (!found) throw new Error(`row lost: ${JSON.stringify(r)}`);
    }
    return rows.length;
  };
  const count = (map: EntryMap) => [...map.values()].reduce((n, l) => n + l.length, 0);
  const hex = (r: Record<string, string>) => parseInt(r.hex, 16);

  it('keeps every Win32 row', () => {
    expect(count(table.win32)).toBe(expectRows(table.win32, tsvs.win32, (r) => Number(r.code), true));
  });
  it('keeps every HRESULT row, and the Windows Update rows of wu.tsv beside them', () => {
    const n = expectRows(table.hresult, tsvs.hresult, hex, true) + expectRows(table.hresult, tsvs.wu, hex, true);
    expect(count(table.hresult)).toBe(n);
  });
  it('keeps every NTSTATUS row', () => {
    expect(count(table.ntstatus)).toBe(expectRows(table.ntstatus, tsvs.ntstatus, hex, true));
  });
  it('keeps every Windows Setup row', () => {
    expect(count(table.setup)).toBe(expectRows(table.setup, tsvs.setup, hex, true));
  });
  it('keeps every ConfigMgr row with its component and its page as provenance', () => {
    expect(count(table.configmgr)).toBe(expectRows(table.configmgr, tsvs.configmgr, hex, false));
    expect(table.configmgr.get(0x87d00324)?.[0]).toMatchObject({ component: 'Configuration Manager', provenance: 'memdocs' });
  });

  it('keeps the provenance of every row, and every provenance has a source with a link', () => {
    expect(table.win32.get(12175)?.map((e) => e.provenance)).toEqual(['msdocs-winhttp', 'msdocs-wininet']);
    for (const t of TABLE_NAMES) {
      for (const list of table[t].values()) {
        for (const e of list) expect(SOURCES[e.provenance]?.url, `${t} ${e.provenance}`).toMatch(/^https:\/\/github\.com\//);
      }
    }
    expect(SOURCES[built.index.extend.src]).toBeDefined();
    for (const [, , , p] of built.index.extend.pairs) expect(SOURCES[p]).toBeDefined();
  });

  it('keeps every facility name, both names where a number has two', () => {
    for (const r of rowsOf(tsvs.facilities)) expect(table.facilities.get(Number(r.facility))).toContain(r.name);
    expect(table.facilities.get(9)).toEqual(['FACILITY_SECURITY', 'FACILITY_SSPI']);
  });

  it('keeps the extend-code tables and the documented pairs', () => {
    expect(table.extend.phases.get(2)).toBe('SP_EXECUTION_SAFE_OS');
    expect(table.extend.operations.get(0x20)).toBe('SP_EXECUTION_OP_ADD_PROVISIONING_PACKAGE');
    expect(table.extend.pairs.get(`${0xc1900101}:${0x2000c}`)).toHaveLength(2);
    expect(table.extend.pairs.size + 1).toBe(rowsOf(tsvs.setupPairs).length);
  });

  it('indexes every symbolic name in the shard nameShardOf names', () => {
    const shardOf = (name: string) => built.names[nameShardOf(name, built.index.nameShards)].names;
    expect(shardOf('E_ACCESSDENIED').E_ACCESSDENIED).toEqual([0x80070005]);
    expect(shardOf('ERROR_FILE_NOT_FOUND').ERROR_FILE_NOT_FOUND).toEqual([2]);
    expect(shardOf('STATUS_ACCESS_DENIED').STATUS_ACCESS_DENIED).toEqual([0xc0000022]);
    expect(shardOf('MOSETUP_E_SETUP_PLATFORM').MOSETUP_E_SETUP_PLATFORM).toEqual([0xc1900101]);
    for (const r of rowsOf(tsvs.ntstatus)) if (r.name) expect(shardOf(r.name.toUpperCase())[r.name.toUpperCase()]).toContain(parseInt(r.hex, 16));
  });

  it('finds the shard of any key by the index, so one shard answers for a value', () => {
    for (const t of TABLE_NAMES) {
      for (const [key, list] of table[t]) {
        const id = shardIdFor(built.index, t, key);
        const partial = createEmptyTable(built.index);
        addValueShard(partial, built.shards[id ?? '']);
        expect(partial[t].get(key), `${t} ${key}`).toEqual(list);
      }
    }
    expect(shardIdFor(built.index, 'configmgr', 5)).toBeNull();
  });
});

describe('splitRows and packRows', () => {
  const row = (value: number, message = 'x'.repeat(40)): RawRow => ({ value, name: '', message, provenance: 'p' });

  it('never splits the rows of one value', () => {
    const rows = [row(1), row(1), row(1), row(2), row(3), row(3)];
    const shards = splitRows(rows, 10);
    expect(shards.map((s) => s.map((r) => r.value))).toEqual([[1, 1, 1], [2], [3, 3]]);
  });

  it('pools texts used more than once', () => {
    const packed = packRows([row(1, 'Access is denied.'), row(2, 'Access is denied.'), row(3, 'once')], false);
    expect(packed.strings).toEqual(['Access is denied.']);
    expect(packed.rows.m).toEqual([0, 0, 'once']);
    expect(packed.rows.v).toEqual([1, 1, 1]);
  });
});

describe('collectTables input checks', () => {
  it('rejects a missing column', () => {
    expect(() => collectTables({ ...tsvs, configmgr: 'hex\tmessage\n0x87D00324\tx\n' })).toThrow(/missing column "source"/);
  });
  it('rejects a malformed hex value', () => {
    expect(() => collectTables({ ...tsvs, ntstatus: 'hex\tname\tmessage\tsource\n0xC00005\tX\t\tm\n' })).toThrow(/bad hex/);
  });
  it('rejects a row with the wrong number of fields', () => {
    expect(() => collectTables({ ...tsvs, facilities: 'facility\tname\n7\n' })).toThrow(/fields/);
  });
  it('rejects a Win32 row whose code and hex disagree', () => {
    expect(() =>
      collectTables({ ...tsvs, win32: 'code\thex\tname\tmessage\tsource\n5\t0x00000006\tX\t\tmsdocs-win32\n' }),
    ).toThrow(/disagree/);
  });
  it('rejects a row without provenance', () => {
    expect(() => collectTables({ ...tsvs, setup: 'hex\tname\tmessage\tsource\n0xC1900101\tX\tm\t\n' })).toThrow(/empty source/);
  });
  it('rejects an extend-code row of unknown kind', () => {
    expect(() => collectTables({ ...tsvs, setupExtend: 'kind\thex\tname\tsource\nstage\t0x00000001\tX\tp\n' })).toThrow(/unknown kind/);
  });
});

describe('a shard in an unknown format', () => {
  it('is refused', () => {
    const bad = { ...built.shards['win32-0'], format: 1 } as unknown as ValueShardData;
    expect(() => addValueShard(createEmptyTable(built.index), bad)).toThrow(/format/);
  });
});
