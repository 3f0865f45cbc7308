import type { Diagnosis } from './diagnose';
import type { SkippedInput } from '../log';
import type { LogOutcome, RunStory, TaskSequenceRun } from '../run';

export interface CodeDescription {
  name: string | null;
  message: string;
}

/** The JSON the CLI prints, in the shape DESIGN.md fixes. */
export interface Report {
  file: string;
  verdict: 'match' | 'none';
  matches: {
    id: string;
    title: string;
    score: number;
    confidence: string;
    url: string;
    evidence: { file: string; line: number; text: string }[];
  }[];
  codes: { code: string; name: string | null; message: string }[];
  /** Files that were not read, each with why (not a text log, empty, too large). */
  skipped: SkippedInput[];
  /** The story of the run, as the page shows it above the diagnosis; codes carry their meaning. */
  run: {
    taskSequence: (TaskSequenceRun & { meaning: CodeDescription | null }) | null;
    logs: (Omit<LogOutcome, 'end'> & { end: (NonNullable<LogOutcome['end']> & { meaning: CodeDescription | null }) | null })[];
  };
}

export function toReport(file: string, diagnosis: Diagnosis & { skipped?: SkippedInput[]; run: RunStory }, describe: (code: string) => CodeDescription): Report {
  const { taskSequence, logs } = diagnosis.run;
  return {
    file,
    verdict: diagnosis.verdict,
    matches: diagnosis.matches.map((m) => ({
      id: m.id,
      title: m.title,
      score: m.score,
      confidence: m.confidence,
      url: m.url,
      evidence: m.evidence.map(({ file: f, line, text }) => ({ file: f, line, text })),
    })),
    codes: diagnosis.codes.map(({ code }) => ({ code, ...describe(code) })),
    skipped: diagnosis.skipped ?? [],
    run: {
      taskSequence: taskSequence && { ...taskSequence, meaning: taskSequence.code ? describe(taskSequence.code) : null },
      logs: logs.map((l) => ({ ...l, end: l.end && { ...l.end, meaning: l.end.code ? describe(l.end.code) : null } })),
    },
  };
}
