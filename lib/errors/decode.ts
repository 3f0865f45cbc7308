/**
 * Decoding an error code against the tables: every meaning the tables give, most relevant
 * first, plus the HRESULT bit-field breakdown. Pure; the table is passed in.
 *
 * Where each meaning comes from (data/errdata/SOURCES.md, "Decoding a code"):
 * - 0-65535: a Win32 code (win32.tsv by code), then exact HRESULT / NTSTATUS rows for the same
 *   value (0 is also S_OK and STATUS_SUCCESS).
 * - Larger values, exact rows of configmgr.tsv (0x87D0xxxx...), hresult.tsv and ntstatus.tsv, plus:
 *   - 0x8007xxxx (HRESULT_FROM_WIN32): the Win32 code `value & 0xFFFF`, including WinHTTP/WinINet
 *     12xxx codes, with every name the Win32 table has for it;
 *   - bit 28 set (HRESULT_FROM_NT, 0xD... / 0x9...): the NTSTATUS with bit 28 cleared.
 *   The tables overlap (0x80000005 is STATUS_BUFFER_OVERFLOW and, as an HRESULT, facility 0
 *   code 5), so all are listed, labelled by `kind`; NTSTATUS rows come first when the value has
 *   NTSTATUS shape (bit 30 set: 0xC... error, 0x4... informational, and no FACILITY_NT_BIT),
 *   HRESULT-family rows first otherwise.
 * - setup.tsv: Windows Setup result codes (0xC19xxxxx, with their MOSETUP_E_* names) come first;
 *   what the upgrade pages say of other codes (0x80070020 during an upgrade) comes last.
 * - An extend code after the result code (`0xC1900101 - 0x4000D`) is read as the upgrade page
 *   documents it: first of its five digits the phase, last two the operation.
 * `lookupKeys` lists every (table, key) a decode reads, so that a table loaded shard by shard
 * can fetch exactly those first.
 */
import { formatHex, parseCode, parseCodeInput } from './parse';
import type {
  CodeBreakdown,
  CodeSummary,
  DecodedCode,
  ErrorTable,
  ExtendDecoded,
  Meaning,
  MeaningKind,
  NtSeverity,
  TableEntry,
  TableName,
} from './types';

const FACILITY_NT_BIT = 0x1000_0000;
/** High word of HRESULT_FROM_WIN32 values: severity failure, facility 7 (FACILITY_WIN32). */
const HRESULT_FROM_WIN32_HIGH = 0x8007;
const FACILITY_ITF = 4;
const NT_SEVERITIES: readonly NtSeverity[] = ['success', 'informational', 'warning', 'error'];
/** Win32 names of success codes (ERROR_SUCCESS, ERROR_SUCCESS_REBOOT_REQUIRED, NERR_Success...). */
const WIN32_SUCCESS_NAME = /^(ERROR|NERR)_SUCCESS/i;

/** win32.tsv `source` tags whose wording is specific to an API family. */
const WIN32_KIND_BY_SOURCE: Readonly<Record<string, MeaningKind>> = {
  'msdocs-winhttp': 'winhttp',
  'msdocs-wininet': 'wininet',
  'msdocs-msi': 'msi',
};
/** hresult.tsv `source` tags of component-specific pages, as display labels. */
const HRESULT_SOURCE_LABEL: Readonly<Record<string, string>> = {
  'msdocs-bits': 'BITS',
  'msdocs-wua': 'Windows Update Agent',
  'msdocs-do': 'Delivery Optimization',
  'msdocs-schannel': 'Schannel (TLS/SSL alerts)',
};

/** The (table, key) pairs `decodeCode` reads for a value; the loader fetches their shards first. */
export function lookupKeys(value: number): { table: TableName; key: number }[] {
  const keys: { table: TableName; key: number }[] = [];
  if (value <= 0xffff) keys.push({ table: 'win32', key: value });
  else if (value >>> 16 === HRESULT_FROM_WIN32_HIGH) keys.push({ table: 'win32', key: value & 0xffff });
  keys.push({ table: 'hresult', key: value }, { table: 'ntstatus', key: value }, { table: 'configmgr', key: value }, { table: 'setup', key: value });
  if (value > 0xffff && (value & FACILITY_NT_BIT) !== 0) keys.push({ table: 'ntstatus', key: (value & ~FACILITY_NT_BIT) >>> 0 });
  return keys;
}

