import { decodeLogBytes, parseLog, type LogRecord } from '../log';
import { diagnose, type Diagnosis } from './diagnose';
import type { Matcher } from './matcher';

/** Decodes and parses files given as bytes and diagnoses them as one case. */
export function diagnoseFiles(matcher: Matcher, files: { name: string; bytes: Uint8Array }[]): Diagnosis {
  const records: LogRecord[] = [];
  for (const file of files) for (const record of parseLog(decodeLogBytes(file.bytes), file.name)) records.push(record);
  return diagnose(matcher, records);
}
