import type { Severity } from '../log';

/** One record of the log, as the run story cites it: where it is, when, and what it says. */
export interface LineRef {
  file: string;
  line: number;
  time: string | null;
  severity: Severity | null;
  /** The message, cut to MAX_LINE_TEXT characters. */
  text: string;
}

export type Phase = 'winpe' | 'full-os';

/**
 * success: completed with exit code 0 (or a success code); failed: the step failed and the run
 * stopped with it; failed-continued: it failed, and the run went on (continue on error);
 * skipped: disabled or its condition was false; unfinished: the log ends inside it.
 */
export type StepResult = 'success' | 'failed' | 'failed-continued' | 'skipped' | 'unfinished';

export interface TsStep {
  name: string;
  /** The instruction pointer the log gives, or null (a "Running action" line, or a failure line alone). */
  pointer: number | null;
  result: StepResult;
  /** Where the step started (or, for a skipped step, where it was skipped). */
  start: LineRef;
  /** The record that ended the step: its success or failure line, or null when none was logged. */
  end: LineRef | null;
  /** From start to end in milliseconds, when both carry a date and time; null otherwise. */
  durationMs: number | null;
  /** 0x + 8 hex digits: the step's exit code or error, as logged. */
  exitCode: string | null;
  /** The step's own error message ("Access is denied."), when it failed. */
  message: string | null;
  phase: Phase | null;
  /** The step asked for a restart (Setup Windows and ConfigMgr, Restart Computer). */
  restarted: boolean;
}

export interface CollectNext {
  log: string;
  where: string;
  why: string;
}

export interface TaskSequenceRun {
  /** The task-sequence logs read as this run, oldest first (rolled-over copies before smsts.log). */
  files: string[];
  /** The first log does not open at the start of the run: earlier lines rolled over, or an excerpt. */
  startsMidRun: boolean;
  /** Earlier runs in the same logs, before the one told here (a deployment retried on one PC). */
  earlierRuns: number;
  steps: TsStep[];
  /**
   * completed: the task sequence reported completion; failed: a step or the engine ended it;
   * restart: the log ends at a restart after a successful step (the run goes on in the next phase's
   * log); log-ends: the log stops with no ending.
   */
  ending: 'completed' | 'failed' | 'restart' | 'log-ends';
  /** No step failed without continue-on-error, and the run did not end in a failure. */
  success: boolean;
  /** Index in `steps` of the step that ended the run, or null. */
  failedStep: number | null;
  /** The record that ends the run: the engine's failure line, the failed step's line, or the completion. */
  endLine: LineRef | null;
  /** The code that ended the run: the failed step's error first, else the engine's. */
  code: string | null;
  /** Error records just before the line that ended the run, oldest first. */
  errorsBefore: LineRef[];
  phases: { phase: Phase; from: LineRef }[];
  restarts: LineRef[];
  collectNext: CollectNext[];
}

export type LogKind = 'task-sequence' | 'ccmsetup' | 'client-msi' | 'smspxe' | 'windows-setup' | 'mdt' | 'other';

export interface LogOutcome {
  file: string;
  kind: LogKind;
  records: number;
  /** How many records are errors (CMTrace type 3, Setup's "Error", or MDT's error words). */
  errors: number;
  firstError: LineRef | null;
  lastError: LineRef | null;
  /** The line the log writes when it ends (exit code, success or failure), for logs that write one. */
  end: { line: LineRef; result: 'success' | 'failure'; code: string | null } | null;
}

/** The story of a run: the task sequence's steps, and how each other log ended. */
export interface RunStory {
  taskSequence: TaskSequenceRun | null;
  logs: LogOutcome[];
}
