import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeLogBytes } from './decode';
import { parseLog } from './parse';
import { hardWrapWidth } from './wrap';

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
