import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLogBytes, parseLog } from '../log';
import { logKind, logOutcome } from './outcomes';

const LOGS = 'test/fixtures/logs';
const outcome = (file: string, name = file) => logOutcome(name, parseLog(decodeLogBytes(new Uint8Array(fs.readFileSync(path.resolve(LOGS, file)))), name));

describe('logOutcome', () => {
  it('gives the line ccmsetup.log ends with, its code and the failure, though ccmsetup logs it as information', () => {
    const o = outcome('jimbocalvo__Reddit__ccmsetup.log');
    expect(o.kind).toBe('ccmsetup');
    expect(o.end).toEqual({ line: expect.objectContaining({ line: 228, text: 'CcmSetup failed with error code 0x80190194' }), result: 'failure', code: '0x80190194' });
    // Its last type-3 record comes before the exit line, which ccmsetup writes as type 1.
    expect(o.lastError).toMatchObject({ severity: 'error', text: 'Failed to revoke client upgrade local policy. Error 0x8004100e' });
  });

  it('gives the result Windows Setup ends with in setupact.log, and its first and last error', () => {
    const o = outcome('rickaK77__Setup-Log__setupact.log');
    expect(o.kind).toBe('windows-setup');
    expect(o.end).toEqual({ line: expect.objectContaining({ line: 6275, text: 'CSetupHost::Execute(433): Result = 0x80070032' }), result: 'failure', code: '0x80070032' });
    expect(o.lastError?.line).toBe(6275);
    expect(o.firstError!.line).toBeLessThan(5904);
  });

  it('finds MDT errors from their words, since MDT writes every record as type 1', () => {
    const o = outcome('maxmoonACR__MDTLOGFiles__BDD.log');
    expect(o.kind).toBe('mdt');
    expect(o.firstError).toMatchObject({ line: 257, severity: 'info' });
    expect(o.firstError?.text).toMatch(/^ERROR: Invalid OS GUID/);
    const healthy = outcome('24pankajsh__TestAutomation__ZTIConfigure.log');
    expect(healthy).toMatchObject({ kind: 'mdt', errors: 0, firstError: null });
    expect(healthy.end).toMatchObject({ result: 'success', line: expect.objectContaining({ text: 'ZTIConfigure processing completed successfully.' }) });
  });

  it('counts a non-zero return code as an MDT error, and the ZTI ERROR MDT wrote as type 3', () => {
    const o = logOutcome('BDD.log', parseLog(fs.readFileSync(path.resolve('test/fixtures/run/kb2797676-bdd.log'), 'utf8'), 'BDD.log'));
    expect(o).toMatchObject({ kind: 'mdt', errors: 3 });
    expect(o.firstError?.text).toBe('Return code from command = 1');
    expect(o.lastError?.text).toBe('Event 41002 sent: ZTI ERROR - Unhandled error returned by LTIApply: Not found (-2147217406 0x80041002)');
  });

  it('counts the errors of a CMTrace log by their type, and gives no end line where the log writes none', () => {
    const o = outcome('ErnestoLeon87__log_reader__smsts.log');
    expect(o.kind).toBe('task-sequence');
    expect(o.errors).toBeGreaterThan(0);
    expect(o.firstError?.severity).toBe('error');
    expect(o.end).toBeNull();
  });
});

describe('logKind', () => {
  it('knows a log by its name, with or without a prefix, and by the component that wrote it', () => {
    expect(['smsts.log', 'SMSTS.lo_', 'smsts-20240207-165000.log', 'PC01_smsts.log', 'smsts.log (2)', 'bundle.zip/Logs/ccmsetup.log', 'client.msi.log', 'SMSPXE.log', 'setuperr.log', 'ZTIGather.log', 'BDD.log'].map((n) => logKind(n, []))).toEqual([
      'task-sequence', 'task-sequence', 'task-sequence', 'task-sequence', 'task-sequence', 'ccmsetup', 'client-msi', 'smspxe', 'windows-setup', 'mdt', 'mdt',
    ]);
    expect(logKind('pasted text', parseLog('<![LOG[Sending request]LOG]!><time="10:00:00.000+000" date="01-01-2024" component="ccmsetup" context="" type="1" thread="1" file="">', 'x'))).toBe('ccmsetup');
    expect(logKind('notes.txt', parseLog('hello', 'x'))).toBe('other');
  });
});
