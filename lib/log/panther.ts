import type { Severity } from './record';
import { isoTimestamp } from './time';

// Windows Setup (Panther setupact/setuperr), DISM and CBS write
// "2025-05-02 15:17:34, Info                  DISM   API: PID=..." : a fixed-width severity field
// (22 characters, sometimes holding a message id like "[0x0601c1]"), then a 7-character
// component field (blank for some lines), then the text.
const PANTHER_PREFIX = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}, (Info|Warning|Error|Perf)(?: +\[0x[0-9A-Fa-f]+\])? */;
const STAMP_LENGTH = 19; // "2025-05-02 15:17:34"
const COMPONENT_TOKEN = /^[A-Z][A-Z0-9_]{0,11}(?= |$)/;
// Where the text starts in the fixed layout when the component field is blank. A capitalised
// word there ("SELECTTRACK ...") is text, not a component.
const TEXT_COLUMN_WITHOUT_COMPONENT = 50;

export interface PantherFields {
  time: string | null;
  severity: Severity;
  component: string | null;
  text: string;
}

// Thousands of consecutive lines share one second; remember the last conversion.
let lastStamp = '';
let lastTime: string | null = null;

function timestampOf(line: string): string | null {
  if (!line.startsWith(lastStamp) || lastStamp === '') {
    lastStamp = line.slice(0, STAMP_LENGTH);
    const [date, clock] = lastStamp.split(' ');
    const [year, month, day] = date.split('-');
    const [hh, mm, ss] = clock.split(':');
    lastTime = isoTimestamp(year, month, day, hh, mm, ss);
  }
  return lastTime;
}

function pantherSeverity(word: string): Severity {
  if (word === 'Warning') return 'warning';
  if (word === 'Error') return 'error';
  return 'info';
}

/** Fields of a Panther/DISM/CBS line, or null when the line lacks the timestamped prefix. */
export function parsePantherLine(line: string): PantherFields | null {
  // Cheap rejection before the regex: most lines of other formats fail on the first char.
  const first = line.charCodeAt(0);
  if (first < 48 || first > 57 || line.charCodeAt(4) !== 45) return null;
  const m = PANTHER_PREFIX.exec(line);
  if (m === null) return null;
  const time = timestampOf(line);
  const severity = pantherSeverity(m[1]);
  const rest = line.slice(m[0].length);
  const token = m[0].length === TEXT_COLUMN_WITHOUT_COMPONENT ? null : COMPONENT_TOKEN.exec(rest);
  if (token === null) return { time, severity, component: null, text: rest.trim() };
  return { time, severity, component: token[0], text: rest.slice(token[0].length).trim() };
}

/** Panther continuation lines (hardware dumps, "Smart installer: true") are indented. */
export function isIndentedContinuation(line: string): boolean {
  return line[0] === ' ' || line[0] === '\t';
}
