import { openInputs, parseLog, type LogRecord, type SkippedInput } from '../log';
import { diagnose, type Diagnosis } from './diagnose';
import type { Matcher } from './matcher';

export interface CaseResult extends Diagnosis {
  /** Inputs that are not text logs (images, programs, empty files), each with why. */
  skipped: SkippedInput[];
}

/** Opens files given as bytes (zip bundles expanded), and diagnoses the text logs among them as one case. */
export function diagnoseFiles(matcher: Matcher, files: { name: string; bytes: Uint8Array }[]): CaseResult {
  const { texts, skipped } = openInputs(files);
  const records: LogRecord[] = [];
  for (const { name, text } of texts) for (const record of parseLog(text, name)) records.push(record);
  return { ...diagnose(matcher, records), skipped };
}
