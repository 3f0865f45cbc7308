/**
 * Turns the TSV tables of `data/errdata/` into the files the app ships (`lib/errors/generated/`).
 * Pure: the caller reads the TSVs and writes the files.
 *
 * Format (see types.ts): a small `index.json` (facilities, the Windows Setup extend-code tables,
 * and the first value of every shard), value shards `<table>-<i>.json` (a run of consecutive
 * values of one table, rows sharing a value never split, each shard with its own pool of repeated
 * texts) and name shards `names-<i>.json` (upper-cased symbolic name -> values). A first lookup
 * fetches the index and one or two shards of ~20 KB, never the whole 800 KB.
 */
import { nameShardOf } from './names';
import {
  TABLE_NAMES,
  type ErrorIndexData,
  type ExtendData,
  type NameShardData,
  type PackedTable,
  type PackedText,
  type TableName,
  type ValueShardData,
} from './types';

export interface ErrorTsvTexts {
  win32: string;
  hresult: string;
  ntstatus: string;
  facilities: string;
  configmgr: string;
  setup: string;
  wu: string;
  setupExtend: string;
  setupPairs: string;
}

/** The TSV files `buildFiles` needs, by key, as named in `data/errdata/`. */
export const ERROR_TSV_FILES: Readonly<Record<keyof ErrorTsvTexts, string>> = {
  win32: 'win32.tsv',
  hresult: 'hresult.tsv',
  ntstatus: 'ntstatus.tsv',
  facilities: 'facilities.tsv',
  configmgr: 'configmgr.tsv',
  setup: 'setup.tsv',
  wu: 'wu.tsv',
  setupExtend: 'setup-extend.tsv',
  setupPairs: 'setup-pairs.tsv',
};

/** configmgr.tsv's `source` column names the component; every row comes from this page. */
const CONFIGMGR_PROVENANCE = 'memdocs';

export interface BuildOptions {
  /** Cut a value shard once its rows take about this many characters of JSON. */
  shardChars: number;
  /** Number of name-index shards. */
  nameShards: number;
}
export const DEFAULT_BUILD_OPTIONS: BuildOptions = { shardChars: 24_000, nameShards: 16 };

type Row = Record<string, string>;

/** Parses a TSV (header row, tab-separated, no quoting) into rows keyed by header name. */
export function parseTsv(text: string, file: string, required: readonly string[]): Row[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) throw new Error(`${file}: empty`);
  const header = lines[0].split('\t');
  for (const col of required) {
    if (!header.includes(col)) throw new Error(`${file}: missing column "${col}" (header: ${header.join(', ')})`);
  }
  return lines.slice(1).map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== header.length) {
      throw new Error(`${file}:${i + 2}: ${cells.length} fields, expected ${header.length}`);
    }
    const row: Row = {};
    header.forEach((col, j) => (row[col] = cells[j]));
    return row;
  });
}

function parseHexCell(s: string, where: string): number {
  if (!/^0x[0-9A-Fa-f]{8}$/.test(s)) throw new Error(`${where}: bad hex "${s}"`);
  return Number.parseInt(s.slice(2), 16);
}

function parseDecCell(s: string, where: string, max: number): number {
  if (!/^\d+$/.test(s)) throw new Error(`${where}: bad number "${s}"`);
  const n = Number(s);
  if (n > max) throw new Error(`${where}: ${n} out of range`);
  return n;
}

function requireCell(s: string, where: string, column: string): string {
  if (s === '') throw new Error(`${where}: empty ${column}`);
  return s;
}

export interface RawRow {
  value: number;
  name: string;
  message: string;
  provenance: string;
  component?: string;
}

function sortStable<T extends { value: number }>(rows: T[]): T[] {
  return rows
    .map((r, i) => [r, i] as const)
    .sort((a, b) => a[0].value - b[0].value || a[1] - b[1])
    .map(([r]) => r);
}

function deltas(values: number[]): number[] {
  return values.map((v, i) => (i === 0 ? v : v - values[i - 1]));
}

export interface CollectedTables {
  tables: Record<TableName, RawRow[]>;
  facilities: { value: number; name: string }[];
  extend: ExtendData;
}

/**
 * Reads every TSV into sorted rows. Deterministic. Throws on malformed input (missing column,
 * bad hex, wrong field count, missing provenance).
 */
