// The text a technician pastes into a helpdesk ticket: the verdict and how sure, the failed step
// and its code with the meaning, the lines that prove it, and the link to the fix. It carries no
// more of the log than those lines.
import type { Diagnosis } from '../diagnose/diagnose';
import type { RunStory } from './types';

export interface CodeMeaning {
  name: string | null;
  message: string;
}

export interface TicketInput {
  diagnosis: Diagnosis;
  run: RunStory;
  files: string[];
  /** The meaning of each code, as the page shows it. */
  meaning: (code: string) => CodeMeaning | undefined;
  /** An absolute link to a path of the site. */
  link: (path: string) => string;
}

/** Evidence lines in a ticket are cut: a ticket is read, not searched. */
const MAX_TICKET_LINE = 300;
/** At most this many evidence lines per match. */
const TICKET_LINES = 6;

const cut = (text: string) => (text.length > MAX_TICKET_LINE ? `${text.slice(0, MAX_TICKET_LINE)}…` : text);

function codeWithMeaning(code: string, meaning: TicketInput['meaning']): string {
  const m = meaning(code);
  return m ? `${code} (${[m.name, m.message].filter(Boolean).join(': ')})` : code;
}

export function ticketText({ diagnosis, run, files, meaning, link }: TicketInput): string {
  const out: string[] = [`**ConfigMgr log diagnosis** of ${files.join(', ')}`, ''];
  const [first, ...others] = diagnosis.matches;
  if (first) {
    out.push(`**Verdict:** ${first.title} (${first.confidence} confidence)`);
    if (first.tiedWith.length > 0) {
      out.push(`Equally likely: ${diagnosis.matches.filter((m) => first.tiedWith.includes(m.id)).map((m) => m.title).join('; ')}.`);
      for (const q of first.separatedBy.filter((q) => first.tiedWith.includes(q.article))) out.push(`To tell them apart: ${q.question} ${link(q.url)}`);
    }
    const [fix] = first.fixes;
    const when = fix?.when.replace(/[.\s]+$/, '');
    if (fix) out.push(`**Fix:** ${fix.title}: ${link(fix.url)}${first.fixes.length > 1 ? ` (when: ${when}; the article gives ${first.fixes.length - 1} other way${first.fixes.length > 2 ? 's' : ''})` : ''}`);
    for (const m of others.filter((o) => !first.tiedWith.includes(o.id))) out.push(`Also matches: ${m.title} (${m.confidence} confidence): ${link(m.url)}`);
  } else {
    out.push('**Verdict:** no known issue matches.');
  }

  const ts = run.taskSequence;
  if (ts) {
    out.push('');
    const failed = ts.failedStep === null ? null : ts.steps[ts.failedStep];
    if (failed) out.push(`**Task sequence:** failed at step "${failed.name}"${ts.code ? ` with ${codeWithMeaning(ts.code, meaning)}` : ''}.`);
    else if (!ts.success) out.push(`**Task sequence:** failed${ts.code ? ` with ${codeWithMeaning(ts.code, meaning)}` : ''}.`);
    else out.push(`**Task sequence:** ${ts.steps.length} steps, none failed${ts.ending === 'completed' ? '; it completed' : ts.ending === 'restart' ? '; the log ends at a restart' : ''}.`);
  }
  for (const log of run.logs) {
    if (log.kind === 'task-sequence' || !log.end) continue;
    out.push(`**${log.file}:** ended in ${log.end.result}${log.end.code ? ` with ${codeWithMeaning(log.end.code, meaning)}` : ''}.`);
  }

  const lines = first
    ? first.evidence.slice(0, TICKET_LINES).map((e) => `${e.file}:${e.line}: ${cut(e.text)}`)
    : [ts && !ts.success ? ts.endLine : null, ...run.logs.map((l) => (l.end?.result === 'failure' ? l.end.line : null))]
        .filter((l) => l !== null)
        .map((l) => `${l.file}:${l.line}: ${cut(l.text)}`);
  if (lines.length > 0) out.push('', first ? '**The lines that show it:**' : '**The line that ended the run:**', '```', ...lines, '```');
  return out.join('\n');
}
