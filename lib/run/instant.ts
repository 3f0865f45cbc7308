import type { LogRecord } from '../log';

// "YYYY-MM-DD HH:MM:SS.fff", as lib/log writes every dated time: read by position, since this
// runs once per record when files are merged.
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22];
const num = (s: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
};

/**
 * Milliseconds since the epoch of a record's date and time. With `useZone`, the CMTrace bias is
 * added so that logs written in different time zones compare; without it, the time is read as
 * written. Null when the record has no date (a bare clock cannot be placed between days).
 */
export function instantOf(record: Pick<LogRecord, 'time' | 'zone'>, useZone: boolean): number | null {
  const t = record.time;
  if (t === null || t.length !== 23) return null;
  for (const i of DIGITS) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  const local = Date.UTC(num(t, 0, 4), num(t, 5, 7) - 1, num(t, 8, 10), num(t, 11, 13), num(t, 14, 16), num(t, 17, 19), num(t, 20, 23));
  return useZone && record.zone !== null ? local + record.zone * 60_000 : local;
}
