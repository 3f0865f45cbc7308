// Timestamps are normalised to text rather than Date objects: log times carry no reliable zone
// (CMTrace's bias is often wrong or missing), and text sorts and displays without surprises.

const CMTRACE_TIME = /^(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?/;
const CMTRACE_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
// A viewer grid shows the date and time in the copying user's locale: "3/15/2011 10:22:31 AM",
// "15.03.2011 10:22:31", "2011-03-15 10:22:31.123".
const GRID_DATE_TIME =
  /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4}),?[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,9}))?\s*([AaPp]\.?[Mm]\.?)?$/;
const GRID_TIME_ONLY = /^(\d{1,2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?\s*([AaPp]\.?[Mm]\.?)?$/;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "HH:MM:SS.fff"; a longer fraction (Intune writes 7 digits) is cut, not rounded, so 59.9999 stays in its second. */
export function formatClock(hours: number, minutes: number, seconds: number, fraction = ''): string | null {
  if (hours > 23 || minutes > 59 || seconds > 60) return null;
  const millis = (fraction + '000').slice(0, 3);
  return `${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${millis}`;
}

/** "YYYY-MM-DD", or null for an impossible month or day. */
export function formatDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const fullYear = year < 100 ? 2000 + year : year;
  return `${fullYear}-${pad2(month)}-${pad2(day)}`;
}

function joinDateAndClock(date: string | null, clock: string | null): string | null {
  if (clock === null) return null;
  return date === null ? clock : `${date} ${clock}`;
}

/** CMTrace `time="10:19:13.567+240" date="10-18-2019"` (date is M-D-YYYY; the bias is dropped). */
export function cmtraceTimestamp(time: string | undefined, date: string | undefined): string | null {
  const t = time === undefined ? null : CMTRACE_TIME.exec(time);
  if (t === null) return null;
  const clock = formatClock(Number(t[1]), Number(t[2]), Number(t[3]), t[4]);
  const d = date === undefined ? null : CMTRACE_DATE.exec(date);
  const day = d === null ? null : formatDate(Number(d[3]), Number(d[1]), Number(d[2]));
  return joinDateAndClock(day, clock);
}

function to24Hour(hours: number, meridiem: string | undefined): number {
  if (meridiem === undefined) return hours;
  const pm = meridiem[0] === 'p' || meridiem[0] === 'P';
  if (hours === 12) return pm ? 12 : 0;
  return pm ? hours + 12 : hours;
}

/**
 * The date-time column of a copied viewer grid. Dots mean day.month.year (European locales);
 * slashes and dashes mean month/day/year unless the first number cannot be a month.
 */
export function gridTimestamp(value: string): string | null {
  const text = value.trim();
  const m = GRID_DATE_TIME.exec(text);
  if (m !== null) {
    const [a, sep, b, c] = [Number(m[1]), m[2], Number(m[3]), Number(m[4])];
    const hours = Number(m[5]);
    if (m[9] !== undefined && (hours < 1 || hours > 12)) return null;
    const clock = formatClock(to24Hour(hours, m[9]), Number(m[6]), Number(m[7] ?? '0'), m[8]);
    let day: string | null;
    if (m[1].length === 4) day = formatDate(a, b, c);
    else if (m[4].length < 2) day = null;
    else if (sep === '.' || a > 12) day = formatDate(c, b, a);
    else day = formatDate(c, a, b);
    return day === null || clock === null ? null : `${day} ${clock}`;
  }
  const t = GRID_TIME_ONLY.exec(text);
  if (t === null) return null;
  const hours = Number(t[1]);
  if (t[5] !== undefined && (hours < 1 || hours > 12)) return null;
  return formatClock(to24Hour(hours, t[5]), Number(t[2]), Number(t[3]), t[4]);
}

/** Panther/CBS/DISM prefix "2025-05-02 15:17:34" (no fraction in these logs). */
export function isoTimestamp(year: string, month: string, day: string, hh: string, mm: string, ss: string): string | null {
  const date = formatDate(Number(year), Number(month), Number(day));
  const clock = formatClock(Number(hh), Number(mm), Number(ss));
  return date === null || clock === null ? null : `${date} ${clock}`;
}
