// The story of a run, told from the records of every file of a case: the task sequence's steps
// (its logs merged in time order, rolled-over copies and the WinPE and full-OS halves together),
// and how every log ended.
import type { LogRecord } from '../log';
import { byFile, mergeByTime } from './merge';
import { logOutcome } from './outcomes';
import { readTaskSequence } from './task-sequence';
import type { RunStory } from './types';

export function tellRun(records: readonly LogRecord[]): RunStory {
  const files = byFile(records);
  const logs = files.map((f) => logOutcome(f[0].file, f));
  const tsFiles = files.filter((_, i) => logs[i].kind === 'task-sequence');
  return { taskSequence: tsFiles.length === 0 ? null : readTaskSequence(mergeByTime(tsFiles)), logs };
}

export { mergeByTime, byFile } from './merge';
export { readTaskSequence, isTaskSequenceLine } from './task-sequence';
export { logOutcome, logKind } from './outcomes';
export { collectNextFor, NEXT_LOG_RULES } from './next-logs';
export { instantOf } from './instant';
export { ticketText, type TicketInput } from './ticket';
export type * from './types';