export function collectTables(tsv: ErrorTsvTexts): CollectedTables {
  const win32 = parseTsv(tsv.win32, 'win32.tsv', ['code', 'hex', 'name', 'message', 'source']).map((r, i): RawRow => {
    const where = `win32.tsv:${i + 2}`;
    const code = parseDecCell(r.code, where, 0xffffffff);
    if (parseHexCell(r.hex, where) !== code) throw new Error(`${where}: code ${r.code} and hex ${r.hex} disagree`);
    return { value: code, name: r.name, message: r.message, provenance: requireCell(r.source, where, 'source') };
  });
  const hexRows = (file: string, text: string, withName: boolean) =>
    parseTsv(text, file, withName ? ['hex', 'name', 'message', 'source'] : ['hex', 'message', 'source']).map((r, i): RawRow => {
      const where = `${file}:${i + 2}`;
      return {
        value: parseHexCell(r.hex, where),
        name: withName ? r.name : '',
        message: r.message,
        provenance: requireCell(r.source, where, 'source'),
      };
    });
  const configmgr = hexRows('configmgr.tsv', tsv.configmgr, false).map((r) => ({
    ...r,
    provenance: CONFIGMGR_PROVENANCE,
    component: r.provenance,
  }));

  const tables: Record<TableName, RawRow[]> = {
    win32: sortStable(win32),
    // wu.tsv only fills in Windows Update codes that hresult.tsv leaves without a message.
    hresult: sortStable([...hexRows('hresult.tsv', tsv.hresult, true), ...hexRows('wu.tsv', tsv.wu, true)]),
    ntstatus: sortStable(hexRows('ntstatus.tsv', tsv.ntstatus, true)),
    configmgr: sortStable(configmgr),
    setup: sortStable(hexRows('setup.tsv', tsv.setup, true)),
  };

  const facilities = sortStable(
    parseTsv(tsv.facilities, 'facilities.tsv', ['facility', 'name']).map((r, i) => ({
      value: parseDecCell(r.facility, `facilities.tsv:${i + 2}`, 0x1fff),
      name: r.name,
    })),
  );

  const extendRows = parseTsv(tsv.setupExtend, 'setup-extend.tsv', ['kind', 'hex', 'name', 'source']);
  const extendSources = new Set(extendRows.map((r) => r.source));
  if (extendSources.size !== 1) throw new Error('setup-extend.tsv: expected one source for the phase and operation tables');
  const extendOf = (kind: string) =>
    extendRows
      .filter((r) => r.kind === kind)
      .map((r, i): [number, string] => [parseHexCell(r.hex, `setup-extend.tsv (${kind} ${i + 1})`), r.name]);
  for (const [i, r] of extendRows.entries()) {
    if (r.kind !== 'phase' && r.kind !== 'operation') throw new Error(`setup-extend.tsv:${i + 2}: unknown kind "${r.kind}"`);
  }
  const pairs = parseTsv(tsv.setupPairs, 'setup-pairs.tsv', ['hex', 'extend', 'message', 'source']).map(
    (r, i): [number, number, string, string] => {
      const where = `setup-pairs.tsv:${i + 2}`;
      return [parseHexCell(r.hex, where), parseHexCell(r.extend, where), requireCell(r.message, where, 'message'), requireCell(r.source, where, 'source')];
    },
  );
  const extend: ExtendData = { phase: extendOf('phase'), operation: extendOf('operation'), pairs, src: [...extendSources][0] };
  return { tables, facilities, extend };
}

/** Splits sorted rows into runs of about `chars` characters, never between rows of one value. */
export function splitRows(rows: readonly RawRow[], chars: number): RawRow[][] {
  const shards: RawRow[][] = [];
  let current: RawRow[] = [];
  let size = 0;
  rows.forEach((r, i) => {
    const newValue = i === 0 || r.value !== rows[i - 1].value;
    if (newValue && current.length > 0 && size >= chars) {
      shards.push(current);
      current = [];
      size = 0;
    }
    current.push(r);
    size += r.name.length + r.message.length + 16;
  });
  if (current.length > 0) shards.push(current);
  return shards;
}

