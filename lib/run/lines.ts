import type { LogRecord } from '../log';

// In a log without severities (a pasted excerpt, a plain text log), these words mark an error;
// a count of none does not.
const ERROR_WORDS = /\b(?:error|failed|failure)\b/i;
const NO_ERROR = /\b(?:0|no) (?:errors?|failures?)\b|\berrors? ?= ?0\b|without error/i;

/** An error record: CMTrace type 3 or Setup's "Error" where the log has severities, else by its words. */
export function isErrorRecord(r: LogRecord): boolean {
  if (r.severity !== null) return r.severity === 'error';
  return ERROR_WORDS.test(r.text) && !NO_ERROR.test(r.text);
}
import type { LineRef } from './types';

/** Evidence lines in the run story are cut: a 5 MB record must not travel to the page whole. */
export const MAX_LINE_TEXT = 500;

export function lineRef(r: LogRecord): LineRef {
  return { file: r.file, line: r.line, time: r.time, severity: r.severity, text: r.text.length > MAX_LINE_TEXT ? `${r.text.slice(0, MAX_LINE_TEXT)}…` : r.text };
}

/** A code as 0x + 8 upper-case hex digits, from unsigned or signed decimal or hex digits. */
export function hexCode(value: string, radix: 10 | 16): string | null {
  const n = radix === 16 ? Number.parseInt(value, 16) : Number(value);
  if (!Number.isFinite(n) || !Number.isInteger(n) || n < -0x80000000 || n > 0xffffffff) return null;
  return `0x${(n >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

/** The file name without the folders of a zip bundle or a path. */
export function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}
