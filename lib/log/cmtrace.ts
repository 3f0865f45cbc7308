import type { Severity } from './record';
import { cmtraceTimestamp } from './time';

export const CMTRACE_OPEN = '<![LOG[';
export const CMTRACE_CLOSE = ']LOG]!>';

export interface CmtraceFields {
  component: string | null;
  time: string | null;
  severity: Severity | null;
  thread: string | null;
}

export interface CmtraceTrailer extends CmtraceFields {
  /** Offset just past the trailer's closing `>` (or where reading stopped). */
  end: number;
}

/** Offset where the message text starts when `line` begins with `<![LOG[`, else -1. */
export function cmtraceTextStart(line: string): number {
  if (line.startsWith(CMTRACE_OPEN)) return CMTRACE_OPEN.length;
  // Tolerate indentation (pasted excerpts) without scanning long lines for the marker.
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i > 0 && line.startsWith(CMTRACE_OPEN, i) ? i + CMTRACE_OPEN.length : -1;
}

/**
 * type="1|2|3" is informational/warning/error. type="0" is what ConfigMgr writes for verbose
 * lines, which CMTrace shows like informational ones, so it is info rather than unknown.
 */
export function cmtraceSeverity(type: string | undefined): Severity | null {
  switch (type) {
    case '0':
    case '1':
      return 'info';
    case '2':
      return 'warning';
    case '3':
      return 'error';
    default:
      return null;
  }
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 45;
}

// Consecutive records nearly always share time and date strings; remembering the last
// conversion saves a regex and a string build per record on large logs.
let lastTime: string | undefined;
let lastDate: string | undefined;
let lastStamp: string | null = null;

function timestampOf(time: string | undefined, date: string | undefined): string | null {
  if (time !== lastTime || date !== lastDate) {
    lastTime = time;
    lastDate = date;
    lastStamp = cmtraceTimestamp(time, date);
  }
  return lastStamp;
}

/**
 * Reads the attribute trailer `<time="..." date="..." component="..." ...>` that follows
 * `]LOG]!>` at `from` in `line`, in any attribute order. Scanned by hand rather than with a
 * regex: this runs once per record, and a regex match array per attribute dominated parsing
 * time. A damaged trailer (cut-off write, interleaved threads) yields what could be read.
 */
export function parseCmtraceTrailer(line: string, from: number): CmtraceTrailer {
  let time: string | undefined;
  let date: string | undefined;
  let component: string | undefined;
  let type: string | undefined;
  let thread: string | undefined;
  let pos = from;
  if (line.charCodeAt(pos) === 60 /* < */) {
    pos += 1;
    for (;;) {
      let nameStart = pos;
      while (isSpace(line.charCodeAt(nameStart))) nameStart++;
      let nameEnd = nameStart;
      while (isNameChar(line.charCodeAt(nameEnd))) nameEnd++;
      if (nameEnd === nameStart || line.charCodeAt(nameEnd) !== 61 /* = */ || line.charCodeAt(nameEnd + 1) !== 34 /* " */) break;
      const valueEnd = line.indexOf('"', nameEnd + 2);
      if (valueEnd < 0) break;
      const value = line.slice(nameEnd + 2, valueEnd);
      switch (line.slice(nameStart, nameEnd).toLowerCase()) {
        case 'time': time = value; break;
        case 'date': date = value; break;
        case 'component': component = value; break;
        case 'type': type = value; break;
        case 'thread': thread = value; break;
      }
      pos = valueEnd + 1;
    }
    let close = pos;
    while (isSpace(line.charCodeAt(close))) close++;
    if (line.charCodeAt(close) === 47 /* / */) close++;
    if (line.charCodeAt(close) === 62 /* > */) pos = close + 1;
  }
  return {
    component: nonEmpty(component),
    time: timestampOf(time, date),
    severity: cmtraceSeverity(type),
    thread: nonEmpty(thread),
    end: pos,
  };
}
