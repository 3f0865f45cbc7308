import { openInputs, parseLog, uniqueNames, type LogRecord, type SkippedInput } from '../log';
import { mergeByTime, tellRun, type RunStory } from '../run';
import { diagnose, type Diagnosis } from './diagnose';
import type { Matcher } from './matcher';

export interface CaseResult extends Diagnosis {
  /** Inputs that are not text logs (images, programs, empty files), each with why. */
  skipped: SkippedInput[];
  /** The story of the run: the task sequence's steps and how each log ended. */
  run: RunStory;
}

/**
 * Opens files given as bytes (zip bundles expanded), and diagnoses the text logs among them as one
 * case, their records merged in time order as the page does.
 */
export function diagnoseFiles(matcher: Matcher, files: { name: string; bytes: Uint8Array }[]): CaseResult {
  const { texts, skipped } = openInputs(files);
  const records: LogRecord[] = mergeByTime(uniqueNames(texts).map(({ name, text }) => parseLog(text, name)));
  return { ...diagnose(matcher, records), skipped, run: tellRun(records) };
}
