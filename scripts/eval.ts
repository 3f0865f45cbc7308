// npm run eval: runs the labelled cases of test/eval/cases.json and prints how often the
// expected article ranks first, and how often a log with no known problem gets "none".
import fs from 'node:fs';
import path from 'node:path';
import { compileMatcher, diagnoseFiles } from '../lib/diagnose';
import { getKbEntries } from '../lib/kb';

interface Case {
  files: string[];
  expect: string;
  source: string;
}

const FIXTURES = path.resolve('test/fixtures');
const { cases } = JSON.parse(fs.readFileSync('test/eval/cases.json', 'utf8')) as { cases: Case[] };
const matcher = compileMatcher(getKbEntries());

const rows: string[] = ['| # | files | expected | got (first) | ok |', '|---|---|---|---|---|'];
let positives = 0;
let positivesRight = 0;
let negatives = 0;
let negativesRight = 0;
cases.forEach((c, i) => {
  const files = c.files.map((f) => ({ name: path.basename(f), bytes: new Uint8Array(fs.readFileSync(path.join(FIXTURES, f))) }));
  const diagnosis = diagnoseFiles(matcher, files);
  const got = diagnosis.matches[0]?.id ?? 'none';
  const ok = got === c.expect;
  if (c.expect === 'none') {
    negatives++;
    if (ok) negativesRight++;
  } else {
    positives++;
    if (ok) positivesRight++;
  }
  rows.push(`| ${i + 1} | ${c.files.map((f) => path.basename(f)).join(' + ')} | ${c.expect} | ${got}${diagnosis.matches[0] ? ` (${diagnosis.matches[0].confidence})` : ''} | ${ok ? 'yes' : '**NO**'} |`);
});

console.log(rows.join('\n'));
console.log('');
console.log(`right article first: ${positivesRight}/${positives}`);
console.log(`"no known issue" where none applies: ${negativesRight}/${negatives}`);
const failed = positives - positivesRight + (negatives - negativesRight);
console.log(`${cases.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
