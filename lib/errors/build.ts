/**
 * Turns the TSV tables of `data/errdata/` into the compact JSON the app ships
 * (`table.generated.json`). Pure: the caller reads the files and writes the result.
 *
 * Format (see `ErrorTableData`): one column-oriented `PackedTable` per TSV, rows sorted by
 * value (stable, so rows sharing a value keep the TSV order), values delta-encoded, and texts
 * that occur more than once stored once in `strings` and referenced by index.
 */
import type { ErrorTableData, PackedTable, PackedText } from './types';

export interface ErrorTsvTexts {
  win32: string;
  hresult: string;
  ntstatus: string;
  facilities: string;
  configmgr: string;
}

/** The TSV files `buildTable` needs, by key, as named in `data/errdata/`. */
export const ERROR_TSV_FILES: Readonly<Record<keyof ErrorTsvTexts, string>> = {
  win32: 'win32.tsv',
  hresult: 'hresult.tsv',
  ntstatus: 'ntstatus.tsv',
  facilities: 'facilities.tsv',
  configmgr: 'configmgr.tsv',
};

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

interface RawRow {
  value: number;
  name?: string;
  message: string;
  source?: string;
}

interface RawTable {
  rows: RawRow[];
  hasNames: boolean;
  hasSources: boolean;
}

function sortStable(rows: RawRow[]): RawRow[] {
  return rows
    .map((r, i) => [r, i] as const)
    .sort((a, b) => a[0].value - b[0].value || a[1] - b[1])
    .map(([r]) => r);
}

function deltas(values: number[]): number[] {
  return values.map((v, i) => (i === 0 ? v : v - values[i - 1]));
}

/**
 * Builds the shipped table from the TSV texts. Deterministic: same input, same output.
 * Throws on malformed input (missing column, bad hex, wrong field count).
 */
export function buildTable(tsv: ErrorTsvTexts): ErrorTableData {
  const win32Rows = parseTsv(tsv.win32, 'win32.tsv', ['code', 'hex', 'name', 'message', 'source']).map(
    (r, i): RawRow => {
      const where = `win32.tsv:${i + 2}`;
      const code = parseDecCell(r.code, where, 0xffffffff);
      if (parseHexCell(r.hex, where) !== code) throw new Error(`${where}: code ${r.code} and hex ${r.hex} disagree`);
      return { value: code, name: r.name, message: r.message, source: r.source };
    },
  );
  const hexRows = (file: string, text: string, withName: boolean) =>
    parseTsv(text, file, withName ? ['hex', 'name', 'message', 'source'] : ['hex', 'message', 'source']).map(
      (r, i): RawRow => ({
        value: parseHexCell(r.hex, `${file}:${i + 2}`),
        name: withName ? r.name : undefined,
        message: r.message,
        source: r.source,
      }),
    );

  const tables: Record<'win32' | 'hresult' | 'ntstatus' | 'configmgr', RawTable> = {
    // Win32: source tells WinHTTP / WinINet / Windows Installer wording apart (shown as the meaning's kind).
    win32: { rows: sortStable(win32Rows), hasNames: true, hasSources: true },
    // HRESULT: source labels BITS / WUA / Delivery Optimization / Schannel rows.
    hresult: { rows: sortStable(hexRows('hresult.tsv', tsv.hresult, true)), hasNames: true, hasSources: true },
    // NTSTATUS: source is provenance only (ms-wpts / mingw-w64); not shipped.
    ntstatus: { rows: sortStable(hexRows('ntstatus.tsv', tsv.ntstatus, true)), hasNames: true, hasSources: false },
    // ConfigMgr: source is the component that raises the code; shipped for display.
    configmgr: { rows: sortStable(hexRows('configmgr.tsv', tsv.configmgr, false)), hasNames: false, hasSources: true },
  };

  const facilityRows = parseTsv(tsv.facilities, 'facilities.tsv', ['facility', 'name'])
    .map((r, i) => ({ value: parseDecCell(r.facility, `facilities.tsv:${i + 2}`, 0x1fff), name: r.name }))
    .map((r, i) => [r, i] as const)
    .sort((a, b) => a[0].value - b[0].value || a[1] - b[1])
    .map(([r]) => r);

  // Texts used more than once go to the shared pool, in order of first use (deterministic).
  const order = ['win32', 'hresult', 'ntstatus', 'configmgr'] as const;
  const counts = new Map<string, number>();
  const firstUse: string[] = [];
  for (const key of order) {
    for (const r of tables[key].rows) {
      for (const t of [r.name, r.message]) {
        if (t === undefined || t === '') continue;
        const c = counts.get(t) ?? 0;
        if (c === 0) firstUse.push(t);
        counts.set(t, c + 1);
      }
    }
  }
  const strings: string[] = [];
  const poolIndex = new Map<string, number>();
  for (const t of firstUse) {
    const inlineCost = JSON.stringify(t).length;
    // An index is worth it when it is shorter than the text it replaces.
    if ((counts.get(t) ?? 0) > 1 && inlineCost > String(strings.length).length) {
      poolIndex.set(t, strings.length);
      strings.push(t);
    }
  }
  const pack = (t: string): PackedText => poolIndex.get(t) ?? t;

  const packTable = ({ rows, hasNames, hasSources }: RawTable): PackedTable => {
    const out: PackedTable = { v: deltas(rows.map((r) => r.value)) } as PackedTable;
    if (hasNames) out.n = rows.map((r) => pack(r.name ?? ''));
    out.m = rows.map((r) => pack(r.message));
    if (hasSources) {
      const src: string[] = [];
      out.s = rows.map((r) => {
        const s = r.source ?? '';
        let i = src.indexOf(s);
        if (i < 0) i = src.push(s) - 1;
        return i;
      });
      out.src = src;
    }
    return out;
  };

  return {
    format: 1,
    strings,
    facilities: { v: deltas(facilityRows.map((r) => r.value)), n: facilityRows.map((r) => r.name) },
    win32: packTable(tables.win32),
    hresult: packTable(tables.hresult),
    ntstatus: packTable(tables.ntstatus),
    configmgr: packTable(tables.configmgr),
  };
}

/**
 * The exact text written to `table.generated.json`: compact JSON, one top-level key per line
 * (readable `git diff --stat`, negligible size cost), trailing newline.
 */
export function serializeTable(data: ErrorTableData): string {
  const keys = Object.keys(data) as (keyof ErrorTableData)[];
  return `{\n${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(data[k])}`).join(',\n')}\n}\n`;
}
