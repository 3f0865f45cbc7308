// A task sequence run read from SMSTS.log records: the steps in order with their times, exit codes
// and results, the step that ended the run, its phases (WinPE or the full OS) and restarts.
// Every fact comes from the lines the task sequence engine (TSManager) writes for each instruction.
import type { LogRecord } from '../log';
import { instantOf } from './instant';
import { hexCode, isErrorRecord, lineRef } from './lines';
import { collectNextFor } from './next-logs';
import type { LineRef, Phase, TaskSequenceRun, TsStep } from './types';

// "Start executing an instruction. Instruction name: Gather. Instruction pointer: 1", and the newer
// form "... Instruction name: 'Gather'.  Pointer: 1. Type: ''. Disabled: 0" (seen in 2024 logs);
// the misspelling "instruciton" is accepted too.
const START = /^Start executing an instruc(?:tion|iton)\. Instruction name: (?:'(.*?)'\.|(.*?)\.)\s+(?:Instruction )?[Pp]ointer: (\d+)/;
const RUNNING = /^Running action: (.+?)\s*$/;
const GROUP = /^The (?:group|condition for the group) \((.*?)\)/;
const SKIPPED = /^(?:The action \((.*?)\) has been skipped|Execution of the instruction \((.*?)\) has been skipped)/;
const SUCCEEDED = /^Successfully completed the action \((.*?)\) with the exit win32 code (\d+)/;
const FAILED = /^Failed to run the action: (.*?)\.(?:\s|$)/;
const FAILED_PREFIX = /^Failed to run the action: .*?\.(?:\s|$)/;
const PROCESS_EXIT = /^Process completed with exit code (\d+)/;
const ERROR_CODE = /\(Error: ([0-9A-Fa-f]{8}); Source: (\w+)\)/;
const ERROR_DECIMAL = /\bError (-?\d{1,10})\s*$/;
const RESTART = /^(?:The action \((.*?)\) (?:requested a retry|initiated a reboot request)|Calling RebootSystem\(\)|SMSTSRebootRequested=\S)/;
const GROUP_FAILED = /^The execution of the group \((.*?)\) has failed and the execution has been aborted/;
const LAST_ACTION = /^Failed to run the last action: (.*?)\. Execution of task sequence failed/;
const ENGINE_FAILED = /^(?:Task Sequence Engine failed! Code: \w+|Task sequence execution failed with error code ([0-9A-Fa-f]{8}))/;
const COMPLETED = /^Task sequence completed (0x[0-9A-Fa-f]{8})/;
// Where the run is: the WinPE RAM drive X:, or the installed Windows with the client.
const WINPE_MARK = /\bX:\\(?:sms|windows|deploy|_SMSTaskSequence)\\|Booted from network \(PXE\)|Running in Windows PE|^={10,}\[ TSBootShell\.exe \]/i;
const FULL_OS_MARK = /Resuming Task Sequence in Full OS|\bC:\\WINDOWS\\CCM\\|Running in full OS/i;
// The lines a task sequence log opens with, when it was not cut by a rollover.
const OPENING = /^(?:={10,}\[ ?\w+\.exe ?\]|Used smsts\.ini|Command line: .*(?:TsmBootstrap|TSBootShell|TsManager)|Logging (?:successfully )?(?:initialized|started)|Resuming Task Sequence|Starting Task Sequence Manager|Successfully registered TS Progress UI|TSBootShell|TSMBootstrap)/i;
const ENDS_RUN = (text: string) => GROUP_FAILED.test(text) || LAST_ACTION.test(text) || ENGINE_FAILED.test(text) || COMPLETED.test(text);
/** A process exit code this many records before a failure line with no step start is the step's. */
const EXIT_BEFORE_FAILURE = 5;
/** How many error records before the end of the run are shown with it. */
const ERRORS_BEFORE = 5;

/** Whether a record is one the task sequence engine writes for its instructions. */
export function isTaskSequenceLine(text: string): boolean {
  return START.test(text) || FAILED.test(text) || SUCCEEDED.test(text) || LAST_ACTION.test(text) || ENGINE_FAILED.test(text) || COMPLETED.test(text) || GROUP_FAILED.test(text);
}

interface Open {
  step: TsStep;
  /** The last "Process completed with exit code" inside the step. */
  exit: string | null;
  /** A group's instruction: its "The group (...)" lines make it no step of the timeline. */
  group: boolean;
}

function durationOf(startAt: number | null | undefined, end: LogRecord): number | null {
  const endAt = instantOf(end, true);
  return startAt == null || endAt === null || endAt < startAt ? null : endAt - startAt;
}

