import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const TSX = path.resolve('node_modules/.bin/tsx');
const KB = 'test/fixtures/kb2509330';
const FOUNDING = 'naa-srvacct-restore-key-mismatch';

function run(args: string[], input?: string) {
  return execFileSync(TSX, ['scripts/diagnose.ts', ...args], { encoding: 'utf8', input });
}
const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l));

describe('npm run diagnose', () => {
  it('with --json --each prints one result per file, in order, the founding article among the matches of every KB excerpt', () => {
    const files = ['phase1.log', 'phase2.log', 'phase1.cmtrace.log', 'phase2.cmtrace.log'].map((f) => `${KB}/${f}`);
    const results = lines(run(['--json', '--each', ...files]));
    expect(results.map((r) => r.file)).toEqual(files.map((f) => path.basename(f)));
    for (const r of results) {
      expect(r.verdict).toBe('match');
      // The first excerpt's lines are also what an unset NAA prints: the two articles tie there.
      const founding = r.matches.find((m: { id: string }) => m.id === FOUNDING);
      expect(founding).toMatchObject({ id: FOUNDING, url: `/articles/${FOUNDING}/` });
      expect(founding.evidence[0]).toEqual({ file: r.file, line: expect.any(Number), text: expect.any(String) });
      if (r.file.startsWith('phase2')) expect(r.matches[0].id).toBe(FOUNDING);
    }
  }, 30_000);

  it('without --each treats all files as one case', () => {
    const results = lines(run(['--json', `${KB}/phase1.log`, 'test/fixtures/logs/brackdk04__hello-world__smsts.log']));
    expect(results).toHaveLength(1);
    expect(results[0].file).toBe('phase1.log, brackdk04__hello-world__smsts.log');
    expect(results[0].matches.map((m: { id: string }) => m.id)).toContain(FOUNDING);
  }, 30_000);

  it('says none for every HEALTHY log of the fixture index', () => {
    const index = fs.readFileSync('test/fixtures/logs/INDEX.tsv', 'utf8').trim().split('\n').slice(1);
    const healthy = index.map((r) => r.split('\t')).filter((c) => c[8].startsWith('HEALTHY')).map((c) => `test/fixtures/logs/${c[0]}`);
    const results = lines(run(['--json', '--each', ...healthy]));
    expect(results.map((r) => r.verdict)).toEqual(healthy.map(() => 'none'));
  }, 30_000);

  it('tells the run: how ccmsetup.log and setupact.log ended, and a healthy task sequence as a success', () => {
    const [ccmsetup, setup, healthy, failing] = lines(
      run([
        '--json',
        '--each',
        'test/fixtures/logs/jimbocalvo__Reddit__ccmsetup.log',
        'test/fixtures/logs/rickaK77__Setup-Log__setupact.log',
        'test/fixtures/logs/ErnestoLeon87__log_reader__smsts.log',
        'test/eval/cases/custom-setupcomplete-blocks-setup-hook.log',
      ]),
    );
    expect(ccmsetup.run.logs[0].end).toMatchObject({ result: 'failure', code: '0x80190194', line: { line: 228, text: 'CcmSetup failed with error code 0x80190194' }, meaning: { name: 'BG_E_HTTP_ERROR_404' } });
    expect(setup.run.logs[0].end).toMatchObject({ result: 'failure', code: '0x80070032', line: { line: 6275 } });
    expect(healthy.run.taskSequence).toMatchObject({ success: true, failedStep: null, ending: 'completed' });
    expect(failing.run.taskSequence).toMatchObject({ success: false, code: '0x80070005', meaning: { name: 'ERROR_ACCESS_DENIED' } });
    expect(failing.run.taskSequence.steps[failing.run.taskSequence.failedStep].name).toBe('Setup Windows and ConfigMgr');
  }, 30_000);

  it('lists every code of the log with its name and message', () => {
    const [result] = lines(run(['--json', 'test/fixtures/codes/every-form.log']));
    const byCode = Object.fromEntries(result.codes.map((c: { code: string }) => [c.code, c]));
    const expected: Record<string, string | null> = {
      '0x80070005': 'ERROR_ACCESS_DENIED',
      '0x00000005': 'ERROR_ACCESS_DENIED',
      '0x8009100E': 'CRYPT_E_SIGNER_NOT_FOUND',
      '0x800B0101': 'CERT_E_EXPIRED',
      '0x80092002': 'CRYPT_E_BAD_ENCODE',
      '0x80190191': 'BG_E_HTTP_ERROR_401',
      '0x80040101': 'DRAGDROP_E_ALREADYREGISTERED',
      '0x80072F8F': 'ERROR_WINHTTP_SECURE_FAILURE',
      '0x80072EE7': 'ERROR_WINHTTP_NAME_NOT_RESOLVED',
      '0xC0000005': 'STATUS_ACCESS_VIOLATION',
      '0x00000643': 'ERROR_INSTALL_FAILURE',
      '0x80070057': 'ERROR_INVALID_PARAMETER',
      '0x87D00324': null,
      '0xC107010C': null,
      '0x00000BC2': 'ERROR_SUCCESS_REBOOT_REQUIRED',
    };
    for (const [code, name] of Object.entries(expected)) {
      expect(byCode[code], code).toMatchObject({ code, name });
      expect(byCode[code].message.length, code).toBeGreaterThan(10);
    }
    expect(byCode['0xC107010C'].message).toContain('FACILITY_DEPLOYMENT_SERVICES_PXE');
  }, 30_000);

  it('reads standard input for -', () => {
    const out = run(['-'], fs.readFileSync(`${KB}/phase2.log`, 'utf8'));
    expect(out).toContain(`stdin: 1 known problem(s)`);
    expect(out).toContain(FOUNDING);
  }, 30_000);

  it('reads the logs inside a zip bundle, labelled by their path, and says which files are not text logs', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diagnose-'));
    const zip = path.join(dir, 'bundle.zip');
    fs.writeFileSync(zip, zipSync({ 'Windows/Temp/SMSTSLog/smsts.log': new Uint8Array(fs.readFileSync(`${KB}/phase2.cmtrace.log`)) }));
    const png = path.join(dir, 'screenshot.png');
    fs.writeFileSync(png, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    const [report] = lines(run(['--json', zip, png]));
    expect(report.matches[0].id).toBe(FOUNDING);
    expect(report.matches[0].evidence[0].file).toBe('bundle.zip/Windows/Temp/SMSTSLog/smsts.log');
    expect(report.skipped).toEqual([{ name: 'screenshot.png', reason: 'this is a PNG image, not a text log' }]);
    expect(run([png])).toContain('screenshot.png: not read: this is a PNG image, not a text log');
  }, 30_000);

  it('exits 2 with the usage when no file is given', () => {
    const result = spawnSync(TSX, ['scripts/diagnose.ts', '--json'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run diagnose');
  }, 30_000);
});
