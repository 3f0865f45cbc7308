import type { Severity } from './record';
import { cmtraceTimestamp } from './time';

export const CMTRACE_OPEN = '<![LOG[';
export const CMTRACE_CLOSE = ']LOG]!>';

export interface CmtraceFields {
  component: string | null;
  time: string | null;
  /** The bias CMTrace writes after the time ("+240"): minutes to add to get UTC; null when absent. */
  zone: number | null;
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

const Attribute = { Other: 0, Time: 1, Date: 2, Component: 3, Type: 4, Thread: 5 } as const;
type Attribute = (typeof Attribute)[keyof typeof Attribute];

/** True when line[start, start + name.length) spells the lower-case `name`, in any case. */
function spells(line: string, start: number, name: string): boolean {
  for (let i = 0; i < name.length; i++) if ((line.charCodeAt(start + i) | 32) !== name.charCodeAt(i)) return false;
  return true;
}

/** Which attribute line[start, end) names, read in place: slicing and lower-casing every name cost two strings per attribute. */
function attributeAt(line: string, start: number, end: number): Attribute {
  switch (end - start) {
    case 4:
      return spells(line, start, 'time') ? Attribute.Time : spells(line, start, 'date') ? Attribute.Date : spells(line, start, 'type') ? Attribute.Type : Attribute.Other;
    case 6:
      return spells(line, start, 'thread') ? Attribute.Thread : Attribute.Other;
    case 9:
      return spells(line, start, 'component') ? Attribute.Component : Attribute.Other;
    default:
      return Attribute.Other;
  }
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const twoDigits = (text: string, at: number) => (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;

/** "HH:MM:SS.fff..." as written by ConfigMgr, read without a regex; null for any other shape. */
function quickClock(time: string): string | null {
  if (time.length < 12 || time.charCodeAt(2) !== 58 || time.charCodeAt(5) !== 58 || time.charCodeAt(8) !== 46) return null;
  for (const at of [0, 1, 3, 4, 6, 7, 9, 10, 11]) if (!isDigit(time.charCodeAt(at))) return null;
  if (twoDigits(time, 0) > 23 || twoDigits(time, 3) > 59 || twoDigits(time, 6) > 60) return null;
  return time.slice(0, 12);
}

// Consecutive records nearly always share the date, and often the time: remembering the last
// conversions saves a regex and a string build per record on large logs.
let lastDate: string | undefined;
let lastTime: string | undefined;
let lastStamp: string | null = null;
let lastZone: number | null = null;
let dayOf: { date: string | undefined; day: string | null } = { date: undefined, day: null };

function timestampOf(time: string | undefined, date: string | undefined): string | null {
  if (time === lastTime && date === lastDate) return lastStamp;
  const clock = time === undefined ? null : quickClock(time);
  if (clock === null) {
    lastStamp = cmtraceTimestamp(time, date);
  } else {
    if (date !== dayOf.date) {
      const stamp = cmtraceTimestamp('00:00:00', date);
      dayOf = { date, day: stamp !== null && stamp.length > 12 ? stamp.slice(0, 10) : null };
    }
    lastStamp = dayOf.day === null ? clock : `${dayOf.day} ${clock}`;
  }
  lastTime = time;
  lastDate = date;
  lastZone = time === undefined ? null : biasOf(time);
  return lastStamp;
}

/** The signed minutes after the clock in "10:19:13.567+240" or "10:19:13.567-060", or null. */
export function biasOf(time: string): number | null {
  let at = 8;
  while (at < time.length && time.charCodeAt(at) !== 43 /* + */ && time.charCodeAt(at) !== 45 /* - */) at++;
  if (at >= time.length - 1) return null;
  let value = 0;
  for (let i = at + 1; i < time.length; i++) {
    if (!isDigit(time.charCodeAt(i)) || i > at + 4) return null;
    value = value * 10 + time.charCodeAt(i) - 48;
  }
  return time.charCodeAt(at) === 45 ? -value : value;
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
      const attribute = attributeAt(line, nameStart, nameEnd);
      if (attribute !== Attribute.Other) {
        const value = line.slice(nameEnd + 2, valueEnd);
        if (attribute === Attribute.Time) time = value;
        else if (attribute === Attribute.Date) date = value;
        else if (attribute === Attribute.Component) component = value;
        else if (attribute === Attribute.Type) type = value;
        else thread = value;
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
    // timestampOf sets lastZone, so it must come first.
    time: timestampOf(time, date),
    zone: lastZone,
    severity: cmtraceSeverity(type),
    thread: nonEmpty(thread),
    end: pos,
  };
}
