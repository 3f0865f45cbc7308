import { CMTRACE_CLOSE, cmtraceTextStart, parseCmtraceTrailer, type CmtraceFields } from './cmtrace';
import { parseGridLine } from './grid';
import { LineScanner, type LineMark } from './lines';
import { isIndentedContinuation, parsePantherLine } from './panther';
import { splitPlainLine } from './plain';
import type { LogRecord, Severity } from './record';
import { hardWrapWidth, isExcerpt, isSoftWrapped } from './wrap';

export type { LogRecord, Severity } from './record';

// A record whose `]LOG]!>` never comes is given up after this many lines and its first line
// is re-read as an ordinary line, so that one stray `<![LOG[` cannot swallow a whole file.
const MAX_RECORD_LINES = 1000;

const NO_FIELDS: CmtraceFields = { component: null, time: null, zone: null, severity: null, thread: null };

function normaliseBreaks(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0x0b && c !== 0x0c) return false;
  }
  return true;
}

/** A CMTrace record whose `]LOG]!>` is still to come on a later line. */
interface OpenRecord {
  line: number;
  /** Offset in the whole text where the message starts (just past `<![LOG[`). */
  textStart: number;
  firstLineEnd: number;
  /** Offset just past the last non-blank line that belongs to the record so far. */
  lastEnd: number;
  lastLine: number;
  /** Scanner position after the record's first line, for giving up on it. */
  afterFirstLine: LineMark;
}

/** Offset of the message of another record starting at `from` in `line`, or -1. */
function nextRecordOnLine(line: string, from: number): number {
  let i = from;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  const start = cmtraceTextStart(line.slice(i, i + 7));
  return start < 0 ? -1 : i + start;
}

/**
 * Splits a decoded log into records. Each physical line is judged on its own, so a file may mix
 * CMTrace records, viewer-grid rows, Panther/DISM/CBS lines and plain text. Blank lines produce
 * no record but still count.
 */
/** How often, in lines, parseLog reports how far it got (for a progress bar). */
export const PROGRESS_EVERY = 20_000;