/**
 * Where the last run in the records starts: a log that holds several runs (a deployment retried
 * on the same PC) is told from its last one, which is the one the technician is looking at.
 */
function lastRunStart(records: readonly LogRecord[]): { from: number; earlier: number } {
  let from = 0;
  let earlier = 0;
  let ended = false;
  for (let i = 0; i < records.length; i++) {
    const text = records[i].text;
    if (ENDS_RUN(text)) ended = true;
    else if (ended && START.test(text)) {
      from = i;
      earlier++;
      ended = false;
    }
  }
  return { from, earlier };
}

/**
 * The error code and message of a failed action. The code is in its own record (CMTrace keeps the
 * message lines in it) or, in pasted lines, in one of the two after it.
 */
function failureDetails(records: readonly LogRecord[], i: number): { code: string | null; message: string | null } {
  const parts: string[] = [];
  for (let j = i; j < Math.min(records.length, i + 3); j++) {
    const text = j === i ? records[j].text.replace(FAILED_PREFIX, '') : records[j].text;
    if (j > i && (START.test(text) || FAILED.test(text) || ENDS_RUN(text))) break;
    const coded = ERROR_CODE.exec(text);
    const decimal = coded ? null : ERROR_DECIMAL.exec(text);
    const found = coded ?? decimal;
    parts.push((found ? text.slice(0, found.index) : text).trim());
    if (found) {
      const message = parts.join(' ').replace(/\s+/g, ' ').trim();
      return { code: coded ? hexCode(coded[1], 16) : hexCode(decimal![1], 10), message: message === '' ? null : message };
    }
  }
  const message = parts[0] ?? '';
  return { code: null, message: message === '' ? null : message };
}

/**
 * Reads the last task sequence run from its records in time order (several files merged), or null
 * when no record is one the engine writes for its instructions.
 */
