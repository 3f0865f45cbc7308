import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeLogBytes } from './decode';
import { parseLog, type LogRecord } from './parse';

const LOGS = new URL('../../test/fixtures/logs/', import.meta.url);
const EXCERPTS = new URL('../../test/fixtures/log/', import.meta.url);
const readLog = (name: string) => decodeLogBytes(new Uint8Array(readFileSync(new URL(name, LOGS))));
const parseFixture = (name: string) => parseLog(readLog(name), name);
const at = (records: LogRecord[], line: number) => records.find((r) => r.line === line);

// KB 2509330's SMSTS.log excerpt, verbatim: the component follows the text.
const KB_EXCERPT = readFileSync(new URL('kb2509330-smsts-excerpt.log', EXCERPTS), 'utf8');
const KB_LINES = KB_EXCERPT.split('\n').filter((line) => line !== '');
const KB_TEXTS = KB_LINES.map((line) => line.replace(/\s+TSMBootstrap$/, ''));

describe('parseLog on plain lines quoted in KB articles', () => {
  const records = parseLog(KB_EXCERPT, 'smsts.log');

  it('makes one record per line with the trailing component split off', () => {
    expect(records.map((r) => [r.line, r.component, r.text])).toEqual(KB_TEXTS.map((text, i) => [i + 1, 'TSMBootstrap', text]));
  });

  it('keeps a component name that sits inside the text', () => {
    expect(records[5].text).toBe(
      'Failed to resolve selected task sequence dependencies. Code(0x80040101) TSMBootstrap hrReturn, HRESULT=80040101 (e:\\nts_sms_fre\\sms\\client\\tasksequence\\tsmbootstrap\\tsmediaresolveprogresspage.cpp,408)',
    );
  });

  it('knows neither time, severity nor thread', () => {
    expect(records.every((r) => r.time === null && r.severity === null && r.thread === null && r.file === 'smsts.log')).toBe(true);
  });

  it('reads the same lines with the component in front', () => {
    const front = parseLog(KB_TEXTS.map((text, i) => (i % 2 ? `TSMBootstrap: ${text}` : `[TSMBootstrap] ${text}`)).join('\n'), 'smsts.log');
    expect(front.map((r) => [r.component, r.text])).toEqual(KB_TEXTS.map((text) => ['TSMBootstrap', text]));
  });
});

