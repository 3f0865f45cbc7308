/**
 * Unpacks the shipped files (`ErrorIndexData`, `ValueShardData`) into lookup maps (`ErrorTable`).
 * Pure apart from `addValueShard`, which fills the maps of a table made by `createEmptyTable`.
 */
import type { ErrorIndexData, ErrorTable, ExtendTable, TableEntry, TableName, ValueShardData } from './types';

function undelta(v: readonly number[]): number[] {
  const out: number[] = new Array(v.length);
  let acc = 0;
  for (let i = 0; i < v.length; i++) {
    acc = i === 0 ? v[0] : acc + v[i];
    out[i] = acc;
  }
  return out;
}

function checkFormat(data: { format?: unknown } | null | undefined, what: string): void {
  if (!data || data.format !== 2) throw new Error(`error table: unsupported format of ${what}`);
}

function extendTable(index: ErrorIndexData): ExtendTable {
  const pairs = new Map<string, { message: string; provenance: string }[]>();
  for (const [result, extend, message, provenance] of index.extend.pairs) {
    const key = `${result}:${extend}`;
    const list = pairs.get(key);
    if (list) list.push({ message, provenance });
    else pairs.set(key, [{ message, provenance }]);
  }
  return {
    phases: new Map(index.extend.phase),
    operations: new Map(index.extend.operation),
    pairs,
    provenance: index.extend.src,
  };
}

/** A table with the index's facilities and extend-code tables and no code rows yet. */
export function createEmptyTable(index: ErrorIndexData): ErrorTable {
  checkFormat(index, 'index.json');
  const facilities = new Map<number, string[]>();
  undelta(index.facilities.v).forEach((f, i) => {
    const list = facilities.get(f);
    if (list) list.push(index.facilities.n[i]);
    else facilities.set(f, [index.facilities.n[i]]);
  });
  return {
    win32: new Map(),
    hresult: new Map(),
    ntstatus: new Map(),
    configmgr: new Map(),
    setup: new Map(),
    facilities,
    extend: extendTable(index),
  };
}

/** Adds the rows of one shard to the table's map for its table. Throws on a malformed shard. */
export function addValueShard(table: ErrorTable, shard: ValueShardData): void {
  checkFormat(shard, 'a shard');
  const t = shard.rows;
  const name = shard.table;
  const values = undelta(t.v);
  const len = values.length;
  if (t.m.length !== len || t.s.length !== len || (t.n && t.n.length !== len) || (t.c && t.c.length !== len)) {
    throw new Error(`error table "${name}": column lengths differ`);
  }
  const text = (p: string | number | undefined): string | null => {
    if (p === undefined) return null;
    const s = typeof p === 'number' ? shard.strings[p] : p;
    if (s === undefined) throw new Error(`error table "${name}": bad string index ${p}`);
    return s === '' ? null : s;
  };
  const map = table[name] as Map<number, TableEntry[]>;
  if (!map) throw new Error(`error table: unknown table "${name}"`);
  for (let i = 0; i < len; i++) {
    const entry: TableEntry = { name: text(t.n?.[i]), message: text(t.m[i]), provenance: t.src[t.s[i]] };
    const component = t.c && t.cs ? t.cs[t.c[i]] : undefined;
    if (component) entry.component = component;
    const list = map.get(values[i]);
    if (list) list.push(entry);
    else map.set(values[i], [entry]);
  }
}

/** The shard of `table` that holds `key`, by the index's shard start values (binary search). */
export function shardIdFor(index: ErrorIndexData, table: TableName, key: number): string | null {
  const starts = index.shards[table];
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 0 || key < starts[0]) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= key) lo = mid;
    else hi = mid - 1;
  }
  return `${table}-${lo}`;
}

/** A complete table from the index and every shard. */
export function createErrorTable(index: ErrorIndexData, shards: Iterable<ValueShardData>): ErrorTable {
  const table = createEmptyTable(index);
  for (const shard of shards) addValueShard(table, shard);
  return table;
}
