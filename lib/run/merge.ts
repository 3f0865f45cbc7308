import type { LogRecord } from '../log';
import { instantOf } from './instant';

/**
 * The records of several files in one time order, each still naming its file. The zone bias is
 * used only when every dated record has one; otherwise times are compared as written, since
 * mixing UTC with local times would misplace whole files. A record without a date keeps its
 * place after the record before it in its own file, and ties keep the files' order.
 */
export function mergeByTime(files: readonly (readonly LogRecord[])[]): LogRecord[] {
  if (files.length <= 1) return [...(files[0] ?? [])];
  let useZone = true;
  for (const records of files) for (const r of records) if (r.time !== null && r.time.length === 23 && r.zone === null) useZone = false;
  const keys = files.map((records) => {
    const k = new Float64Array(records.length);
    let last = -Infinity;
    for (let i = 0; i < records.length; i++) {
      const instant = instantOf(records[i], useZone);
      // A clock that goes back inside one file (a restart that reset it, or DST) keeps the
      // file's own order rather than splitting it: each file's keys never go back.
      if (instant !== null && instant > last) last = instant;
      k[i] = last;
    }
    return k;
  });
  // A k-way merge over a binary heap of files, keyed by each file's next record; ties go to the
  // earlier file, so records with equal times keep the files' order.
  const next = new Uint32Array(files.length);
  const heap: number[] = [];
  const before = (a: number, b: number) => {
    const ka = keys[a][next[a]];
    const kb = keys[b][next[b]];
    return ka < kb || (ka === kb && a < b);
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[l], heap[m])) m = l;
      if (r < heap.length && before(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  files.forEach((f, i) => f.length > 0 && heap.push(i));
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  const out: LogRecord[] = [];
  while (heap.length > 0) {
    const f = heap[0];
    out.push(files[f][next[f]++]);
    if (next[f] >= files[f].length) {
      heap[0] = heap[heap.length - 1];
      heap.pop();
    }
    down(0);
  }
  return out;
}

/** Records grouped by file, in the order the files first appear. */
export function byFile(records: readonly LogRecord[]): LogRecord[][] {
  const groups = new Map<string, LogRecord[]>();
  for (const r of records) {
    let group = groups.get(r.file);
    if (!group) groups.set(r.file, (group = []));
    group.push(r);
  }
  return [...groups.values()];
}
