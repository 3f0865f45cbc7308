export { decodeLogBytes } from './decode';
export { parseLog } from './parse';
export type { LogRecord, Severity } from './record';
export { findCodes, type CodeHit } from './codes';
export { isKnownComponent, knownComponents } from './components';
