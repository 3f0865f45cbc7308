import { LineScanner } from './lines';

/** Ticket systems and mail clients hard-wrap at widths like 72, 76 or 80; narrower is not a wrap. */
const MIN_WIDTH = 60;
const MAX_WIDTH = 160;
/** Only pasted excerpts are re-joined: a real log file is never hard-wrapped. */
const MAX_TEXT = 2_000_000;

/**
 * The width at which `text` was hard-wrapped, or 0. A hard-wrapped text cuts every longer line
 * into pieces of exactly that width, so its longest lines all share one length, which no real
 * log does: at least two lines, and a fifth of the lines of 40 characters or more, have exactly
 * the maximum length.
 */
export function hardWrapWidth(text: string): number {
  if (text.length > MAX_TEXT) return 0;
  const lines = new LineScanner(text);
  let max = 0;
  let atMax = 0;
  let long = 0;
  while (lines.advance()) {
    const length = lines.end - lines.start;
    if (length >= 40) long++;
    if (length > max) {
      max = length;
      atMax = 1;
    } else if (length === max) atMax++;
  }
  return max >= MIN_WIDTH && max <= MAX_WIDTH && atMax >= 2 && atMax >= long / 5 ? max : 0;
}

/** Excerpts only: a real log file is never soft-wrapped either. */
export const isExcerpt = (text: string) => text.length <= MAX_TEXT;

// A line that a web page, a terminal or an editor wrapped when the reporter copied it: the first
// piece is long (or ends in the blank it broke at) and ends mid-sentence, the next piece starts
// with a lower-case word. "Exiting with code 0x80070005" followed by "exitCode, HRESULT=..." is
// two records: the first is short and ends without a blank.
const SOFT_WRAP_MIN = 60;
const ENDS_MID_SENTENCE = /[A-Za-z,]\s*$/;
const STARTS_LOWER_WORD = /^\s*[a-z][a-z]*(?:\s|$)/;

/** Whether `next` continues `line`, broken in two by a soft wrap. */
export function isSoftWrapped(line: string, next: string): boolean {
  if (next.includes('\t') || !STARTS_LOWER_WORD.test(next) || !ENDS_MID_SENTENCE.test(line)) return false;
  return line.length >= SOFT_WRAP_MIN || /\s$/.test(line);
}