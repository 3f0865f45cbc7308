import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher, diagnose } from '../diagnose';
import { getKbEntries } from '../kb';
import { decodeLogBytes, parseLog } from '../log';
import { tellRun } from '.';
import { ticketText } from './ticket';

const matcher = compileMatcher(getKbEntries());
const read = (file: string) => parseLog(decodeLogBytes(new Uint8Array(fs.readFileSync(file))), file.split('/').at(-1)!);
const meaning = (code: string) => (code === '0x80070005' ? { name: 'ERROR_ACCESS_DENIED', message: 'Access is denied.' } : undefined);
const link = (path: string) => `http://kb.example/kb${path}`;

describe('ticketText', () => {
  it('holds the verdict, its confidence, the fix link, the failed step with its code, and the evidence lines only', () => {
    const records = read('test/eval/cases/custom-setupcomplete-blocks-setup-hook.log');
    const text = ticketText({ diagnosis: diagnose(matcher, records), run: tellRun(records), files: ['smsts.log'], meaning, link });
    expect(text).toContain('**Verdict:** Setup Windows and ConfigMgr fails with 0x80070005 because a custom SetupComplete.cmd is in the image (high confidence)');
    expect(text).toMatch(/\*\*Fix:\*\* .+: http:\/\/kb\.example\/kb\/articles\/custom-setupcomplete-blocks-setup-hook\/#/);
    expect(text).toContain('failed at step "Setup Windows and ConfigMgr" with 0x80070005 (ERROR_ACCESS_DENIED: Access is denied.)');
    // Of the log, only evidence lines: the 21-line excerpt's other lines stay out.
    const logLines = text.split('\n').filter((l) => /^custom-setupcomplete-blocks-setup-hook\.log:\d+: /.test(l));
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.length).toBeLessThanOrEqual(6);
    expect(text).not.toContain('Installing hook to');
  });

  it('gives the question that tells two tied articles apart, with its link', () => {
    const records = read('test/fixtures/kb2509330/phase1.log');
    const text = ticketText({ diagnosis: diagnose(matcher, records), run: tellRun(records), files: ['smsts.log'], meaning, link });
    expect(text).toMatch(/^Equally likely: .+\.$/m);
    expect(text).toMatch(/^To tell them apart: .+\? http:\/\/kb\.example\/kb\/troubleshoot\/\?path=/m);
    expect(text).not.toMatch(/\.;/);
  });

  it('gives the line that ended the run when no article matches', () => {
    const records = read('test/fixtures/logs/jimbocalvo__Reddit__ccmsetup.log');
    const text = ticketText({ diagnosis: diagnose(matcher, records), run: tellRun(records), files: ['ccmsetup.log'], meaning, link });
    expect(text).toContain('**Verdict:** no known issue matches.');
    expect(text).toContain('jimbocalvo__Reddit__ccmsetup.log:228: CcmSetup failed with error code 0x80190194');
    expect(text.split('\n').filter((l) => l.startsWith('jimbocalvo')).length).toBe(1);
  });
});
