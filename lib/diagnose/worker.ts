// Runs in a Web Worker: decoding, parsing and matching a large log never blocks the page.
// Nothing here makes a request; the error table is a chunk of this site, loaded on demand.
import { codeSummary, decodeCode, loadErrorTableFor } from '../errors';
import { openInputs, parseLog, uniqueNames, type LogRecord, type SkippedInput, type TextInput } from '../log';
import { mergeByTime, tellRun } from '../run';
import { filterRecords, MAX_ROW_TEXT, nextError, rowOfLine, rowsOf, summarise, type LogFilter } from '../log/view';
import type { KbEntry } from '../kb/entry';
import { compileMatcher, type Matcher } from './matcher';
import { diagnose } from './diagnose';
import type { CodeInfo, LogInput, Progress, WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: WorkerResponse): void };

// The texts of the last diagnosis, kept so the page can ask for the lines around a line.
let texts = new Map<string, string>();
let lineCache = new Map<string, string[]>();
// ...and its records, for the log view, with the rows the last filter kept.
let records: LogRecord[] = [];
let kept: { key: string; rows: Int32Array } | null = null;

function keptRows(filter: LogFilter): Int32Array {
  const key = JSON.stringify(filter);
  if (kept?.key !== key) kept = { key, rows: filterRecords(records, filter) };
  return kept.rows;
}

// The knowledge base is a static, content-hashed asset of the site: fetched on the first
// diagnosis (from the browser's cache after that) and compiled once per page.
let compiled: { url: string; matcher: Promise<Matcher> } | null = null;

function matcherFor(url: string): Promise<Matcher> {
  if (compiled?.url !== url) {
    const matcher = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`the knowledge base (${url}) could not be loaded: HTTP ${response.status}`);
        return response.json() as Promise<KbEntry[]>;
      })
      .then(compileMatcher);
    compiled = { url, matcher };
    // A failed load is not kept, so the next diagnosis tries again.
    matcher.catch(() => {
      if (compiled?.url === url) compiled = null;
    });
  }
  return compiled.matcher;
}

/** Files are read in slices of this size, so the page can show how far reading got. */
const READ_CHUNK = 8 * 1024 * 1024;

async function readFile(file: Blob, onBytes: (n: number) => void): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  for (let at = 0; at < file.size; at += READ_CHUNK) {
    const slice = new Uint8Array(await file.slice(at, at + READ_CHUNK).arrayBuffer());
    bytes.set(slice, at);
    onBytes(slice.length);
  }
  return bytes;
}

/** The text logs among the inputs: pasted text as it is, files opened (zip bundles expanded) and checked. */
async function readInputs(inputs: LogInput[], report: Reporter): Promise<{ texts: TextInput[]; skipped: SkippedInput[] }> {
  const texts: TextInput[] = [];
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const input of inputs) {
    if ('text' in input) texts.push({ name: input.name, text: input.text });
    else files.push({ name: input.name, bytes: await readFile(input.file, (n) => report.add(n, 0)) });
    report.add('text' in input ? input.text.length : 0, 1);
  }
  const opened = openInputs(files);
  return { texts: uniqueNames([...texts, ...opened.texts]), skipped: opened.skipped };
}

interface Reporter {
  /** A new phase over `total` bytes (characters, when parsing) of `files` files. */
  start(phase: Progress['phase'], total: number, files: number): void;
  add(bytes: number, files: number): void;
}

/** Posts progress, at most every PROGRESS_MS: a message per slice would flood the page. */
function reporter(id: number): Reporter {
  const progress: Progress = { phase: 'reading', bytesDone: 0, bytesTotal: 0, filesDone: 0, filesTotal: 0 };
  let last = 0;
  const post = (force: boolean) => {
    const now = performance.now();
    if (!force && now - last < PROGRESS_MS) return;
    last = now;
    scope.postMessage({ type: 'progress', id, progress: { ...progress } });
  };
  return {
    start(phase, total, files) {
      Object.assign(progress, { phase, bytesDone: 0, bytesTotal: total, filesDone: 0, filesTotal: files });
      post(true);
    },
    add(bytes, files) {
      progress.bytesDone += bytes;
      progress.filesDone += files;
      post(false);
    },
  };
}
const PROGRESS_MS = 100;

