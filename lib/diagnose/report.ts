import type { Diagnosis } from './diagnose';
import type { SkippedInput } from '../log';

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
}

export function toReport(file: string, diagnosis: Diagnosis & { skipped?: SkippedInput[] }, describe: (code: string) => CodeDescription): Report {
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
  };
}