function meaning(kind: MeaningKind, e: TableEntry, extra: { source?: string; via?: string }): Meaning {
  return {
    kind,
    name: e.name,
    message: e.message,
    ...(extra.source ? { source: extra.source } : {}),
    ...(extra.via ? { via: extra.via } : {}),
    provenance: e.provenance,
  };
}

function win32Meanings(table: ErrorTable, code: number, via?: string): Meaning[] {
  return (table.win32.get(code) ?? []).map((e) => meaning(WIN32_KIND_BY_SOURCE[e.provenance] || 'win32', e, { via }));
}

function hresultMeanings(table: ErrorTable, value: number): Meaning[] {
  return (table.hresult.get(value) ?? []).map((e) => meaning('hresult', e, { source: HRESULT_SOURCE_LABEL[e.provenance] }));
}

function ntstatusMeanings(table: ErrorTable, value: number, via?: string): Meaning[] {
  return (table.ntstatus.get(value) ?? []).map((e) => meaning('ntstatus', e, { via }));
}

function configmgrMeanings(table: ErrorTable, value: number): Meaning[] {
  return (table.configmgr.get(value) ?? []).map((e) => meaning('configmgr', e, { source: e.component }));
}

/** Windows Setup result codes (named rows), and what the upgrade pages say of other codes (unnamed rows). */
function setupMeanings(table: ErrorTable, value: number): { named: Meaning[]; contextual: Meaning[] } {
  const rows = table.setup.get(value) ?? [];
  const named = rows.filter((e) => e.name).map((e) => meaning('setup', e, {}));
  const contextual = rows.filter((e) => !e.name).map((e) => meaning('setup', e, { source: 'during a Windows upgrade' }));
  return { named, contextual };
}

/** The extend code read as the upgrade page documents it. */
export function decodeExtend(table: ErrorTable, value: number, extend: number): ExtendDecoded {
  const phase = extend >>> 16;
  const operation = extend & 0xff;
  return {
    value: extend,
    hex: '0x' + extend.toString(16).toUpperCase().padStart(5, '0'),
    phase: { value: phase, name: table.extend.phases.get(phase) ?? null },
    operation: { value: operation, name: table.extend.operations.get(operation) ?? null },
    causes: [...(table.extend.pairs.get(`${value}:${extend}`) ?? [])],
    provenance: table.extend.provenance,
  };
}

function isWin32Success(table: ErrorTable, code: number): boolean {
  if (code === 0) return true;
  return (table.win32.get(code) ?? []).some((e) => e.name !== null && WIN32_SUCCESS_NAME.test(e.name));
}

function breakdownOf(table: ErrorTable, value: number): CodeBreakdown {
  const facility = (value >>> 16) & 0x1fff;
  return {
    severity: value >>> 31 ? 'failure' : 'success',
    ntSeverity: NT_SEVERITIES[value >>> 30],
    customer: (value & 0x2000_0000) !== 0,
    ntBit: (value & FACILITY_NT_BIT) !== 0,
    facility,
    facilityNames: [...(table.facilities.get(facility) ?? [])],
    code: value & 0xffff,
  };
}

/**
 * Decodes a code in any form `parseCode` accepts, optionally followed by a Windows Setup extend
 * code (`0xC1900101 - 0x20017`). Returns null when the input is not a code (see
 * `parseCodeInput` for what it is instead). Values no table knows still get a breakdown
 * (severity, facility, code) and empty `meanings`.
 */
