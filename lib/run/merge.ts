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
    records.forEach((r, i) => {
      const at = instantOf(r, useZone);
      if (at !== null && at > last) last = at;
      // A clock that goes back inside one file (a restart that reset the clock, or DST) keeps
      // the file's own order rather than splitting it.
      k[i] = last;
    });
    return k;
  });
  const at = files.map(() => 0);
  const out: LogRecord[] = [];
  for (;;) {
    let best = -1;
    for (let f = 0; f < files.length; f++) {
      if (at[f] >= files[f].length) continue;
      if (best < 0 || keys[f][at[f]] < keys[best][at[best]]) best = f;
    }
    if (best < 0) return out;
    out.push(files[best][at[best]++]);
  }
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
