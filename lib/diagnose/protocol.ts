import type { SkippedInput } from '../log';
import type { LogFilter, LogRow, LogSummary } from '../log/view';
import type { RunStory } from '../run';
import type { Diagnosis } from './diagnose';

/** A pasted text or a dropped file, as handed to the worker (File objects clone cheaply). */
export type LogInput = { name: string; text: string } | { name: string; file: Blob };

export interface CodeInfo {
  code: string;
  /** Null for codes that only a message or a breakdown describes (ConfigMgr 0x87D…, unknown values). */
  name: string | null;
  message: string;
  success: boolean;
  /** Every other reading the tables give (12175 is both a WinHTTP and a WinINet error). */
  others: { name: string | null; message: string | null }[];
}

/** How far a diagnosis got: bytes and files read and parsed, then matching. */
export interface Progress {
  phase: 'reading' | 'parsing' | 'matching';
  bytesDone: number;
  bytesTotal: number;
  filesDone: number;
  filesTotal: number;
}

export interface FileStats {
  name: string;
  lines: number;
  records: number;
}

export type WorkerRequest =
  | { type: 'diagnose'; id: number; kbUrl: string; inputs: LogInput[] }
  | { type: 'context'; id: number; file: string; line: number; radius: number }
  | { type: 'log-summary'; id: number }
  | { type: 'log-rows'; id: number; filter: LogFilter; from: number; count: number }
  | { type: 'log-find-error'; id: number; filter: LogFilter; from: number; direction: 1 | -1 }
  | { type: 'log-locate'; id: number; filter: LogFilter; file: string; line: number };

export type WorkerResponse =
  | { type: 'diagnosis'; id: number; diagnosis: Diagnosis; run: RunStory; codeInfo: Record<string, CodeInfo>; files: FileStats[]; skipped: SkippedInput[]; ms: number }
  | { type: 'context'; id: number; file: string; lines: { line: number; text: string }[] }
  | { type: 'log-summary'; id: number; summary: LogSummary }
  | { type: 'log-rows'; id: number; total: number; rows: LogRow[] }
  | { type: 'log-index'; id: number; index: number }
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'error'; id: number; message: string };
