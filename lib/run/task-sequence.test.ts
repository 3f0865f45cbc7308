import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLogBytes, parseLog } from '../log';
import { tellRun } from '.';
import { readTaskSequence } from './task-sequence';

const read = (file: string, name = path.basename(file)) => parseLog(decodeLogBytes(new Uint8Array(fs.readFileSync(path.resolve(file)))), name);
const LOGS = 'test/fixtures/logs';
const run = (file: string) => readTaskSequence(read(file))!;

describe('readTaskSequence on healthy SMSTS.log files', () => {
  it('reads a full-OS run that completed: success, every step with its duration and exit code', () => {
    const ts = run(`${LOGS}/ErnestoLeon87__log_reader__smsts.log`);
    expect(ts).toMatchObject({ ending: 'completed', success: true, failedStep: null, code: null, earlierRuns: 0 });
    expect(ts.endLine).toMatchObject({ line: 6057, text: 'Task sequence completed 0x00000000' });
    expect(ts.steps).toHaveLength(26);
    expect(ts.steps.filter((s) => s.result === 'skipped').map((s) => s.name)).toEqual(['Set CcmExec to Auto', 'Hotkey Driver', 'Hotkey Driver', 'Install Cisco VPN', 'Set CcmExec to Delayed-Auto']);
    expect(ts.steps.every((s) => s.result === 'success' || s.result === 'skipped')).toBe(true);
    const chrome = ts.steps.find((s) => s.name === 'Install Google Chrome v75')!;
    // 10:27:16.... to 10:27:34...: from its instruction line to its "Successfully completed" line.
    expect(chrome).toMatchObject({ result: 'success', exitCode: '0x00000000', durationMs: 18467, phase: 'full-os', pointer: expect.any(Number) });
  });

  it('says the log starts mid-run when its first lines are not the engine starting (rolled over)', () => {
    expect(run(`${LOGS}/ErnestoLeon87__log_reader__smsts.log`).startsMidRun).toBe(true);
    expect(run(`${LOGS}/brackdk04__hello-world__smsts.log`).startsMidRun).toBe(false);
  });

  it('keeps a step that restarted the computer as one step, and places the phases and the restart', () => {
    const ts = run(`${LOGS}/ErnestoLeon87__log_reader__smsts.log`);
    expect(ts.steps[0]).toMatchObject({ name: 'Setup Windows and Configuration Manager', restarted: true, result: 'success', phase: 'winpe' });
    // From its first start (10:20:57.476) to its success after the restart (10:25:45.500).
    expect(ts.steps[0].durationMs).toBe(288_024);
    expect(ts.phases.map((p) => p.phase)).toEqual(['winpe', 'full-os']);
    expect(ts.restarts.map((r) => r.line)).toEqual([2265]);
  });

  it('reads a WinPE run that ends at its restart into the new OS as a success with no failed step', () => {
    for (const [file, steps] of [['brackdk04__hello-world__smsts.log', 21], ['maxmoonACR__MDTLOGFiles__smsts.log', 20]] as const) {
      const ts = run(`${LOGS}/${file}`);
      expect(ts).toMatchObject({ ending: 'restart', success: true, failedStep: null, endLine: null });
      expect(ts.steps).toHaveLength(steps);
      expect(ts.steps.at(-1)).toMatchObject({ name: 'Restart computer', restarted: true, result: 'success' });
      expect(new Set(ts.steps.map((s) => s.phase))).toEqual(new Set(['winpe']));
      // Groups are not steps of the timeline.
      expect(ts.steps.map((s) => s.name)).not.toContain('Initialization');
    }
  });
});

