export interface Segment {
  text: string;
  /** Part of a signature match. */
  marked: boolean;
  /** The normalised error code this piece spells, if it is one. */
  code: string | null;
}

interface Cut {
  start: number;
  end: number;
}

/**
 * Cuts a log line into plain, highlighted and error-code pieces, so the page can render it
 * as text nodes (never as HTML). Highlight ranges must be sorted and disjoint (mergeRanges);
 * code hits come from findCodes and are disjoint among themselves.
 */
export function segmentLine(text: string, highlights: [number, number][], codes: (Cut & { code: string })[]): Segment[] {
  const bounds = new Set<number>([0, text.length]);
  for (const [s, e] of highlights) bounds.add(s).add(e);
  for (const c of codes) bounds.add(c.start).add(c.end);
  const points = [...bounds].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    if (start === end) continue;
    const marked = highlights.some(([s, e]) => s <= start && end <= e);
    const code = codes.find((c) => c.start <= start && end <= c.end)?.code ?? null;
    const last = segments.at(-1);
    if (last && last.marked === marked && last.code === code && code === null) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), marked, code });
  }
  return segments;
}

export interface LineWindow {
  /** Where the shown piece starts and ends in the whole line. */
  start: number;
  end: number;
  text: string;
  /** The highlights that fall in the piece, relative to it. */
  highlights: [number, number][];
}

/**
 * The part of a long line to show: `size` characters around its first highlight, so that a
 * 5 MB line cannot freeze the page; the whole line when it is short enough.
 */
export function lineWindow(text: string, highlights: [number, number][], size: number): LineWindow {
  if (text.length <= size) return { start: 0, end: text.length, text, highlights };
  const focus = highlights[0] ?? [0, 0];
  const start = Math.max(0, Math.min(text.length - size, Math.floor((focus[0] + focus[1]) / 2 - size / 2)));
  const end = start + size;
  const inside = highlights
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]): [number, number] => [Math.max(s, start) - start, Math.min(e, end) - start]);
  return { start, end, text: text.slice(start, end), highlights: inside };
}
