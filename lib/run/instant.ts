import type { LogRecord } from '../log';

const STAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{3})$/;

/**
 * Milliseconds since the epoch of a record's date and time. With `useZone`, the CMTrace bias is
 * added so that logs written in different time zones compare; without it, the time is read as
 * written. Null when the record has no date (a bare clock cannot be placed between days).
 */
export function instantOf(record: Pick<LogRecord, 'time' | 'zone'>, useZone: boolean): number | null {
  if (record.time === null || record.time.length !== 23) return null;
  const m = STAMP.exec(record.time);
  if (m === null) return null;
  const local = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], +m[7]);
  return useZone && record.zone !== null ? local + record.zone * 60_000 : local;
}
