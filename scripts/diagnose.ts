// npm run diagnose -- [--json] [--each] FILE...   (- reads standard input)
// Without --each all files are one case, as when several files are dropped on the page;
// with --each there is one result per file, in the order given (one JSON object per line).
import fs from 'node:fs';
import path from 'node:path';
import { compileMatcher, diagnoseFiles, toReport, type Report } from '../lib/diagnose';
import { codeSummary, decodeCode, loadErrorTable } from '../lib/errors';
import { getKbEntries } from '../lib/kb';

const USAGE = 'usage: npm run diagnose -- [--json] [--each] FILE...   (use - for standard input)';

function readInput(file: string): { name: string; bytes: Uint8Array } {
  const bytes = file === '-' ? fs.readFileSync(0) : fs.readFileSync(file);
  return { name: file === '-' ? 'stdin' : path.basename(file), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

function printText(report: Report): void {
  const out: string[] = [];
  for (const s of report.skipped) out.push(`${s.name}: not read: ${s.reason}`);
  out.push(`${report.file}: ${report.verdict === 'match' ? `${report.matches.length} known problem(s)` : 'no known issue matches'}`);
  for (const m of report.matches) {
    out.push(`  ${m.id}  (${m.confidence} confidence, score ${m.score})`);
    out.push(`    ${m.title}`);
    out.push(`    ${m.url}`);
    for (const e of m.evidence) out.push(`    ${e.file}:${e.line}: ${e.text.length > 160 ? `${e.text.slice(0, 157)}...` : e.text}`);
  }
  const ts = report.run.taskSequence;
  if (ts) {
    const failed = ts.failedStep === null ? null : ts.steps[ts.failedStep];
    const meaning = ts.meaning ? ` (${[ts.meaning.name, ts.meaning.message].filter(Boolean).join(': ')})` : '';
    out.push(
      `  task sequence: ${ts.steps.length} steps, ${
        failed ? `failed at "${failed.name}"` : ts.success ? (ts.ending === 'completed' ? 'completed' : ts.ending === 'restart' ? 'no step failed; the log ends at a restart' : 'no step failed') : 'failed'
      }${ts.code ? `, ${ts.code}${meaning}` : ''}${ts.startsMidRun ? '; the log starts mid-run' : ''}`,
    );
    if (ts.endLine && !ts.success) out.push(`    ${ts.endLine.file}:${ts.endLine.line}: ${ts.endLine.text}`);
    for (const c of ts.collectNext) out.push(`    collect next: ${c.log} (${c.where})`);
  }
  for (const log of report.run.logs) {
    if (log.kind === 'task-sequence' || (!log.end && log.errors === 0)) continue;
    const end = log.end ? `ends in ${log.end.result}${log.end.code ? ` ${log.end.code}` : ''} at line ${log.end.line.line}` : 'writes no end line';
    out.push(`  ${log.file}: ${end}; ${log.errors} error line(s)${log.firstError ? `, first at ${log.firstError.line}, last at ${log.lastError!.line}` : ''}`);
  }
  if (report.codes.length > 0) {
    out.push('  codes:');
    for (const c of report.codes) out.push(`    ${c.code}  ${c.name ?? ''}${c.name ? ': ' : ''}${c.message}`);
  }
  console.log(out.join('\n'));
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--json' && f !== '--each');
  if (files.length === 0 || unknown.length > 0 || flags.has('--help')) {
    console.error(USAGE);
    return 2;
  }
  const json = flags.has('--json');
  const matcher = compileMatcher(getKbEntries());
  const table = await loadErrorTable();
  const describe = (code: string) => {
    const decoded = decodeCode(table, code);
    if (!decoded) return { name: null, message: 'Not a valid code' };
    const { name, message } = codeSummary(decoded);
    return { name, message };
  };

  let inputs: { name: string; bytes: Uint8Array }[];
  try {
    inputs = files.map(readInput);
  } catch (error) {
    console.error(`diagnose: ${(error as Error).message}`);
    return 1;
  }
  const cases = flags.has('--each') ? inputs.map((i) => [i]) : [inputs];
  for (const files of cases) {
    const report = toReport(files.map((f) => f.name).join(', '), diagnoseFiles(matcher, files), describe);
    if (json) console.log(JSON.stringify(report));
    else printText(report);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
