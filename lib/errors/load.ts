/**
 * Loading the shipped error tables on demand. `index.json` (facilities, the extend-code tables and
 * where each shard starts) comes with this module; each shard is a dynamic import, so bundlers
 * emit it as a file of its own, fetched the first time a lookup needs it. A first lookup thus
 * fetches one to three shards of ~20 KB instead of the whole table.
 *
 * The table is one object, filled shard by shard: decode with it only the codes whose shards were
 * loaded (`loadErrorTableFor`), or load everything (`loadErrorTable`).
 */
import { decodeCode, lookupKeys } from './decode';
import indexJson from './generated/index.json';
import { NAME_SHARDS, VALUE_SHARDS } from './generated/shards';
import { nameShardOf } from './names';
import { parseCodeInput } from './parse';
import { addValueShard, createEmptyTable, shardIdFor } from './table';
import type { DecodedCode, ErrorIndexData, ErrorTable, NameShardData, ValueShardData } from './types';

const index = indexJson as unknown as ErrorIndexData;
let table: ErrorTable | null = null;
const loading = new Map<string, Promise<void>>();
const nameShards = new Map<number, Promise<NameShardData>>();

const moduleData = <T>(mod: unknown): T => ((mod as { default?: unknown }).default ?? mod) as T;

function theTable(): ErrorTable {
  table ??= createEmptyTable(index);
  return table;
}

/** Loads one value shard into the table (memoised; a failed load is retried on the next call). */
function loadShard(id: string): Promise<void> {
  let pending = loading.get(id);
  if (!pending) {
    const load = VALUE_SHARDS[id];
    if (!load) return Promise.reject(new Error(`error table: no shard "${id}"`));
    pending = load()
      .then((mod) => addValueShard(theTable(), moduleData<ValueShardData>(mod)))
      .catch((err: unknown) => {
        loading.delete(id);
        throw err;
      });
    loading.set(id, pending);
  }
  return pending;
}

/** The shard ids a decode of these values reads. */
export function shardsForValues(values: readonly number[]): string[] {
  const ids = new Set<string>();
  for (const value of values) {
    for (const { table: t, key } of lookupKeys(value)) {
      const id = shardIdFor(index, t, key);
      if (id) ids.add(id);
    }
  }
  return [...ids];
}

/** The table, with every shard that decoding these codes (any form `parseCodeInput` reads) needs loaded. */
export async function loadErrorTableFor(codes: Iterable<string | number>): Promise<ErrorTable> {
  const values: number[] = [];
  for (const c of codes) {
    const parsed = parseCodeInput(String(c));
    if (parsed.kind === 'code') values.push(parsed.value);
  }
  await Promise.all(shardsForValues(values).map(loadShard));
  return theTable();
}

/** The whole table: every shard loaded (the CLI and tests; the page loads only what a lookup needs). */
export async function loadErrorTable(): Promise<ErrorTable> {
  await Promise.all(Object.keys(VALUE_SHARDS).map(loadShard));
  return theTable();
}

/** The values that carry a symbolic name (upper-cased, as `normalizeName` returns it); empty when none. */
export async function valuesOfName(upperName: string): Promise<number[]> {
  const i = nameShardOf(upperName, index.nameShards);
  let pending = nameShards.get(i);
  if (!pending) {
    const load = NAME_SHARDS[i];
    if (!load) throw new Error(`error table: no name shard ${i}`);
    pending = load()
      .then((mod) => moduleData<NameShardData>(mod))
      .catch((err: unknown) => {
        nameShards.delete(i);
        throw err;
      });
    nameShards.set(i, pending);
  }
  return [...((await pending).names[upperName] ?? [])];
}

/** What a typed lookup finds. */
export type LookupResult =
  | { kind: 'invalid' }
  | { kind: 'incomplete'; digits: string }
  | { kind: 'code'; decoded: DecodedCode }
  /** A symbolic name: every value that carries it, decoded (empty when no table has the name). */
  | { kind: 'name'; name: string; decoded: DecodedCode[] };

/** Reads a typed lookup and decodes it, loading only the shards it needs. */
export async function lookup(input: string): Promise<LookupResult> {
  const parsed = parseCodeInput(input);
  if (parsed.kind === 'invalid' || parsed.kind === 'incomplete') return parsed;
  if (parsed.kind === 'code') {
    const t = await loadErrorTableFor([parsed.value]);
    const decoded = decodeCode(t, input);
    return decoded ? { kind: 'code', decoded } : { kind: 'invalid' };
  }
  const values = await valuesOfName(parsed.name);
  const t = await loadErrorTableFor(values);
  const decoded = values.map((v) => decodeCode(t, v)).filter((d): d is DecodedCode => d !== null);
  return { kind: 'name', name: parsed.name, decoded };
}
