import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, notATextLog, openInputs, uniqueNames } from './inputs';

const encode = (text: string) => new TextEncoder().encode(text);
const LOG = new Uint8Array(readFileSync(new URL('../../test/fixtures/kb2509330/phase1.cmtrace.log', import.meta.url)));

describe('notATextLog', () => {
  it('says what a dropped non-log is', () => {
    expect(notATextLog(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toMatch(/PNG image/);
    expect(notATextLog(encode('MZ\x90\x00\x03'))).toMatch(/Windows program/);
    expect(notATextLog(new Uint8Array(0))).toBe('the file is empty');
    expect(notATextLog(new Uint8Array(5000))).toMatch(/only zero bytes/);
    expect(notATextLog(encode(' \n\t\r\n '))).toMatch(/only white space/);
    expect(notATextLog(Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256))).toMatch(/binary/);
  });

  it('reads real logs, UTF-16 ones, and logs with a few NUL bytes or invalid UTF-8 as text', () => {
    expect(notATextLog(LOG)).toBeNull();
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Network Access Account is not set'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(notATextLog(utf16)).toBeNull();
    expect(notATextLog(encode('line one\x00\x00 still text\nline two \xff\n'))).toBeNull();
  });
});

describe('openInputs', () => {
  it('expands a zip bundle, labelling each log archive.zip/path/file.log, and sets aside what is not a log', () => {
    const zip = zipSync({ 'SMSTSLog/smsts.log': LOG, 'screenshot.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), 'empty.log': new Uint8Array(0), 'dir/': new Uint8Array(0) });
    const { texts, skipped } = openInputs([{ name: 'logs.zip', bytes: zip }]);
    expect(texts.map((t) => t.name)).toEqual(['logs.zip/SMSTSLog/smsts.log']);
    expect(texts[0].text).toContain('Network Access Account is not set');
    expect(skipped).toEqual([
      { name: 'logs.zip/empty.log', reason: 'the file is empty' },
      { name: 'logs.zip/screenshot.png', reason: expect.stringMatching(/PNG image/) },
    ]);
  });

  it('says plainly when a zip is damaged or a file is too large, and reads the rest', () => {
    const damaged = zipSync({ 'a.log': LOG }).slice(0, 60);
    const big = { name: 'huge.log', bytes: new Uint8Array(MAX_FILE_BYTES + 1) };
    const { texts, skipped } = openInputs([{ name: 'broken.zip', bytes: damaged }, big, { name: 'smsts.log', bytes: LOG }]);
    expect(texts.map((t) => t.name)).toEqual(['smsts.log']);
    expect(skipped.map((s) => [s.name, s.reason])).toEqual([
      ['broken.zip', expect.stringMatching(/could not be opened/)],
      ['huge.log', expect.stringMatching(/limit per file/)],
    ]);
  });
});

describe('uniqueNames', () => {
  it('numbers a name given again, keeping the first as it is', () => {
    expect(uniqueNames([{ name: 'smsts.log' }, { name: 'ccmsetup.log' }, { name: 'smsts.log' }, { name: 'smsts.log' }]).map((i) => i.name)).toEqual([
      'smsts.log',
      'ccmsetup.log',
      'smsts.log (2)',
      'smsts.log (3)',
    ]);
  });
});
