// How each log ended: its first and last error, and, for the logs that write one when they end,
// that line with its exit code and whether it means success.
import type { LogRecord } from '../log';
import { baseName, hexCode, isErrorRecord, lineRef } from './lines';
import { isTaskSequenceLine } from './task-sequence';
import type { LineRef, LogKind, LogOutcome } from './types';

/** Which log a file is, from its name first, then from the components that wrote it. */
const KINDS: readonly { kind: LogKind; name: RegExp; component?: RegExp }[] = [
  { kind: 'task-sequence', name: /(?:^|[_.\s-])smsts(?:-[\d-]+)?\.(?:log|lo_)$/i },
  { kind: 'ccmsetup', name: /(?:^|[_.\s-])ccmsetup(?:-[\d-]+)?\.(?:log|lo_)$/i, component: /^ccmsetup$/i },
  { kind: 'client-msi', name: /(?:^|[_.\s-])client\.msi(?:_uninstall)?\.log$|\.msi\.log$/i },
  { kind: 'smspxe', name: /(?:^|[_.\s-])smspxe(?:-[\d-]+)?\.(?:log|lo_)$/i, component: /^SMSPXE$/i },
  { kind: 'windows-setup', name: /(?:^|[_.\s-])setup(?:act|err)\.log$/i },
  { kind: 'mdt', name: /(?:^|[_.\s-])(?:bdd|zti\w*|lti\w*|litetouch|wizard)\.log$/i, component: /^(?:ZTI|LTI)\w+$/ },
];

// MDT writes every record as type 1: its errors are found from the words it uses for them.
const MDT_ERROR = /\bFAILURE \(|\bERROR -|\bERROR:|ZTI ERROR|Litetouch deployment failed|returned an unexpected return code|^Return code from command = -?[1-9]/;

/** End lines, by kind: the first pattern found last in the log wins; code group 1, radix given. */
const END_LINES: Partial<Record<LogKind, readonly { pattern: RegExp; radix: 10 | 16; success: (code: string | null) => boolean }[]>> = {
  ccmsetup: [
    // 0 is success and 7 a success that needs a restart (ccmsetup's documented return codes).
    { pattern: /CcmSetup is exiting with return code (\d+)/i, radix: 10, success: (c) => c === '0x00000000' || c === '0x00000007' },
    { pattern: /CcmSetup failed with error code 0x([0-9A-Fa-f]{1,8})/i, radix: 16, success: () => false },
  ],
  'client-msi': [
    { pattern: /MainEngineThread is returning (\d+)/, radix: 10, success: (c) => c === '0x00000000' || c === '0x00000BC2' || c === '0x00000669' },
    { pattern: /Installation (?:operation )?completed successfully/, radix: 10, success: () => true },
    { pattern: /Installation (?:operation )?failed/, radix: 10, success: () => false },
  ],
  smspxe: [{ pattern: /: (?:Not serviced|No boot action\. Aborted)\.?\s*$/, radix: 10, success: () => false }],
  'windows-setup': [{ pattern: /::Execute\(\d+\): Result = 0x([0-9A-Fa-f]{1,8})\b/, radix: 16, success: (c) => c === '0x00000000' }],
  mdt: [
    { pattern: /COMPLETED\.\s+Return Value = (-?\d+)/i, radix: 10, success: (c) => c === '0x00000000' },
    { pattern: /Litetouch deployment failed, Return(?:ed)? Code = (-?\d+)/i, radix: 10, success: () => false },
    { pattern: /processing completed successfully/i, radix: 10, success: () => true },
  ],
};

export function logKind(file: string, records: readonly LogRecord[]): LogKind {
  // A second file of the same name is labelled "smsts.log (2)".
  const name = baseName(file).replace(/ \(\d+\)$/, '');
  const byName = KINDS.find((k) => k.name.test(name));
  if (byName) return byName.kind;
  const components = new Map<string, number>();
  for (const r of records.slice(0, 500)) if (r.component) components.set(r.component, (components.get(r.component) ?? 0) + 1);
  const top = [...components].sort((a, b) => b[1] - a[1])[0]?.[0];
  const byComponent = top ? KINDS.find((k) => k.component?.test(top)) : undefined;
  if (byComponent) return byComponent.kind;
  return records.some((r) => isTaskSequenceLine(r.text)) ? 'task-sequence' : 'other';
}

function isError(r: LogRecord, kind: LogKind, hasSeverities: boolean): boolean {
  if (kind === 'mdt') return MDT_ERROR.test(r.text) || r.severity === 'error';
  // A log that writes severities says itself which lines are errors, even where one lacks it.
  return hasSeverities ? r.severity === 'error' : isErrorRecord(r);
}

/** The outcome of one file's records. */
export function logOutcome(file: string, records: readonly LogRecord[]): LogOutcome {
  const kind = logKind(file, records);
  const hasSeverities = records.some((r) => r.severity !== null);
  let errors = 0;
  let firstError: LineRef | null = null;
  let last: LogRecord | null = null;
  for (const r of records) {
    if (!isError(r, kind, hasSeverities)) continue;
    errors++;
    firstError ??= lineRef(r);
    last = r;
  }
  return { file, kind, records: records.length, errors, firstError, lastError: last ? lineRef(last) : null, end: endOf(kind, records) };
}

function endOf(kind: LogKind, records: readonly LogRecord[]): LogOutcome['end'] {
  const rules = END_LINES[kind];
  if (!rules) return null;
  for (let i = records.length - 1; i >= 0; i--) {
    for (const rule of rules) {
      const m = rule.pattern.exec(records[i].text);
      if (!m) continue;
      const code = m[1] === undefined ? null : hexCode(m[1], rule.radix);
      return { line: lineRef(records[i]), result: rule.success(code) ? 'success' : 'failure', code };
    }
  }
  return null;
}