export function parseLog(text: string, file: string, onProgress?: (offset: number) => void): LogRecord[] {
  const records: LogRecord[] = [];
  const lines = new LineScanner(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  // A pasted excerpt that a ticket system hard-wrapped: its pieces are joined back into lines.
  const wrapWidth = hardWrapWidth(text);
  let open: OpenRecord | null = null;
  // The last Panther record, which indented lines continue.
  let continued: LogRecord | null = null;
  // The plain record of the line just read, and that line, which a soft-wrapped piece continues.
  const excerpt = isExcerpt(text);
  let lastPlain: { record: LogRecord; line: string; number: number } | null = null;

  // Every record is built by this one literal so that all share a single object shape.
  const emitFields = (
    line: number,
    endLine: number,
    body: string,
    component: string | null,
    time: string | null,
    severity: Severity | null,
    thread: string | null,
    offset: number,
    zone: number | null = null,
  ): LogRecord => {
    const record: LogRecord = { file, line, endLine, text: body, component, time, zone, severity, thread, source: text, offset };
    records.push(record);
    return record;
  };
  const emit = (line: number, endLine: number, body: string, fields: CmtraceFields, offset: number): LogRecord =>
    emitFields(line, endLine, body, fields.component, fields.time, fields.severity, fields.thread, offset, fields.zone);
  // Where `body`, a piece of the physical line starting at `lineStart`, sits in the text.
  const offsetIn = (line: string, lineStart: number, body: string): number => {
    if (body.length === 0 || lineStart < 0) return -1;
    const at = line.indexOf(body);
    return at < 0 ? -1 : lineStart + at;
  };
  // A record spanning lines keeps its offset only if normalising its line breaks changed nothing.
  const spanning = (from: number, to: number): [string, number] => {
    const raw = text.slice(from, to);
    const body = normaliseBreaks(raw);
    return [body, body === raw ? from : -1];
  };

  // Whatever follows a record's trailer on its line: another record, stray text, or nothing.
  // Returns the offset of the next record's message, or -1.
  const afterTrailer = (line: string, from: number, number: number, lineStart: number): number => {
    const next = nextRecordOnLine(line, from);
    if (next < 0 && from < line.length && line.slice(from).trim() !== '') {
      const stray = line.slice(from).trim();
      emit(number, number, stray, NO_FIELDS, offsetIn(line, lineStart, stray));
    }
    return next;
  };

  // Reads the CMTrace records of one physical line from message offset `from`; returns the
  // record left open when the last one continues on later lines.
  const readCmtrace = (line: string, from: number, number: number, lineStart: number, lineEnd: number): OpenRecord | null => {
    let textFrom = from;
    while (textFrom >= 0) {
      const closeAt = line.indexOf(CMTRACE_CLOSE, textFrom);
      if (closeAt < 0 && lineStart < 0) {
        // A re-joined line whose record still does not close: keep what it has.
        emit(number, lastNumber, line.slice(textFrom), NO_FIELDS, -1);
        return null;
      }
      if (closeAt < 0) {
        return {
          line: number,
          textStart: lineStart + textFrom,
          firstLineEnd: lineEnd,
          lastEnd: lineEnd,
          lastLine: number,
          afterFirstLine: lines.mark(),
        };
      }
      const trailer = parseCmtraceTrailer(line, closeAt + CMTRACE_CLOSE.length);
      emit(number, lastNumber, line.slice(textFrom, closeAt), trailer, lineStart < 0 ? -1 : lineStart + textFrom);
      textFrom = afterTrailer(line, trailer.end, number, lineStart);
    }
    return null;
  };

  // The last physical line of the line being read (later than `number` for a re-joined line).
  let lastNumber = 0;
  while (lines.advance()) {
    const { number, start, end } = lines;
    if (onProgress && number % PROGRESS_EVERY === 0) onProgress(start);
    lastNumber = number;

    if (open !== null) {
      const current: OpenRecord = open;
      const line = text.slice(start, end);
      // A line that starts a record of another kind means this one lost its `]LOG]!>`.
      const startsAnother = cmtraceTextStart(line) >= 0 || parsePantherLine(line) !== null;
      const closeAt = startsAnother ? -1 : line.indexOf(CMTRACE_CLOSE);
      if (closeAt >= 0) {
        const trailer = parseCmtraceTrailer(line, closeAt + CMTRACE_CLOSE.length);
        const [body, offset] = spanning(current.textStart, start + closeAt);
        emit(current.line, number, body, trailer, offset);
        const next = afterTrailer(line, trailer.end, number, start);
        open = next < 0 ? null : readCmtrace(line, next, number, start, end);
        continue;
      }
      if (!startsAnother && number - current.line < MAX_RECORD_LINES) {
        if (!isBlank(text, start, end)) {
          current.lastEnd = end;
          current.lastLine = number;
        }
        continue;
      }
      open = null;
      if (!startsAnother) {
        // Too long to be one record: keep only its first line and re-read the rest.
        emit(current.line, current.line, text.slice(current.textStart, current.firstLineEnd), NO_FIELDS, current.textStart);
        lines.rewind(current.afterFirstLine);
        continue;
      }
      const [body, offset] = spanning(current.textStart, current.lastEnd);
      emit(current.line, current.lastLine, body, NO_FIELDS, offset);
      // ...and the current line is read below as the start of its own record.
    }

    if (isBlank(text, start, end)) continue;
    let line = text.slice(start, end);
    // -1 once the line is re-joined from hard-wrapped pieces: it no longer sits in the text.
    let lineStart = start;
    if (wrapWidth > 0) {
      let piece = end - start;
      while (piece === wrapWidth) {
        const mark = lines.mark();
        if (!lines.advance()) break;
        const next = text.slice(lines.start, lines.end);
        if (next.trim() === '' || cmtraceTextStart(next) >= 0 || parsePantherLine(next) !== null) {
          lines.rewind(mark);
          break;
        }
        line += next;
        piece = next.length;
        lineStart = -1;
        lastNumber = lines.number;
      }
    }

    const textStart = cmtraceTextStart(line);
    if (textStart >= 0) {
      continued = null;
      open = readCmtrace(line, textStart, number, lineStart, end);
      continue;
    }

    const panther = parsePantherLine(line);
    if (panther !== null) {
      continued = emitFields(number, lastNumber, panther.text, panther.component, panther.time, panther.severity, null, offsetIn(line, lineStart, panther.text));
      continue;
    }
    // The tail of a CMTrace record whose start was overwritten by another thread's write
    // (ErnestoLeon87 smsts.log l.357: `ding file ... range 0-455847]LOG]!><time=...>`).
    // Looked for after the Panther test, which rejects most lines without a full scan.
    const orphanClose = line.indexOf(CMTRACE_CLOSE);
    if (orphanClose >= 0 && line.charCodeAt(orphanClose + CMTRACE_CLOSE.length) === 60 /* < */) {
      continued = null;
      open = readCmtrace(line, 0, number, lineStart, end);
      continue;
    }

    if (continued !== null && isIndentedContinuation(line)) {
      continued.text += '\n' + line.trim();
      continued.endLine = number;
      continued.offset = -1;
      continue;
    }
    continued = null;

    const grid = line.indexOf('\t') >= 0 ? parseGridLine(line) : null;
    if (grid !== null) {
      emitFields(number, lastNumber, grid.text, grid.component, grid.time, null, grid.thread, offsetIn(line, lineStart, grid.text));
      continue;
    }
    // A pasted line broken in two by the page or terminal it was copied from is one record again.
    if (excerpt && lastPlain !== null && lastPlain.number === number - 1 && isSoftWrapped(lastPlain.line, line)) {
      lastPlain.record.text += '\n' + line.trim();
      lastPlain.record.endLine = number;
      lastPlain.record.offset = -1;
      lastPlain = null;
      continue;
    }
    const plain = splitPlainLine(line);
    const record = emitFields(number, lastNumber, plain.text, plain.component, null, null, null, offsetIn(line, lineStart, plain.text));
    lastPlain = lineStart >= 0 && plain.component === null ? { record, line, number } : null;
  }

  if (open !== null) {
    const [body, offset] = spanning(open.textStart, open.lastEnd);
    emit(open.line, open.lastLine, body, NO_FIELDS, offset);
  }
  return records;
}
