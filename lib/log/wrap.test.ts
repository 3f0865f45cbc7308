import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeLogBytes } from './decode';
import { parseLog } from './parse';
import { hardWrapWidth, isSoftWrapped } from './wrap';

const LINES = [
  'Found empty NetworkAccessUsername/NetworkAccessPassword from NAAConfig CCM_NetworkAccessAccount TSMBootstrap',
  'Network Access Account is not set TSMBootstrap',
  'Setting wizard error: Failed to read network access account from machine policy. For more information, please contact your system administrator or helpdesk operator. TSMBootstrap',
];
const wrap = (lines: string[], width: number) => lines.flatMap((l) => l.match(new RegExp(`.{1,${width}}`, 'g'))!).join('\n');

describe('hard-wrapped excerpts', () => {
  it('finds the width a ticket system wrapped the lines at', () => {
    expect(hardWrapWidth(wrap(LINES, 72))).toBe(72);
    expect(hardWrapWidth(wrap(LINES, 80))).toBe(80);
  });

  it('finds none in unwrapped excerpts or in any real log', () => {
    expect(hardWrapWidth(LINES.join('\n'))).toBe(0);
    const dir = new URL('../../test/fixtures/logs/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.log'))) {
      expect(hardWrapWidth(decodeLogBytes(new Uint8Array(readFileSync(new URL(file, dir))))), file).toBe(0);
    }
  });

  it('re-joins the pieces of each line into one record, spanning the physical lines', () => {
    const records = parseLog(wrap(LINES, 72), 'ticket.txt');
    expect(records.map((r) => [r.text, r.component, r.line, r.endLine, r.offset])).toEqual([
      ['Found empty NetworkAccessUsername/NetworkAccessPassword from NAAConfig CCM_NetworkAccessAccount', 'TSMBootstrap', 1, 2, -1],
      ['Network Access Account is not set', 'TSMBootstrap', 3, 3, expect.any(Number)],
      [LINES[2].replace(/ TSMBootstrap$/, ''), 'TSMBootstrap', 4, 6, -1],
    ]);
  });

  it('re-joins a wrapped CMTrace record', () => {
    const record = `<![LOG[${LINES[0].replace(/ TSMBootstrap$/, '')}]LOG]!><time="10:22:10.567+000" date="03-15-2011" component="TSMBootstrap" context="" type="3" thread="1456" file="tspolicy.cpp:1518">`;
    const records = parseLog(wrap([record, record], 72), 'ticket.txt');
    expect(records.map((r) => [r.text, r.component, r.severity])).toEqual([
      [LINES[0].replace(/ TSMBootstrap$/, ''), 'TSMBootstrap', 'error'],
      [LINES[0].replace(/ TSMBootstrap$/, ''), 'TSMBootstrap', 'error'],
    ]);
  });
});

describe('soft-wrapped pasted lines', () => {
  // As reporters pasted them: a long line broken mid-sentence by the page it was copied from.
  const pasted = [
    'SYSPRP Package Microsoft.<X> was installed for a user, but not provisioned',
    'for all users. This package will not function properly in the sysprep image.',
  ];

  it('joins a long piece ending mid-sentence with the lower-case piece after it', () => {
    expect(isSoftWrapped(pasted[0], pasted[1])).toBe(true);
    expect(isSoftWrapped('Error:SYSPRP Package Microsoft.WidgetsPlatformRuntime was installed for a user, but not ', '      provisioned for all users.')).toBe(true);
    const records = parseLog(pasted.join('\n'), 'setupact.log');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ line: 1, endLine: 2, text: `${pasted[0]}\n${pasted[1]}` });
  });

  it('keeps short lines, lines that end a sentence, and lines that start otherwise apart', () => {
    expect(isSoftWrapped('Exiting with code 0x80070005', 'exitCode, HRESULT=80070005 (setupwindows.cpp,785)')).toBe(false);
    expect(isSoftWrapped(`${pasted[0]}.`, pasted[1])).toBe(false);
    expect(isSoftWrapped(pasted[0], 'For all users.')).toBe(false);
    expect(isSoftWrapped(pasted[0], 'for\tall users')).toBe(false);
    expect(parseLog('Failed to install the setup hook. Permissions on the requested may be configured incorrectly.\npHook->install(sWindowsDir), HRESULT=80070005', 'x')).toHaveLength(2);
  });
});