export function readTaskSequence(all: readonly LogRecord[]): TaskSequenceRun | null {
  if (!all.some((r) => isTaskSequenceLine(r.text))) return null;
  const { from, earlier } = lastRunStart(all);
  const records = from === 0 ? all : all.slice(from);
  const steps: TsStep[] = [];
  const phases: { phase: Phase; from: LineRef }[] = [];
  const restarts: LineRef[] = [];
  let open: Open | null = null;
  let phase: Phase | null = null;
  let failedStep: number | null = null;
  let endRecord: LogRecord | null = null;
  let endIndex = -1;
  let failIndex = -1;
  let engineCode: string | null = null;
  let completed = false;
  let lastRestartAt: number | null = null;
  // The last process exit code and where: an excerpt may start just before a failure line.
  let lastExit: { code: string | null; at: number } | null = null;
  // Where and when each step started: its duration, and the records searched for errors before it.
  const starts = new Map<TsStep, { at: number | null; index: number }>();

  const begin = (name: string, pointer: number | null, r: LogRecord, i: number): Open => {
    const last = steps[steps.length - 1];
    if (last && last.restarted && last.result === 'success' && last.name === name && last.pointer === pointer) {
      // A step that asked for a restart runs again after it (Setup Windows and ConfigMgr): one step.
      last.result = 'unfinished';
      return { step: last, exit: null, group: false };
    }
    const step: TsStep = { name, pointer, result: 'unfinished', start: lineRef(r), end: null, durationMs: null, exitCode: null, message: null, phase, restarted: false };
    steps.push(step);
    starts.set(step, { at: instantOf(r, true), index: i });
    return { step, exit: null, group: false };
  };
  const finish = (o: Open, result: TsStep['result'], r: LogRecord) => {
    o.step.result = result;
    o.step.end = lineRef(r);
    o.step.durationMs = durationOf(starts.get(o.step)?.at, r);
  };

  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const text = r.text;
    const seen: Phase | null = WINPE_MARK.test(text) || r.component === 'TSBootShell' ? 'winpe' : FULL_OS_MARK.test(text) ? 'full-os' : null;
    if (seen !== null && seen !== phase) {
      phase = seen;
      phases.push({ phase, from: lineRef(r) });
      // The steps read before the run's first mark of where it is ran there too.
      if (phases.length === 1) for (const s of steps) s.phase = phase;
      else if (open && open.step.phase === null) open.step.phase = phase;
    }

    let m: RegExpExecArray | null;
    if ((m = START.exec(text)) ?? (m = RUNNING.exec(text))) {
      const running = m.length === 2;
      const name = running ? m[1] : (m[1] ?? m[2]);
      // Some versions write "Running action" after "Start executing" for the same step.
      if (running && open && !open.group && open.step.name === name) continue;
      // The last step failed and the engine went on to another: continue on error.
      if (failedStep !== null && endRecord === null) {
        steps[failedStep].result = 'failed-continued';
        failedStep = null;
      }
      open = begin(name, running ? null : Number(m[3]), r, i);
    } else if ((m = GROUP.exec(text))) {
      if (open && !open.group && open.step.name === m[1] && open.step.end === null) {
        steps.splice(steps.indexOf(open.step), 1);
        open.group = true;
      }
    } else if ((m = SKIPPED.exec(text))) {
      if (open && !open.group && open.step.name === (m[1] ?? m[2])) {
        finish(open, 'skipped', r);
        open.step.durationMs = null;
        open = null;
      }
    } else if ((m = PROCESS_EXIT.exec(text))) {
      lastExit = { code: hexCode(m[1], 10), at: i };
      if (open) open.exit = lastExit.code;
    } else if ((m = SUCCEEDED.exec(text))) {
      if (open && !open.group) {
        open.step.exitCode = hexCode(m[2], 10);
        finish(open, 'success', r);
      }
    } else if ((m = FAILED.exec(text))) {
      const name = open && !open.group && text.startsWith(`Failed to run the action: ${open.step.name}`) ? open.step.name : m[1];
      if (!open || open.group || open.step.name !== name) {
        open = begin(name, null, r, i);
        if (lastExit && i - lastExit.at <= EXIT_BEFORE_FAILURE) open.exit = lastExit.code;
      }
      const details = failureDetails(records, i);
      open.step.exitCode = details.code ?? open.exit;
      open.step.message = details.message;
      finish(open, 'failed', r);
      failedStep = steps.indexOf(open.step);
      failIndex = i;
      endIndex = i;
    } else if ((m = RESTART.exec(text))) {
      const step = open && !open.group ? open.step : steps[steps.length - 1];
      if (step) step.restarted = true;
      // One restart writes several of these lines within a second or two.
      const at = instantOf(r, true);
      if (restarts.length === 0 || at === null || lastRestartAt === null || at - lastRestartAt > 60_000) restarts.push(lineRef(r));
      lastRestartAt = at;
    } else if (GROUP_FAILED.test(text) || LAST_ACTION.test(text)) {
      endRecord ??= r;
      endIndex = i;
    } else if ((m = ENGINE_FAILED.exec(text))) {
      endRecord = r;
      endIndex = i;
      if (m[1]) engineCode = hexCode(m[1], 16);
    } else if ((m = COMPLETED.exec(text))) {
      completed = true;
      if (m[1] !== '0x00000000') engineCode = hexCode(m[1].slice(2), 16);
      endRecord = r;
      endIndex = i;
    }
  }

  const failed = failedStep !== null || (endRecord !== null && (!completed || engineCode !== null));
  const lastStep = steps[steps.length - 1];
  const ending: TaskSequenceRun['ending'] = failed
    ? 'failed'
    : completed
      ? 'completed'
      : lastStep?.restarted && lastStep.result === 'success'
        ? 'restart'
        : 'log-ends';
  const step = failedStep === null ? null : steps[failedStep];
  const errorsBefore: LineRef[] = [];
  if (failed) {
    const stepFrom = step ? starts.get(step)!.index : -1;
    const before = step ? failIndex : endIndex;
    // An excerpt may start at the failure line itself: then the records before it are read.
    const lowest = stepFrom >= 0 && stepFrom < before ? stepFrom : Math.max(0, before - 200);
    for (let j = before - 1; j >= lowest && errorsBefore.length < ERRORS_BEFORE; j--) {
      const r = records[j];
      if (isErrorRecord(r) && !FAILED.test(r.text)) errorsBefore.unshift(lineRef(r));
    }
  }
  const opening = records.slice(0, 3).some((r) => OPENING.test(r.text) || r.component === 'TSBootShell' || r.component === 'TSMBootstrap');
  return {
    files: [...new Set(records.map((r) => r.file))],
    startsMidRun: !opening,
    earlierRuns: earlier,
    steps,
    ending,
    success: !failed,
    failedStep,
    endLine: step?.end ?? (endRecord ? lineRef(endRecord) : null),
    code: step?.exitCode ?? engineCode,
    errorsBefore,
    phases,
    restarts,
    collectNext: failed ? collectNextFor(step, [...errorsBefore, ...(step?.end ? [step.end] : []), ...(endRecord ? [lineRef(endRecord)] : [])]) : [],
  };
}
