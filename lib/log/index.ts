export { decodeLogBytes } from './decode';
export { parseLog } from './parse';
export type { LogRecord, Severity } from './record';
export { findCodes, CODE_HINTS, ALL_CODE_HINTS, type CodeHit } from './codes';
export { isKnownComponent, knownComponents } from './components';
export { openInputs, uniqueNames, notATextLog, MAX_FILE_BYTES, MAX_TOTAL_BYTES, type TextInput, type SkippedInput } from './inputs';
