// npm run bench: how long decoding, parsing and diagnosing a large log takes, compared with
// merely splitting it into lines. The log is the real fixtures concatenated to about 50 MB.
import fs from 'node:fs';
import path from 'node:path';
import { compileMatcher, diagnose } from '../lib/diagnose';
import { getKbEntries } from '../lib/kb';
import { decodeLogBytes, findCodes, parseLog } from '../lib/log';

const TARGET_BYTES = Number(process.env.BENCH_MB ?? 50) * 1024 * 1024;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DIR = path.resolve('test/fixtures/logs');

const parts = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.log'))
  .sort()
  .map((f) => decodeLogBytes(new Uint8Array(fs.readFileSync(path.join(DIR, f)))));
const pieces: string[] = [];
let size = 0;
while (size < TARGET_BYTES) {
  for (const p of parts) {
    pieces.push(p);
    size += p.length;
  }
}
const text = pieces.join('\n');
const bytes = new TextEncoder().encode(text);
const mb = bytes.length / 1024 / 1024;
const matcher = compileMatcher(getKbEntries());

function median(label: string, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms  ${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s`);
  return ms;
}

const records = parseLog(text, 'bench.log');
console.log(`log: ${mb.toFixed(1)} MB, ${records.length.toLocaleString('en')} records, ${matcher.signatures.length} signatures; median of ${RUNS} runs`);
const split = median('split into lines (baseline)', () => text.split(/\r\n|\r|\n/).length);
median('decode bytes (UTF-8)', () => decodeLogBytes(bytes));
const parse = median('parse records', () => parseLog(text, 'bench.log'));
median('find codes only', () => records.reduce((n, r) => n + findCodes(r.text).length, 0));
const match = median('diagnose (signatures + codes)', () => diagnose(matcher, records));
median('decode + parse + diagnose', () => diagnose(matcher, parseLog(decodeLogBytes(bytes), 'bench.log')));
console.log(`diagnose costs ${(match / split).toFixed(1)}x splitting the lines; parse ${(parse / split).toFixed(1)}x`);
