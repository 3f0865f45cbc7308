export type Severity = 'info' | 'warning' | 'error';

export interface LogRecord {
  /** The file name passed to parseLog. */
  file: string;
  /** 1-based physical line where the record starts. */
  line: number;
  /** 1-based physical line where the record ends (== line for one-line records). */
  endLine: number;
  /** The message text only; line breaks inside a record are normalised to "\n". */
  text: string;
  component: string | null;
  /** "YYYY-MM-DD HH:MM:SS.fff" when the date is known, else "HH:MM:SS.fff", else null. */
  time: string | null;
  /**
   * Minutes to add to `time` to get UTC, as CMTrace writes it after the clock ("+240"); null
   * when the log does not say. Used to merge files in time order; times are shown as written.
   */
  zone: number | null;
  severity: Severity | null;
  thread: string | null;
  /**
   * The decoded text of the whole file, and where `text` starts in it when `text` is a verbatim
   * piece of it (-1 when it is not, e.g. after line breaks were normalised). The matcher reads
   * the file's one flat string at these offsets: reading `text`, a slice of it, costs twice as
   * much per character in V8.
   */
  source: string;
  offset: number;
}
