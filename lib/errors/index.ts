export type {
  CodeBreakdown,
  CodeSummary,
  DecodedCode,
  EntryMap,
  ErrorTable,
  ErrorTableData,
  Meaning,
  MeaningKind,
  NtSeverity,
  PackedTable,
  PackedText,
  Severity,
  TableEntry,
} from './types';
export { formatHex, parseCode } from './parse';
export { codeSummary, decodeCode, describeBreakdown } from './decode';
export { createErrorTable } from './table';
export { loadErrorTable } from './load';