export function decodeCode(table: ErrorTable, input: string | number): DecodedCode | null {
  let value: number;
  let extend: number | undefined;
  if (typeof input === 'number') {
    const parsed = parseCode(input);
    if (parsed === null) return null;
    value = parsed;
  } else {
    const parsed = parseCodeInput(input);
    if (parsed.kind !== 'code') return null;
    ({ value, extend } = parsed);
  }
  const hex = formatHex(value);
  const breakdown = breakdownOf(table, value);
  const notes: string[] = [];
  let meanings: Meaning[];
  let success: boolean;
  const setup = setupMeanings(table, value);

  if (value <= 0xffff) {
    meanings = [...win32Meanings(table, value), ...hresultMeanings(table, value), ...ntstatusMeanings(table, value)];
    success = isWin32Success(table, value);
  } else {
    const hresultFamily = [...setup.named, ...configmgrMeanings(table, value)];
    if (value >>> 16 === HRESULT_FROM_WIN32_HIGH) {
      // HRESULT_FROM_WIN32 values are defined by their Win32 code, and that wording is what
      // technicians know from CMTrace (0x80070005 "Access is denied."): it comes first.
      const code = value & 0xffff;
      hresultFamily.push(...win32Meanings(table, code, `Win32 ${code} wrapped in HRESULT_FROM_WIN32`));
    }
    hresultFamily.push(...hresultMeanings(table, value));
    if (breakdown.ntBit) {
      const nt = (value & ~FACILITY_NT_BIT) >>> 0;
      hresultFamily.push(...ntstatusMeanings(table, nt, `NTSTATUS ${formatHex(nt)} wrapped in HRESULT_FROM_NT`));
    }
    const ntstatus = ntstatusMeanings(table, value);
    const ntShape = (value & 0x4000_0000) !== 0 && !breakdown.ntBit;
    meanings = ntShape && setup.named.length === 0 ? [...ntstatus, ...hresultFamily] : [...hresultFamily, ...ntstatus];

    success = breakdown.severity === 'success';
    if (value >>> 16 === HRESULT_FROM_WIN32_HIGH && isWin32Success(table, value & 0xffff)) {
      // e.g. 0x80070BC2 = HRESULT_FROM_WIN32(ERROR_SUCCESS_REBOOT_REQUIRED): a failure-shaped
      // HRESULT that reports success.
      success = true;
      notes.push(`HRESULT_FROM_WIN32 of Win32 success code ${value & 0xffff}: the operation succeeded.`);
    }
    if (ntstatus.length > 0 && hresultFamily.some((m) => !m.via)) {
      notes.push(
        'This value is in more than one table: NTSTATUS values come from kernel and driver APIs, HRESULTs from COM, WMI and ConfigMgr; which applies depends on the component that logged it.',
      );
    }
    if (breakdown.facility === FACILITY_ITF && breakdown.severity === 'failure' && !breakdown.customer && !breakdown.ntBit) {
      notes.push(
        'FACILITY_ITF codes are defined by the interface that returned them; the same value can mean something else in another component.',
      );
    }
  }

  meanings = [...meanings, ...setup.contextual];
  const decoded: DecodedCode = { value, hex, success, meanings, breakdown, notes };
  if (extend !== undefined) decoded.extend = decodeExtend(table, value, extend);
  return decoded;
}

/** The breakdown in words, e.g. "failure, facility FACILITY_WIN32 (7), code 0x0005"; for 0-65535 "Win32 error N". */
export function describeBreakdown(decoded: DecodedCode): string {
  if (decoded.value <= 0xffff) return `Win32 error ${decoded.value}`;
  const b = decoded.breakdown;
  const names = b.facilityNames.length > 0 ? b.facilityNames.join(' / ') : 'unknown';
  let s = `${b.severity}, facility ${names} (${b.facility}), code 0x${b.code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (b.customer) s += ', customer-defined';
  if (b.ntBit) s += ', NTSTATUS wrapped by HRESULT_FROM_NT';
  return s;
}

/**
 * One line for lists and the CLI JSON: the first name and the first message among the meanings
 * (most relevant first). When no table has text, the message is built from the breakdown:
 * "Unknown code: failure, facility FACILITY_DEPLOYMENT_SERVICES_PXE (263), code 0x010C".
 */
export function codeSummary(decoded: DecodedCode): CodeSummary {
  const name = decoded.meanings.find((m) => m.name)?.name ?? null;
  let message =
    decoded.meanings.find((m) => m.message)?.message ??
    (decoded.meanings.length > 0
      ? `No description in the error tables: ${describeBreakdown(decoded)}`
      : `Unknown code: ${describeBreakdown(decoded)}`);
  // 0x80040101 reads as an OLE drag-and-drop error in the tables, yet ConfigMgr returns it for
  // its own reasons: one line must not pass the COM wording off as the answer.
  if (isInterfaceSpecific(decoded) && decoded.meanings[0]?.kind === 'hresult') {
    message = `Interface-specific code (FACILITY_ITF): the component that logged it defines it. The COM tables say: ${message}`;
  }
  return { code: decoded.hex, name, message };
}

function isInterfaceSpecific(decoded: DecodedCode): boolean {
  const b = decoded.breakdown;
  return decoded.value > 0xffff && b.facility === FACILITY_ITF && b.severity === 'failure' && !b.customer && !b.ntBit;
}
