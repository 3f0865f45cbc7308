/**
 * Types shared by the error-code builder, loader and decoder.
 *
 * `ErrorTableData` is the shape of `table.generated.json` (what the app ships);
 * `ErrorTable` is the in-memory lookup structure built from it once.
 */

/**
 * A text cell in the shipped JSON: either the literal text, or (a number) an index into
 * `ErrorTableData.strings`, the pool of texts that occur more than once.
 * The empty string means "no text".
 */
export type PackedText = string | number;

/** One code table in column form; all arrays have the same length (one entry per row). */
export interface PackedTable {
  /** Code values, delta-encoded: the first is absolute, each next one is the difference to the previous (rows are sorted by value, so never negative). */
  v: number[];
  /** Names (`ERROR_*`, `E_*`, `STATUS_*`...). Absent for tables without names (configmgr). */
  n?: PackedText[];
  /** Messages. */
  m: PackedText[];
  /** Per-row index into `src`. Absent for tables whose source column is not shipped. */
  s?: number[];
  /** The distinct values of the TSV `source` column, in order of first appearance. */
  src?: string[];
}

export interface ErrorTableData {
  /** Format version of this JSON. */
  format: 1;
  /** Texts used more than once, referenced by index from `PackedText` cells. */
  strings: string[];
  /** facilities.tsv: `v` = facility numbers (delta-encoded), `n` = names. Some numbers appear twice. */
  facilities: { v: number[]; n: string[] };
  win32: PackedTable;
  hresult: PackedTable;
  ntstatus: PackedTable;
  configmgr: PackedTable;
}

/** One row of a code table, unpacked. */
export interface TableEntry {
  name: string | null;
  message: string | null;
  /** The TSV `source` column (provenance tag, or for configmgr the component), when shipped. */
  source: string | null;
}

export type EntryMap = ReadonlyMap<number, readonly TableEntry[]>;

/** Lookup maps keyed by the unsigned 32-bit value (Win32: by code). Rows keep the TSV order. */
export interface ErrorTable {
  win32: EntryMap;
  hresult: EntryMap;
  ntstatus: EntryMap;
  configmgr: EntryMap;
  facilities: ReadonlyMap<number, readonly string[]>;
}

/**
 * Which table / API family a meaning comes from.
 * `winhttp`, `wininet` and `msi` are Win32 codes whose wording comes from the WinHTTP,
 * WinINet or Windows Installer documentation.
 */
export type MeaningKind = 'win32' | 'winhttp' | 'wininet' | 'msi' | 'hresult' | 'ntstatus' | 'configmgr';

export interface Meaning {
  kind: MeaningKind;
  name: string | null;
  message: string | null;
  /** Where the text applies, when narrower than `kind` (e.g. 'BITS', 'Windows Update Agent', 'Configuration Manager'). */
  source?: string;
  /** How the value was unwrapped to reach this entry, e.g. 'Win32 12175 wrapped in HRESULT_FROM_WIN32'. */
  via?: string;
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
}

export interface CodeSummary {
  /** Same as `DecodedCode.hex`. */
  code: string;
  /** Best name, or null when no table gives one. */
  name: string | null;
  /** Best message; never empty. */
  message: string;
}
