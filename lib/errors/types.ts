/**
 * Types shared by the error-code builder, loader and decoder.
 *
 * `ErrorIndexData`, `ValueShardData` and `NameShardData` are the shapes of the files in `generated/`
 * (what the app ships, fetched on demand);
 * `ErrorTable` is the in-memory lookup structure built from it once.
 */

/**
 * A text cell in the shipped JSON: either the literal text, or (a number) an index into the
 * shard's `strings`, the pool of texts that occur more than once in that shard.
 * The empty string means "no text".
 */
export type PackedText = string | number;

/** The code tables, as named in the shipped files. */
export type TableName = 'win32' | 'hresult' | 'ntstatus' | 'configmgr' | 'setup';
export const TABLE_NAMES: readonly TableName[] = ['win32', 'hresult', 'ntstatus', 'configmgr', 'setup'];

/** Rows of one code table in column form; all arrays have the same length (one entry per row). */
export interface PackedTable {
  /** Code values, delta-encoded: the first is absolute, each next one is the difference to the previous (rows are sorted by value, so never negative). */
  v: number[];
  /** Names (`ERROR_*`, `E_*`, `STATUS_*`...). Absent for tables without names (configmgr). */
  n?: PackedText[];
  /** Messages. */
  m: PackedText[];
  /** Per-row index into `src`: where the row comes from. */
  s: number[];
  /** Provenance tags (`msdocs-win32`, `mingw-w64`...; see sources.ts), in order of first appearance. */
  src: string[];
  /** Per-row index into `cs`: the component that raises the code (configmgr only). */
  c?: number[];
  cs?: string[];
}

/** One file of rows: a run of consecutive values of one table (rows sharing a value are never split). */
export interface ValueShardData {
  format: 2;
  table: TableName;
  /** Texts used more than once in this shard, referenced by index from `PackedText` cells. */
  strings: string[];
  rows: PackedTable;
}

/** One file of the name index: upper-cased symbolic name -> the values that carry it (ascending). */
export interface NameShardData {
  format: 2;
  names: Record<string, number[]>;
}

/** The Windows Setup extend-code tables (small; shipped in the index). */
export interface ExtendData {
  /** [phase number, name], e.g. [4, 'SP_EXECUTION_OOBE_BOOT']. */
  phase: [number, string][];
  /** [operation number, name], e.g. [0x0d, 'SP_EXECUTION_OP_MIGRATE_DATA']. */
  operation: [number, string][];
  /** Documented result + extend pairs: [result code, extend code, cause, provenance tag]. */
  pairs: [number, number, string, string][];
  /** Provenance tag of the phase and operation tables. */
  src: string;
}

/** `generated/index.json`: what the first lookup needs besides one or two shards. */
export interface ErrorIndexData {
  format: 2;
  /** facilities.tsv: `v` = facility numbers (delta-encoded), `n` = names. Some numbers appear twice. */
  facilities: { v: number[]; n: string[] };
  extend: ExtendData;
  /** Per table, the first value of each of its shards; shard `i` of table `t` is the file `t-i.json`. */
  shards: Record<TableName, number[]>;
  /** Number of name-index shards (`names-i.json`); a name's shard is `nameShardOf(name, count)`. */
  nameShards: number;
}

/** One row of a code table, unpacked. */
export interface TableEntry {
  name: string | null;
  message: string | null;
  /** Provenance tag of the row (a key of SOURCES in sources.ts). */
  provenance: string;
  /** The component that raises the code, when the source names it (configmgr: 'Configuration Manager'). */
  component?: string;
}

export type EntryMap = ReadonlyMap<number, readonly TableEntry[]>;

export interface ExtendTable {
  phases: ReadonlyMap<number, string>;
  operations: ReadonlyMap<number, string>;
  /** Key: `${result}:${extend}`. */
  pairs: ReadonlyMap<string, readonly { message: string; provenance: string }[]>;
  provenance: string;
}

/**
 * Lookup maps keyed by the unsigned 32-bit value (Win32: by code). Rows keep the TSV order.
 * A table loaded on demand holds only the shards loaded so far: `lookupKeys` says which keys a
 * decode reads, so the loader fetches exactly those shards first.
 */
