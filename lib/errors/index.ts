export type {
  CodeBreakdown,
  CodeSummary,
  DecodedCode,
  EntryMap,
  ErrorIndexData,
  ErrorTable,
  ExtendDecoded,
  Meaning,
  MeaningKind,
  NameShardData,
  NtSeverity,
  PackedTable,
  PackedText,
  Severity,
  TableEntry,
  TableName,
  ValueShardData,
} from './types';
export { formatHex, parseCode, parseCodeInput, type CodeInput } from './parse';
export { codeSummary, decodeCode, decodeExtend, describeBreakdown, lookupKeys } from './decode';
export { addValueShard, createEmptyTable, createErrorTable, shardIdFor } from './table';
export { loadErrorTable, loadErrorTableFor, lookup, shardsForValues, valuesOfName, type LookupResult } from './load';
export { normalizeName } from './names';
export { SOURCES, sourceRef, sourcesOf, type SourceRef } from './sources';