describe('readTaskSequence on failing excerpts quoted by the articles', () => {
  it('names the failed step, its code and message, the error lines before it, and the log to collect next', () => {
    const ts = run('test/eval/cases/custom-setupcomplete-blocks-setup-hook.log');
    expect(ts).toMatchObject({ ending: 'failed', success: false, failedStep: 0, code: '0x80070005' });
    expect(ts.steps[0]).toMatchObject({
      name: 'Setup Windows and ConfigMgr',
      result: 'failed',
      exitCode: '0x80070005',
      message: 'Permissions on the requested may be configured incorrectly. Access is denied.',
      phase: 'winpe',
    });
    expect(ts.endLine?.text).toMatch(/^Failed to run the action: Setup Windows and ConfigMgr\./);
    expect(ts.errorsBefore.map((e) => e.text)).toContain('Failed to install OSD setup hook (0x80070005)');
    expect(ts.errorsBefore.length).toBeLessThanOrEqual(5);
    expect(ts.collectNext[0].log).toMatch(/setupact\.log/);
  });

  it('reads a decimal error after the step name', () => {
    const ts = run('test/eval/cases/preprovision-bitlocker-tpm-ownership-adk-22000.log');
    expect(ts.steps[0]).toMatchObject({ name: 'Pre-provision BitLocker', result: 'failed', exitCode: '0x80070002' });
    expect(ts.errorsBefore.map((e) => e.text)).toContain('Failed to take ownership of TPM. Ensure that Active Directory permissions are properly configured');
  });

  it('ends the run with the failed step when the engine aborts the group after it', () => {
    for (const [file, code] of [['kb2670374-summary.log', '0x80070070'], ['kb2797676-summary.log', '0x80041002']]) {
      const ts = run(`test/fixtures/run/${file}`);
      expect(ts).toMatchObject({ ending: 'failed', failedStep: 0, code });
      expect(ts.steps).toHaveLength(1);
      expect(ts.steps[0]).toMatchObject({ name: 'Apply Windows PE', result: 'failed' });
      expect(ts.endLine?.text).toBe('Failed to run the action: Apply Windows PE.');
    }
  });

  it('takes the process exit code just before a failure line that gives none', () => {
    const ts = run('test/eval/cases/none-required-osddiskpart-partition-larger-than-disk.log');
    expect(ts.steps[0]).toMatchObject({ name: 'Partition Disk', result: 'failed', exitCode: '0x8000FFFF' });
  });

  it('is null for a log the task sequence engine did not write', () => {
    expect(readTaskSequence(read(`${LOGS}/jimbocalvo__Reddit__ccmsetup.log`))).toBeNull();
  });
});

describe('readTaskSequence on the engine\'s own line formats', () => {
  // Lines in the engine's formats (see the healthy logs above), arranged to make one case each.
  const lines = (...texts: string[]) => parseLog(texts.join('\n'), 'smsts.log');

  it('marks a failed step the run went on from as continued on error', () => {
    const ts = readTaskSequence(
      lines(
        'Start executing an instruction. Instruction name: Install Fonts. Instruction pointer: 7',
        'Failed to run the action: Install Fonts. Incorrect function. (Error: 80070001; Source: Windows)',
        'Start executing an instruction. Instruction name: Apply Branding. Instruction pointer: 8',
        'Successfully completed the action (Apply Branding) with the exit win32 code 0',
        'Task sequence completed 0x00000000',
      ),
    )!;
    expect(ts.steps.map((s) => s.result)).toEqual(['failed-continued', 'success']);
    expect(ts).toMatchObject({ ending: 'completed', success: true, failedStep: null });
  });

  it('tells the last run of a log that holds several', () => {
    const ts = readTaskSequence(
      lines(
        'Start executing an instruction. Instruction name: Partition Disk. Instruction pointer: 3',
        'Failed to run the action: Partition Disk. Catastrophic failure (Error: 8000FFFF; Source: Windows)',
        'Task sequence execution failed with error code 80004005',
        "Start executing an instruction. Instruction name: 'Partition Disk'.  Pointer: 3. Type: ''. Disabled: 0",
        'Successfully completed the action (Partition Disk) with the exit win32 code 0',
        'Task sequence completed 0x00000000',
      ),
    )!;
    expect(ts).toMatchObject({ earlierRuns: 1, success: true, ending: 'completed' });
    expect(ts.steps).toEqual([expect.objectContaining({ name: 'Partition Disk', pointer: 3, result: 'success' })]);
  });

  it('gives the engine\'s code when no step failed', () => {
    const ts = readTaskSequence(lines('Failed to download policy ABC00012 (Code 0x80004005).', 'Task sequence execution failed with error code 80004005'))!;
    expect(ts).toMatchObject({ ending: 'failed', failedStep: null, code: '0x80004005' });
    expect(ts.errorsBefore.map((e) => e.text)).toEqual(['Failed to download policy ABC00012 (Code 0x80004005).']);
    expect(ts.collectNext[0].log).toMatch(/MP_Policy\.log/);
  });
});

describe('tellRun across rolled-over copies', () => {
  it('reads smsts-<date>.log and smsts.log as one run, whatever order they come in', () => {
    const whole = read(`${LOGS}/ErnestoLeon87__log_reader__smsts.log`, 'smsts.log');
    const cut = whole.findIndex((r) => r.line >= 3000);
    const rolled = whole.slice(0, cut).map((r) => ({ ...r, file: 'smsts-20191018-102700.log' }));
    const current = whole.slice(cut);
    const story = tellRun([...current, ...rolled]);
    const alone = readTaskSequence(whole)!;
    expect(story.taskSequence!.files).toEqual(['smsts-20191018-102700.log', 'smsts.log']);
    expect(story.taskSequence!.steps.map((s) => [s.name, s.result, s.durationMs])).toEqual(alone.steps.map((s) => [s.name, s.result, s.durationMs]));
    expect(story.taskSequence!.steps.find((s) => s.name === 'Install Java 8 Update 121')?.start.file).toBe('smsts.log');
    expect(story.logs.map((l) => l.kind)).toEqual(['task-sequence', 'task-sequence']);
  });
});