/** Packs rows in column form; texts used more than once go to the shard's pool, in order of first use. */
export function packRows(rows: readonly RawRow[], hasNames: boolean): { strings: string[]; rows: PackedTable } {
  const counts = new Map<string, number>();
  const firstUse: string[] = [];
  for (const r of rows) {
    for (const t of hasNames ? [r.name, r.message] : [r.message]) {
      if (t === '') continue;
      const c = counts.get(t) ?? 0;
      if (c === 0) firstUse.push(t);
      counts.set(t, c + 1);
    }
  }
  const strings: string[] = [];
  const poolIndex = new Map<string, number>();
  for (const t of firstUse) {
    // An index is worth it when it is shorter than the text it replaces.
    if ((counts.get(t) ?? 0) > 1 && JSON.stringify(t).length > String(strings.length).length) {
      poolIndex.set(t, strings.length);
      strings.push(t);
    }
  }
  const pack = (t: string): PackedText => poolIndex.get(t) ?? t;
  const indexOf = (list: string[], s: string) => {
    const i = list.indexOf(s);
    return i >= 0 ? i : list.push(s) - 1;
  };
  const src: string[] = [];
  const out: PackedTable = { v: deltas(rows.map((r) => r.value)), m: [], s: [], src };
  if (hasNames) out.n = rows.map((r) => pack(r.name));
  out.m = rows.map((r) => pack(r.message));
  out.s = rows.map((r) => indexOf(src, r.provenance));
  if (rows.some((r) => r.component !== undefined)) {
    const cs: string[] = [];
    out.c = rows.map((r) => indexOf(cs, r.component ?? ''));
    out.cs = cs;
  }
  return { strings, rows: out };
}

export interface ErrorFiles {
  index: ErrorIndexData;
  /** By shard id (`win32-0`...). */
  shards: Record<string, ValueShardData>;
  names: NameShardData[];
}

/** Builds every shipped file from the TSV texts. Deterministic: same input, same output. */
export function buildFiles(tsv: ErrorTsvTexts, options: BuildOptions = DEFAULT_BUILD_OPTIONS): ErrorFiles {
  const { tables, facilities, extend } = collectTables(tsv);
  const shards: Record<string, ValueShardData> = {};
  const starts = {} as Record<TableName, number[]>;
  const names: NameShardData[] = Array.from({ length: options.nameShards }, () => ({ format: 2, names: {} }));

  for (const table of TABLE_NAMES) {
    const hasNames = table !== 'configmgr';
    starts[table] = [];
    splitRows(tables[table], options.shardChars).forEach((rows, i) => {
      starts[table].push(rows[0].value);
      shards[`${table}-${i}`] = { format: 2, table, ...packRows(rows, hasNames) };
    });
    for (const r of tables[table]) {
      if (r.name === '') continue;
      const upper = r.name.toUpperCase();
      const shard = names[nameShardOf(upper, options.nameShards)].names;
      const values = (shard[upper] ??= []);
      if (!values.includes(r.value)) values.push(r.value);
    }
  }
  for (const shard of names) {
    const sorted: Record<string, number[]> = {};
    for (const key of Object.keys(shard.names).sort()) sorted[key] = shard.names[key].sort((a, b) => a - b);
    shard.names = sorted;
  }

  const index: ErrorIndexData = {
    format: 2,
    facilities: { v: deltas(facilities.map((r) => r.value)), n: facilities.map((r) => r.name) },
    extend,
    shards: starts,
    nameShards: options.nameShards,
  };
  return { index, shards, names };
}

/** The name of the TS module that maps shard ids to their dynamic imports. */
export const SHARD_MODULE = 'shards.ts';

/**
 * The exact text of every file in `lib/errors/generated/`, by file name: compact JSON with a
 * trailing newline, and `shards.ts`, one `import()` per shard so that bundlers emit each shard
 * as a file of its own, fetched when first needed.
 */
export function serializeFiles(files: ErrorFiles): Map<string, string> {
  const out = new Map<string, string>();
  const json = (v: unknown) => `${JSON.stringify(v)}\n`;
  out.set('index.json', json(files.index));
  const ids = Object.keys(files.shards);
  for (const id of ids) out.set(`${id}.json`, json(files.shards[id]));
  files.names.forEach((n, i) => out.set(`names-${i}.json`, json(n)));
  const entry = (id: string) => `  '${id}': () => import('./${id}.json'),`;
  out.set(
    SHARD_MODULE,
    [
      '// Generated by scripts/build-error-table.ts from data/errdata/*.tsv; do not edit.',
      '// One dynamic import per shard: each is a file of its own, fetched the first time a lookup needs it.',
      '',
      'export const VALUE_SHARDS: Readonly<Record<string, () => Promise<unknown>>> = {',
      ...ids.map(entry),
      '};',
      '',
      'export const NAME_SHARDS: readonly (() => Promise<unknown>)[] = [',
      ...files.names.map((_, i) => `  () => import('./names-${i}.json'),`),
      '];',
      '',
    ].join('\n'),
  );
  return out;
}
