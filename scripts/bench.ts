// npm run bench: what reading a large log costs, as multiples of merely splitting it into
// lines, measured in one run so the ratios hold on a shared, noisy machine. The log is the
// real fixtures concatenated to BENCH_MB (55 MB by default). The knowledge bases are the real
// one and seeded generated ones of 150 and 400 articles; the naive design (fuse.js over every
// line against every signature) is timed on a sample and extrapolated, as the reference.
import fs from 'node:fs';
import path from 'node:path';
import Fuse from 'fuse.js';
import { compileMatcher, diagnose } from '../lib/diagnose';
import { getKbEntries } from '../lib/kb';
import type { KbEntry } from '../lib/kb/entry';
import { decodeLogBytes, findCodes, parseLog } from '../lib/log';
import { byFile, mergeByTime, tellRun } from '../lib/run';
import { generateKb } from './generate-kb';

const TARGET_BYTES = Number(process.env.BENCH_MB ?? 55) * 1024 * 1024;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
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

function median(fn: () => unknown, runs = RUNS): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const rows: string[][] = [];
let split = 0;
function row(label: string, ms: number, note = '') {
  rows.push([label, `${ms.toFixed(0)} ms`, `${(mb / (ms / 1000)).toFixed(1)} MB/s`, split ? `${(ms / split).toFixed(2)}x` : '1x', note]);
}

const records = parseLog(text, 'bench.log');
split = median(() => text.split(/\r\n|\r|\n/).length);
row('split into lines (baseline)', split);
row('decode bytes (UTF-8)', median(() => decodeLogBytes(bytes)));
row('parse records', median(() => parseLog(text, 'bench.log')));
row('find error codes only', median(() => records.reduce((n, r) => n + findCodes(r.text).length, 0)));
row('run story (steps, outcomes), one file', median(() => tellRun(records)));
{
  // The same text as one file per fixture copy, as a dropped folder of logs: merged by time first.
  const names = fs.readdirSync(DIR).filter((f) => f.endsWith('.log')).sort();
  const files = pieces.map((p, i) => parseLog(p, `${i}/${names[i % names.length]}`));
  row('merge by time + run story, one file per log', median(() => tellRun(mergeByTime(byFile(files.flat())))), `${files.length} files`);
}

const kbs: [string, KbEntry[]][] = [
  ['real', getKbEntries()],
  ['150 generated', generateKb(150, 1)],
  ['400 generated', generateKb(400, 2)],
];
for (const [name, entries] of kbs) {
  const signatures = entries.reduce((n, e) => n + e.signatures.length, 0);
  const compile = median(() => compileMatcher(entries));
  const matcher = compileMatcher(entries);
  const ms = median(() => diagnose(matcher, records));
  row(`diagnose, ${name} KB`, ms, `${entries.length} articles, ${signatures} signatures; compile ${compile.toFixed(0)} ms`);
}

const matcher150 = compileMatcher(kbs[1][1]);
row('decode + parse + diagnose, 150 KB', median(() => diagnose(matcher150, parseLog(decodeLogBytes(bytes), 'bench.log'))));

// The design a developer would try first: fuzzy-search every line against every signature.
{
  const fuse = new Fuse(
    kbs[1][1].flatMap((e) => e.signatures.map((s) => ({ text: 'literal' in s ? s.literal : s.regex }))),
    { keys: ['text'], threshold: 0.3, ignoreLocation: true },
  );
  const sample = records.filter((_, i) => i % Math.max(1, Math.floor(records.length / 300)) === 0).slice(0, 300);
  const ms = median(() => sample.forEach((r) => fuse.search(r.text.slice(0, 200))), 1) * (records.length / sample.length);
  row('naive: fuse.js per line, 150 KB', ms, `extrapolated from ${sample.length} lines`);
}

console.log(`log: ${mb.toFixed(1)} MB, ${records.length.toLocaleString('en')} records; median of ${RUNS} runs\n`);
console.log('| step | time | throughput | x split | notes |\n|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