describe('parseLog on CMTrace records', () => {
  const wrapped = KB_TEXTS.map(
    (text, i) =>
      `<![LOG[${text}]LOG]!><time="10:22:${String(10 + i).padStart(2, '0')}.567+000" date="03-15-2011" component="TSMBootstrap" context="" type="3" thread="1456" file="tspolicy.cpp:1518">`,
  ).join('\r\n');

  it('reads the KB lines wrapped as records: same text, plus time, severity and thread', () => {
    const records = parseLog(wrapped, 'smsts.log');
    expect(records.map((r) => r.text)).toEqual(KB_TEXTS);
    expect(records[0]).toEqual({
      file: 'smsts.log',
      line: 1,
      endLine: 1,
      text: 'Parsing Policy Body.',
      component: 'TSMBootstrap',
      time: '2011-03-15 10:22:10.567',
      zone: 0,
      severity: 'error',
      thread: '1456',
      source: wrapped,
      offset: '<![LOG['.length,
    });
  });

  it('continues a record over several physical lines until ]LOG]!>', () => {
    const records = parseFixture('Silvermaz28__SOE__IntuneManagementExtension.log');
    const trace = at(records, 295)!;
    expect(trace.endLine).toBe(314);
    expect(trace.time).toBe('2025-09-08 04:53:57.377');
    expect(trace.text.split('\n')[0]).toBe('AAD User check is failed, exception is Intune Management Extension Error.');
    expect(trace.text).toContain('\n   at Microsoft.Management.Services.IntuneWindowsAgent.AgentCommon.IntuneTokenManager.<GetTokenInternalAsync>d__42.MoveNext()\n');
    expect(trace.text).not.toContain('\r');
  });

  it('reads the Intune variant of the time format', () => {
    expect(parseFixture('Silvermaz28__SOE__IntuneManagementExtension.log')[0]).toMatchObject({
      line: 1,
      text: 'EMS Agent Started',
      component: 'IntuneManagementExtension',
      time: '2025-09-08 04:53:16.332',
      thread: '4',
    });
  });

  it('makes one record per ]LOG]!> in a full smsts.log, including tails of interleaved writes', () => {
    const text = readLog('ErnestoLeon87__log_reader__smsts.log');
    const records = parseLog(text, 'smsts.log');
    expect(records.length).toBe(text.split(']LOG]!>').length - 1);
    expect(at(records, 6057)).toMatchObject({ text: 'Task sequence completed 0x00000000', component: 'OSDSetupHook' });
    // l.357 lost its start to another thread's write; its tail still carries the attributes.
    expect(at(records, 357)).toMatchObject({
      text: 'ding file /SMS_DP_SMSPKG$/MAX00ADA/sccm?/graphics/intel/P00UUV-B2N/src/Graphics/igdde64.dll range 0-455847',
      component: 'RunPowerShellScript',
      thread: '1100',
    });
    expect(at(records, 1963)).toMatchObject({ endLine: 1964, component: 'RunPowerShellScript' });
  });

  it('gives the benign type=3 records of the MDT smsts.log their two lines', () => {
    const errors = parseFixture('maxmoonACR__MDTLOGFiles__smsts.log').filter((r) => r.severity === 'error');
    expect(errors).toHaveLength(7);
    for (const record of errors) {
      expect(record.endLine).toBe(record.line + 1);
      expect(record.text).toMatch(/^Failed to save the current environment block\..*\nThe parameter is incorrect\. \(Error: 80070057; Source: Windows\)$/s);
    }
  });

  it('keeps type=1 on a failure line that ConfigMgr logged as informational', () => {
    const records = parseFixture('jimbocalvo__Reddit__ccmsetup.log');
    expect(records.at(-1)).toMatchObject({ line: 228, text: 'CcmSetup failed with error code 0x80190194', severity: 'info', component: 'ccmsetup' });
  });

  it('reads two records written on one physical line', () => {
    const records = parseLog(
      '<![LOG[first]LOG]!><time="10:00:00.000+000" date="01-02-2020" component="TSManager" context="" type="1" thread="1" file=""><![LOG[second]LOG]!><time="10:00:01.000+000" date="01-02-2020" component="TSManager" context="" type="2" thread="1" file="">',
      'x.log',
    );
    expect(records.map((r) => [r.line, r.text, r.severity])).toEqual([
      [1, 'first', 'info'],
      [1, 'second', 'warning'],
    ]);
  });

  it('ends a record that never closes at the next record start', () => {
    const records = parseLog(
      '<![LOG[Downloaded file from http://SCCM/x.cat \r\nImage Version: 10.0.17763.379\r\n<![LOG[next]LOG]!><time="10:20:10.699+240" date="10-18-2019" component="OSDDownloadContent" type="1">',
      'x.log',
    );
    expect(records.map((r) => [r.line, r.endLine, r.text, r.component])).toEqual([
      [1, 2, 'Downloaded file from http://SCCM/x.cat \nImage Version: 10.0.17763.379', null],
      [3, 3, 'next', 'OSDDownloadContent'],
    ]);
  });

  it('does not let a stray record start swallow the rest of a file', () => {
    const rest = Array.from({ length: 1500 }, (_, i) => `plain line ${i + 2}`);
    const records = parseLog(['<![LOG[never closed', ...rest].join('\n'), 'x.log');
    expect(records).toHaveLength(1501);
    expect(records[0]).toMatchObject({ line: 1, endLine: 1, text: 'never closed' });
    expect(records[1500]).toMatchObject({ line: 1501, text: 'plain line 1501' });
  });

  it('keeps an unclosed record at the end of the file', () => {
    expect(parseLog('<![LOG[cut off\nstill the same record', 'x.log')).toMatchObject([{ line: 1, endLine: 2, text: 'cut off\nstill the same record' }]);
  });
});

describe('parseLog line numbers', () => {
  it('counts a lone CR as a line break, as ZTIDiskpart.log needs', () => {
    // INDEX.tsv counts only LF and so puts this line at 266; an editor that breaks on CR,
    // CRLF and LF shows it at 289 because 23 lone CRs come before it.
    const records = parseFixture('24pankajsh__TestAutomation__ZTIDiskpart.log');
    expect(records[0]).toMatchObject({ line: 1, endLine: 4, text: 'Property LogPath is \n\n\nnow = X:\\MININT\\SMSOSD\\OSDLOGS' });
    expect(records.find((r) => r.text === 'Return code from command = 0')).toMatchObject({ line: 289, endLine: 289 });
    expect(records.at(-1)).toMatchObject({ line: 329, text: 'ZTIDiskpart processing completed successfully.' });
    expect(at(records, 162)).toMatchObject({ endLine: 165, text: '  Console > \n    0 percent completed\n    0 percent completed\n  100 percent completed' });
  });

  it('agrees with INDEX.tsv where a file has no lone CR', () => {
    expect(at(parseFixture('maxmoonACR__MDTLOGFiles__BDD.log'), 201)?.text).toBe('Property DRIVERSELECTIONPROFILE is now = 21HD21HD00');
    expect(at(parseFixture('rickaK77__Setup-Log__setupact.log'), 5904)?.text).toBe(
      'CSetupPlatform::Initialize: Disk provisioning is not available; hr = 0x80070032',
    );
  });

  it('skips blank lines but keeps counting them', () => {
    const records = parseLog('first TSManager\r\n\r\n   \n\rlast', 'x.log');
    expect(records.map((r) => [r.line, r.text])).toEqual([
      [1, 'first'],
      [5, 'last'],
    ]);
  });

  it('numbers every fixture consistently with an editor that breaks on CR, LF and CRLF', () => {
    for (const name of readdirSync(LOGS).filter((f) => f.endsWith('.log'))) {
      const text = readLog(name);
      const physical = text.split(/\r\n|\r|\n/);
      const records = parseLog(text, name);
      let previous = 0;
      for (const record of records) {
        expect(record.line, name).toBeGreaterThanOrEqual(previous);
        expect(record.endLine, name).toBeGreaterThanOrEqual(record.line);
        expect(physical[record.line - 1].trim(), `${name}:${record.line}`).not.toBe('');
        previous = record.endLine;
      }
      const lastNonBlank = physical.findLastIndex((line) => line.trim() !== '') + 1;
      expect(records.at(-1)?.endLine, name).toBe(lastNonBlank);
    }
  });
});