export interface ErrorTable {
  win32: EntryMap;
  hresult: EntryMap;
  ntstatus: EntryMap;
  configmgr: EntryMap;
  setup: EntryMap;
  facilities: ReadonlyMap<number, readonly string[]>;
  extend: ExtendTable;
}

/**
 * Which table / API family a meaning comes from.
 * `winhttp`, `wininet` and `msi` are Win32 codes whose wording comes from the WinHTTP,
 * WinINet or Windows Installer documentation; `setup` is a Windows Setup (upgrade) result code,
 * or the upgrade documentation's reading of another code.
 */
export type MeaningKind = 'win32' | 'winhttp' | 'wininet' | 'msi' | 'hresult' | 'ntstatus' | 'configmgr' | 'setup';

export interface Meaning {
  kind: MeaningKind;
  name: string | null;
  message: string | null;
  /** Where the text applies, when narrower than `kind` (e.g. 'BITS', 'Windows Update Agent', 'Configuration Manager'). */
  source?: string;
  /** How the value was unwrapped to reach this entry, e.g. 'Win32 12175 wrapped in HRESULT_FROM_WIN32'. */
  via?: string;
  /** Provenance tag of the entry (a key of SOURCES in sources.ts). */
  provenance: string;
}

/** A Windows Setup extend code (`0xC1900101 - 0x4000D`) read as its phase and operation. */
export interface ExtendDecoded {
  /** The extend value, e.g. 0x4000D. */
  value: number;
  /** '0x' + at least 5 upper-case hex digits, as Setup prints it ('0x4000D'). */
  hex: string;
  /** First digit of the five (`value >> 16`) and its name in the documented table, null when the table has none. */
  phase: { value: number; name: string | null };
  /** Last two digits (`value & 0xFF`) and its name, null when the table has none. */
  operation: { value: number; name: string | null };
  /** What the documentation says this result + extend pair means, when it lists the pair. */
  causes: { message: string; provenance: string }[];
  /** Provenance tag of the phase and operation tables. */
  provenance: string;
}

/** HRESULT severity bit (bit 31). */
export type Severity = 'success' | 'failure';
/** NTSTATUS severity (top two bits). */
export type NtSeverity = 'success' | 'informational' | 'warning' | 'error';

export interface CodeBreakdown {
  /** Bit 31 read as an HRESULT: 0 = success, 1 = failure. */
  severity: Severity;
  /** Bits 31-30 read as an NTSTATUS: 00 success, 01 informational, 10 warning, 11 error. */
  ntSeverity: NtSeverity;
  /** Bit 29: customer-defined code. */
  customer: boolean;
  /** Bit 28 (FACILITY_NT_BIT): an NTSTATUS wrapped by HRESULT_FROM_NT. */
  ntBit: boolean;
  /** `(value >> 16) & 0x1FFF` (HRESULT_FACILITY); 4096 higher when `ntBit` is set. */
  facility: number;
  /** Names of `facility` from facilities.tsv (may be empty, or hold two names). */
  facilityNames: string[];
  /** `value & 0xFFFF`. */
  code: number;
}

export interface DecodedCode {
  /** Unsigned 32-bit value. */
  value: number;
  /** '0x' + 8 upper-case hex digits. */
  hex: string;
  /** The code reports success (including "success, restart required" codes that logs print as errors). */
  success: boolean;
  /** Every table entry for the value, most relevant first. Empty when no table knows it. */
  meanings: Meaning[];
  breakdown: CodeBreakdown;
  /** Caveats for display (e.g. interface-specific FACILITY_ITF codes). */
  notes: string[];
  /** The extend code typed after the result code (`0xC1900101 - 0x20017`), decoded. */
  extend?: ExtendDecoded;
}

export interface CodeSummary {
  /** Same as `DecodedCode.hex`. */
  code: string;
  /** Best name, or null when no table gives one. */
  name: string | null;
  /** Best message; never empty. */
  message: string;
}
