import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFiles, ERROR_TSV_FILES, type ErrorTsvTexts } from './build';
import { decodeCode } from './decode';
import { lookup, shardsForValues, valuesOfName } from './load';
import { addValueShard, createEmptyTable, createErrorTable } from './table';
import { TABLE_NAMES } from './types';

const dataDir = new URL('../../data/errdata/', import.meta.url);
const tsvs = Object.fromEntries(
  Object.entries(ERROR_TSV_FILES).map(([k, f]) => [k, readFileSync(new URL(f, dataDir), 'utf8')]),
) as unknown as ErrorTsvTexts;
const built = buildFiles(tsvs);
const full = createErrorTable(built.index, Object.values(built.shards));

describe('shardsForValues', () => {
  it('names few shards for one value: a first lookup fetches a small part of the table', () => {
    for (const v of [0x80070005, 0xc1900101, 1603, 0x87d00324, 0xd0000022]) {
      const ids = shardsForValues([v]);
      expect(ids.length, v.toString(16)).toBeGreaterThan(0);
      expect(ids.length, v.toString(16)).toBeLessThanOrEqual(5);
    }
  });

  it('loads every row a decode reads: decoding with only those shards equals decoding with the whole table', () => {
    const values = new Set<number>([0x80070005, 0xd0000022, 0x80072f8f, 0x80070bc2, 0xc1900101, 0x80190191, 0x87d00324]);
    for (const t of TABLE_NAMES) [...full[t].keys()].forEach((k, i) => i % 7 === 0 && values.add(k));
    for (const k of [...full.win32.keys()].filter((_, i) => i % 11 === 0)) values.add((0x80070000 | k) >>> 0);
    for (const v of values) {
      const partial = createEmptyTable(built.index);
      for (const id of shardsForValues([v])) addValueShard(partial, built.shards[id]);
      expect(decodeCode(partial, v), v.toString(16)).toEqual(decodeCode(full, v));
    }
  });
});

describe('lookup', () => {
  it('decodes a code, loading only the shards it needs', async () => {
    const r = await lookup('0x87D00607');
    expect(r.kind).toBe('code');
    if (r.kind === 'code') expect(r.decoded.meanings[0]).toMatchObject({ message: 'Content not found', provenance: 'memdocs' });
  });

  it('decodes a Windows Setup code with its extend code', async () => {
    const r = await lookup('0xC1900101 - 0x20017');
    expect(r.kind === 'code' && r.decoded.extend?.phase.name).toBe('SP_EXECUTION_SAFE_OS');
  });

  it('flags a code cut short instead of decoding it', async () => {
    expect(await lookup('0x8007000')).toEqual({ kind: 'incomplete', digits: '0x8007000' });
  });

  it('says when the input is neither a code nor a name', async () => {
    expect(await lookup('no such thing')).toEqual({ kind: 'invalid' });
  });

  it('looks symbolic names up exactly, in any case', async () => {
    const denied = await lookup('e_accessdenied');
    expect(denied.kind === 'name' && denied.decoded.map((d) => d.hex)).toEqual(['0x80070005']);
    const notFound = await lookup('ERROR_FILE_NOT_FOUND');
    expect(notFound.kind === 'name' && notFound.decoded.map((d) => d.hex)).toEqual(['0x00000002']);
    const nt = await lookup('STATUS_ACCESS_DENIED');
    expect(nt.kind === 'name' && nt.decoded[0].meanings[0].name).toBe('STATUS_ACCESS_DENIED');
    const wu = await lookup('WU_E_PT_WINHTTP_NAME_NOT_RESOLVED');
    expect(wu.kind === 'name' && wu.decoded.map((d) => d.hex)).toEqual(['0x8024402C']);
    expect(await lookup('E_ACCESS')).toEqual({ kind: 'name', name: 'E_ACCESS', decoded: [] });
  });

  it('reads the name index shard that holds a name', async () => {
    expect(await valuesOfName('MOSETUP_E_COMPAT_MIGCHOICE_BLOCK')).toEqual([0xc1900204]);
    expect(await valuesOfName('NO_SUCH_NAME')).toEqual([]);
  });
});
