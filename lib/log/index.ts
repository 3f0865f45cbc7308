export { decodeLogBytes } from './decode';
export { parseLog } from './parse';
export type { LogRecord, Severity } from './record';
export { findCodes, CODE_CONTEXT_WORDS, CONTEXT_FREE_CODE, type CodeHit } from './codes';
export { isKnownComponent, knownComponents } from './components';
