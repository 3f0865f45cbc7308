// The forms in which technicians hand over a log excerpt: as collected, cut in half, wrapped by
// a ticket system, re-wrapped as CMTrace records, copied out of a log viewer's grid, or lost
// inside a long healthy log. Each is a pure function of the excerpt's text.
import { parseLog } from '../log';

export interface Form {
  id: string;
  label: string;
  /** Whole-excerpt forms keep every line; partial ones lose some, or break lines apart. */
  kind: 'whole' | 'partial';
  apply: (text: string, healthy: string) => string;
}

const lines = (text: string) => text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');

/** The first or last half of the lines (the middle line of an odd count goes to both). */
function half(all: string[], which: 'first' | 'last'): string {
  return (which === 'first' ? all.slice(0, Math.ceil(all.length / 2)) : all.slice(Math.floor(all.length / 2))).join('\n');
}

/** Hard-wraps every line at `width` characters, as ticket systems and mail clients do. */
export function hardWrap(text: string, width = 72): string {
  return lines(text)
    .flatMap((line) => {
      const pieces: string[] = [];
      for (let i = 0; i < line.length; i += width) pieces.push(line.slice(i, i + width));
      return pieces;
    })
    .join('\n');
}

const SEVERITY_TYPE = { info: '1', warning: '2', error: '3' } as const;

/** Every record as a CMTrace record, keeping its component and severity where known. */
export function asCmtrace(text: string): string {
  return parseLog(text, 'excerpt')
    .map((r, i) => {
      const seconds = String(i % 60).padStart(2, '0');
      const type = r.severity ? SEVERITY_TYPE[r.severity] : '1';
      return `<![LOG[${r.text}]LOG]!><time="10:22:${seconds}.567+000" date="03-15-2024" component="${r.component ?? 'TSManager'}" context="" type="${type}" thread="1456" file="">`;
    })
    .join('\r\n');
}

/** Every record as a row copied from a log viewer's grid: text, component, date-time, thread. */
export function asGridRows(text: string): string {
  return parseLog(text, 'excerpt')
    .map((r, i) => `${r.text.replace(/\n/g, ' ')}\t${r.component ?? 'TSManager'}\t3/15/2024 10:22:${String(i % 60).padStart(2, '0')} AM\t1456 (0x05B0)`)
    .join('\n');
}

/** The excerpt dropped into the middle of a real healthy log. */
export function splice(text: string, healthy: string): string {
  const host = healthy.split(/\r\n|\r|\n/);
  const middle = Math.floor(host.length / 2);
  return [...host.slice(0, middle), ...lines(text), ...host.slice(middle)].join('\n');
}

export const FORMS: readonly Form[] = [
  { id: 'collected', label: 'as collected', kind: 'whole', apply: (t) => t },
  { id: 'cmtrace', label: 'as CMTrace records', kind: 'whole', apply: asCmtrace },
  { id: 'grid', label: 'viewer grid rows', kind: 'whole', apply: asGridRows },
  { id: 'spliced', label: 'inside a healthy log', kind: 'whole', apply: splice },
  { id: 'first-half', label: 'first half of the lines', kind: 'partial', apply: (t) => half(lines(t), 'first') },
  { id: 'last-half', label: 'last half of the lines', kind: 'partial', apply: (t) => half(lines(t), 'last') },
  { id: 'wrapped', label: 'hard-wrapped at 72', kind: 'partial', apply: (t) => hardWrap(t) },
];
