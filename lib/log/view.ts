// The log view's questions about the records of a diagnosis, answered in the worker so that
// 300 000 records never cross to the page: which rows a filter keeps, one page of them at a
// time, where the next error is, and which row holds a given file and line.
import type { LogRecord, Severity } from './record';

export interface LogFilter {
  /** Severities to keep; empty keeps all. Records of unknown severity count as info. */
  severities: Severity[];
  /** Keep only this component, or all when null. */
  component: string | null;
  /** Keep only this file, or all when null. */
  file: string | null;
}

export const NO_FILTER: LogFilter = { severities: [], component: null, file: null };

export interface LogRow {
  /** Position among the rows the filter keeps. */
  index: number;
  file: string;
  line: number;
  time: string | null;
  component: string | null;
  severity: Severity | null;
  /** The message, cut to MAX_ROW_TEXT characters for display. */
  text: string;
  /** The message's full length, so the view can say it was cut. */
  length: number;
}

export interface LogSummary {
  total: number;
  files: string[];
  /** Components by how many records they wrote, most first. */
  components: string[];
  severities: Record<Severity, number>;
}

/** A 5 MB line shown whole would freeze the page: rows carry at most this much of it. */
export const MAX_ROW_TEXT = 2000;

export function summarise(records: readonly LogRecord[]): LogSummary {
  const files = new Set<string>();
  const components = new Map<string, number>();
  const severities: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of records) {
    files.add(r.file);
    if (r.component) components.set(r.component, (components.get(r.component) ?? 0) + 1);
    severities[r.severity ?? 'info']++;
  }
  return {
    total: records.length,
    files: [...files],
    components: [...components].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c),
    severities,
  };
}

/** Indexes of the records the filter keeps, in log order. */
export function filterRecords(records: readonly LogRecord[], filter: LogFilter): Int32Array {
  const keep = new Int32Array(records.length);
  let n = 0;
  const severities = new Set(filter.severities);
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (severities.size > 0 && !severities.has(r.severity ?? 'info')) continue;
    if (filter.component !== null && r.component !== filter.component) continue;
    if (filter.file !== null && r.file !== filter.file) continue;
    keep[n++] = i;
  }
  return keep.slice(0, n);
}

export function rowsOf(records: readonly LogRecord[], kept: Int32Array, from: number, count: number): LogRow[] {
  const rows: LogRow[] = [];
  for (let index = Math.max(0, from); index < Math.min(kept.length, from + count); index++) {
    const r = records[kept[index]];
    rows.push({ index, file: r.file, line: r.line, time: r.time, component: r.component, severity: r.severity, text: r.text.slice(0, MAX_ROW_TEXT), length: r.text.length });
  }
  return rows;
}

/** The next (direction 1) or previous (-1) kept row after `from` whose record is an error, or -1. */
export function nextError(records: readonly LogRecord[], kept: Int32Array, from: number, direction: 1 | -1): number {
  for (let index = from + direction; index >= 0 && index < kept.length; index += direction) {
    if (records[kept[index]].severity === 'error') return index;
  }
  return -1;
}

/** The kept row of the record at `file`:`line` (or the first one after it), or -1. */
export function rowOfLine(records: readonly LogRecord[], kept: Int32Array, file: string, line: number): number {
  for (let index = 0; index < kept.length; index++) {
    const r = records[kept[index]];
    if (r.file === file && r.line <= line && line <= r.endLine) return index;
  }
  for (let index = 0; index < kept.length; index++) {
    const r = records[kept[index]];
    if (r.file === file && r.line > line) return index;
  }
  return -1;
}