async function describeCodes(codes: string[]): Promise<Record<string, CodeInfo>> {
  if (codes.length === 0) return {};
  // Only the shards these codes need: a log with a handful of codes never fetches the whole table.
  const table = await loadErrorTableFor(codes);
  const info: Record<string, CodeInfo> = {};
  for (const code of codes) {
    const decoded = decodeCode(table, code);
    if (!decoded) continue;
    const others = decoded.meanings.slice(1).map(({ name, message }) => ({ name, message }));
    info[code] = { ...codeSummary(decoded), success: decoded.success, others };
  }
  return info;
}

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  if (request.type === 'context') {
    let lines = lineCache.get(request.file);
    if (!lines) {
      lines = (texts.get(request.file) ?? '').split(/\r\n|\r|\n/);
      lineCache.set(request.file, lines);
    }
    const from = Math.max(1, request.line - request.radius);
    const to = Math.min(lines.length, request.line + request.radius);
    const context = [];
    // Cut like the log view's rows: a 5 MB neighbour must not freeze the page.
    for (let line = from; line <= to; line++) context.push({ line, text: lines[line - 1].slice(0, MAX_ROW_TEXT) });
    return { type: 'context', id: request.id, file: request.file, lines: context };
  }
  if (request.type === 'log-summary') return { type: 'log-summary', id: request.id, summary: summarise(records) };
  if (request.type === 'log-rows') {
    const rows = keptRows(request.filter);
    return { type: 'log-rows', id: request.id, total: rows.length, rows: rowsOf(records, rows, request.from, request.count) };
  }
  if (request.type === 'log-find-error') {
    return { type: 'log-index', id: request.id, index: nextError(records, keptRows(request.filter), request.from, request.direction) };
  }
  if (request.type === 'log-locate') {
    return { type: 'log-index', id: request.id, index: rowOfLine(records, keptRows(request.filter), request.file, request.line) };
  }
  const started = performance.now();
  const matcher = await matcherFor(request.kbUrl);
  texts = new Map();
  lineCache = new Map();
  records = [];
  kept = null;
  const files = [];
  const parsedFiles: LogRecord[][] = [];
  const report = reporter(request.id);
  report.start('reading', request.inputs.reduce((n, i) => n + ('text' in i ? i.text.length : i.file.size), 0), request.inputs.length);
  const { texts: opened, skipped } = await readInputs(request.inputs, report);
  report.start('parsing', opened.reduce((n, t) => n + t.text.length, 0), opened.length);
  for (const { name, text } of opened) {
    texts.set(name, text);
    let at = 0;
    const parsed = parseLog(text, name, (offset) => {
      report.add(offset - at, 0);
      at = offset;
    });
    report.add(text.length - at, 1);
    files.push({ name, lines: parsed.length ? parsed[parsed.length - 1].endLine : 0, records: parsed.length });
    parsedFiles.push(parsed);
  }
  // Several files are one story: their records are read, and shown, in time order.
  records = mergeByTime(parsedFiles);
  report.start('matching', 0, opened.length);
  const diagnosis = diagnose(matcher, records);
  const run = tellRun(records);
  const runCodes = [run.taskSequence?.code, ...run.logs.map((l) => l.end?.code)].filter((c): c is string => !!c);
  const codeInfo = await describeCodes([...new Set([...diagnosis.codes.map((c) => c.code), ...runCodes])]);
  return { type: 'diagnosis', id: request.id, diagnosis, run, codeInfo, files, skipped, ms: performance.now() - started };
}

scope.onmessage = (event) => {
  handle(event.data).then(
    (response) => scope.postMessage(response),
    (error: unknown) => scope.postMessage({ type: 'error', id: event.data.id, message: error instanceof Error ? error.message : String(error) }),
  );
};