describe('parseLog on Windows Setup (Panther) logs', () => {
  const records = parseFixture('rickaK77__Setup-Log__setupact.log');

  it('takes time, severity and component from the prefix', () => {
    const { source, offset, ...fields } = at(records, 5904)!;
    expect(source.slice(offset, offset + fields.text.length)).toBe(fields.text);
    expect(fields).toEqual({
      file: 'rickaK77__Setup-Log__setupact.log',
      line: 5904,
      endLine: 5904,
      text: 'CSetupPlatform::Initialize: Disk provisioning is not available; hr = 0x80070032',
      component: 'SP',
      time: '2022-07-06 08:18:24.000',
      zone: null,
      severity: 'error',
      thread: null,
    });
    expect(at(records, 1)).toMatchObject({ component: 'MOUPG', text: '*************** SetupHost Logging Begin ***************' });
  });

  it('attaches indented lines to the record above', () => {
    const host = records.find((r) => r.text.startsWith('Host system information:'))!;
    expect(host.endLine - host.line).toBe(15);
    expect(host.text.split('\n')).toContain('Processor name : Intel(R) Core(TM) i5-6500T CPU @ 2.50GHz');
  });

  it('keeps the unprefixed WIM library lines as records of their own', () => {
    expect(records.find((r) => r.text === '[8312] [0xc142011c] WIMGetMountedImageHandle:(2897)')).toMatchObject({
      severity: null,
      time: null,
      component: null,
    });
  });

  it('finds the single error of the WinPE setupact.log', () => {
    const errors = parseFixture('bitbtrust__Errorcode__setupact.log').filter((r) => r.severity === 'error');
    expect(errors.map((r) => [r.line, r.component])).toEqual([[2473, 'IBS']]);
    expect(errors[0].text).toContain('Required profile hive does not exist');
  });
});

describe('parseLog on viewer grid rows and mixed files', () => {
  it('reads the KB lines copied out of the CMTrace grid', () => {
    const grid = KB_TEXTS.map((text) => `${text}\tTSMBootstrap\t3/15/2011 10:22:31 AM\t1456 (0x05B0)`).join('\r\n');
    const records = parseLog(grid, 'grid.txt');
    expect(records.map((r) => r.text)).toEqual(KB_TEXTS);
    expect(records[4]).toMatchObject({ component: 'TSMBootstrap', time: '2011-03-15 10:22:31.000', thread: '1456', severity: null });
  });

  it('decides the format line by line', () => {
    const mixed = [
      '\ufeff<![LOG[Failed to get client identity (80004005)]LOG]!><time="10:22:31.567+000" date="03-15-2011" component="TSMBootstrap" context="" type="3" thread="1456" file="">',
      '2022-07-06 08:18:24, Error                 SP     CSetupPlatform::Initialize: Disk provisioning is not available; hr = 0x80070032',
      'Network Access Account is not set\tTSMBootstrap\t15.03.2011 10:22:31\t1456 (0x05B0)',
      'Network Access Account is not set TSMBootstrap',
      'Something else entirely',
    ].join('\n');
    expect(parseLog(mixed, 'mixed.log').map((r) => [r.line, r.component, r.severity, r.time])).toEqual([
      [1, 'TSMBootstrap', 'error', '2011-03-15 10:22:31.567'],
      [2, 'SP', 'error', '2022-07-06 08:18:24.000'],
      [3, 'TSMBootstrap', null, '2011-03-15 10:22:31.000'],
      [4, 'TSMBootstrap', null, null],
      [5, null, null, null],
    ]);
  });
});

describe('record offsets', () => {
  it('point every record at its own text in the file text, or are -1', () => {
    let checked = 0;
    for (const file of readdirSync(LOGS).filter((f) => f.endsWith('.log'))) {
      const text = readLog(file);
      for (const record of parseLog(text, file)) {
        expect(record.source).toBe(text);
        if (record.offset < 0) continue;
        expect(text.slice(record.offset, record.offset + record.text.length), `${file}:${record.line}`).toBe(record.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('are -1 where line breaks were normalised or a Panther record was continued', () => {
    const [cmtrace] = parseLog('<![LOG[first\r\nsecond]LOG]!><time="10:00:00.000+000" date="01-01-2024" component="X" context="" type="1" thread="1" file="">', 'a.log');
    expect(cmtrace).toMatchObject({ text: 'first\nsecond', offset: -1 });
  });
});
