/**
 * Unpacks the shipped JSON (`ErrorTableData`) into lookup maps (`ErrorTable`). Pure.
 */
import type { EntryMap, ErrorTable, ErrorTableData, PackedTable, PackedText, TableEntry } from './types';

function undelta(v: readonly number[]): number[] {
  const out: number[] = new Array(v.length);
  let acc = 0;
  for (let i = 0; i < v.length; i++) {
    acc = i === 0 ? v[0] : acc + v[i];
    out[i] = acc;
  }
  return out;
}

function unpackTable(t: PackedTable, strings: readonly string[], name: string): EntryMap {
  const values = undelta(t.v);
  const len = values.length;
  if (t.m.length !== len || (t.n && t.n.length !== len) || (t.s && t.s.length !== len)) {
    throw new Error(`error table "${name}": column lengths differ`);
  }
  const text = (p: PackedText | undefined): string | null => {
    if (p === undefined) return null;
    const s = typeof p === 'number' ? strings[p] : p;
    if (s === undefined) throw new Error(`error table "${name}": bad string index ${p}`);
    return s === '' ? null : s;
  };
  const map = new Map<number, TableEntry[]>();
  for (let i = 0; i < len; i++) {
    const entry: TableEntry = {
      name: text(t.n?.[i]),
      message: text(t.m[i]),
      source: t.s && t.src ? (t.src[t.s[i]] ?? null) : null,
    };
    const list = map.get(values[i]);
    if (list) list.push(entry);
    else map.set(values[i], [entry]);
  }
  return map;
}

/** Builds the lookup maps from the shipped JSON. Throws if the data is not in the expected format. */
export function createErrorTable(data: ErrorTableData): ErrorTable {
  if (!data || data.format !== 1) throw new Error('error table: unsupported format');
  const facilities = new Map<number, string[]>();
  undelta(data.facilities.v).forEach((f, i) => {
    const list = facilities.get(f);
    if (list) list.push(data.facilities.n[i]);
    else facilities.set(f, [data.facilities.n[i]]);
  });
  return {
    win32: unpackTable(data.win32, data.strings, 'win32'),
    hresult: unpackTable(data.hresult, data.strings, 'hresult'),
    ntstatus: unpackTable(data.ntstatus, data.strings, 'ntstatus'),
    configmgr: unpackTable(data.configmgr, data.strings, 'configmgr'),
    facilities,
  };
}
