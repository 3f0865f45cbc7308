import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCodes } from './codes';
import { decodeLogBytes } from './decode';
import { parseLog } from './parse';

const LOGS = new URL('../../test/fixtures/logs/', import.meta.url);
const EXCERPTS = new URL('../../test/fixtures/log/', import.meta.url);
const FIXTURES = readdirSync(LOGS).filter((f) => f.endsWith('.log'));
const readLog = (name: string) => decodeLogBytes(new Uint8Array(readFileSync(new URL(name, LOGS))));
const KB_LINES = readFileSync(new URL('kb2509330-smsts-excerpt.log', EXCERPTS), 'utf8').split('\n').filter((l) => l !== '');

/** [code, raw] pairs, checking on the way that each hit locates its raw text. */
function codesIn(text: string): [string, string][] {
  return findCodes(text).map((hit) => {
    expect(text.slice(hit.index, hit.index + hit.length)).toBe(hit.raw);
    return [hit.code, hit.raw];
  });
}

describe('findCodes on the KB 2509330 excerpt', () => {
  it('finds HRESULT=, Code(0x...), returned code, (80004005) and (0x80004005), and nothing else', () => {
    expect(KB_LINES.map(codesIn)).toEqual([
      [],
      [['0x80040101', '80040101']],
      [],
      [['0x80040101', '80040101']],
      [],
      [
        ['0x80040101', '0x80040101'],
        ['0x80040101', '80040101'],
      ],
      [['0x80040101', '0x80040101']],
      [],
      [['0x8009100E', '8009100e']],
      [],
      [['0x80004005', '80004005']],
      [['0x80004005', '0x80004005']],
    ]);
  });
});

describe('findCodes on the forms technicians meet', () => {
  it.each([
    ['hr=0x80070005', 'DISM   API: PID=1712 TID=1716 Failed to delete the file hr=0x80070005 - CDISMPackageManager::Internal', '0x80070005', '0x80070005'],
    ['hr = 0x80070005', 'Failed to delete \\\\?\\C:\\windows.old\\WINDOWS\\System32\\drivers\\igdkmdn64.sys. hr = 0x80070005', '0x80070005', '0x80070005'],
    ['Error: 80070005', 'The parameter is incorrect. (Error: 80070057; Source: Windows)', '0x80070057', '80070057'],
    ['error 0x80070003', 'Failed to create user-specified local data path D:\\_SMSTaskSequence. Error 0x80070003', '0x80070003', '0x80070003'],
    ['failed; 0x80092002', 'CryptDecodeObject failed; 0x80092002', '0x80092002', '0x80092002'],
    ['exit code 2147942487', 'Process completed with exit code 2147942487', '0x80070057', '2147942487'],
    ['exit code 3221225478', 'Process completed with exit code 3221225478', '0xC0000006', '3221225478'],
    ['exit code 3010', 'Process completed with exit code 3010', '0x00000BC2', '3010'],
    ['ERRORLEVEL = -2147024891', 'ERRORLEVEL = -2147024891', '0x80070005', '-2147024891'],
    ['a bare negative HRESULT', 'Command completed, return code = -2147021886', '0x80070BC2', '-2147021886'],
    ['error code 1603', 'MSI: installation failed with error code 1603', '0x00000643', '1603'],
    ['ExitCode: 1603', "File 'C:\\WINDOWS\\ccmsetup\\client.msi' installation failed. Error text: ExitCode: 1603", '0x00000643', '1603'],
    ['error code : 1008', '[Win32App] LogonUser failed with error code : 1008', '0x000003F0', '1008'],
    ['return code = 0', 'Command completed, return code = 0', '0x00000000', '0'],
    ['Return code from command = 0', 'Return code from command = 0', '0x00000000', '0'],
    ['exit win32 code', 'Successfully completed the action (Gather local only) with the exit win32 code 0', '0x00000000', '0'],
    ['_SMSTSLastActionRetCode=', 'Set a global environment variable _SMSTSLastActionRetCode=0', '0x00000000', '0'],
    ['completed 0x00000000', 'Task sequence completed 0x00000000', '0x00000000', '0x00000000'],
    ['[gle=0x...]', 'ProvMigration failed. Error: 0x80070003[gle=0x0000012a]', '0x80070003', '0x80070003'],
    ['code 80004005', 'Task Sequence Manager could not release active TS request. code 80004005', '0x80004005', '80004005'],
    ['Status: c000000f', 'Failed to open BCD from file. File: \\Device\\HarddiskVolume6\\Boot\\BCD Status: c000000f', '0xC000000F', 'c000000f'],
    ['Error 0x(80070057)', 'Failed to persist execution state. Error 0x(80070057)', '0x80070057', '80070057'],
    ['short 0x after Err =', 'Failed to install driver C:\\WINDOWS\\System32\\drivers\\CAD.sys. Err = 0x51B', '0x0000051B', '0x51B'],
    ['errorCode = decimal', 'Get policies failed, errorCode = 3399548929', '0xCAA10001', '3399548929'],
    ['Win32Exception (0x80004005)', 'ex = System.ComponentModel.Win32Exception (0x80004005): An attempt was made to reference a token', '0x80004005', '0x80004005'],
  ])('%s', (_form, line, code, raw) => {
    expect(codesIn(line)[0]).toEqual([code, raw]);
  });

  it('finds every code on a line, in text order', () => {
    expect(codesIn('Error: 0x80040154[gle=0x0000007a]')).toEqual([
      ['0x80040154', '0x80040154'],
      ['0x0000007A', '0x0000007a'],
    ]);
    expect(codesIn("Failed to download files through BITS. Error: 0x80190194, HTTP status 404 Description: 'Not Found'")).toEqual([['0x80190194', '0x80190194']]);
  });
});

describe('findCodes leaves numbers that are not codes alone', () => {
  it.each([
    ['HTTP status code', 'Received 401 from the server. Status code 500'],
    ['HTTP status', "Failed to download files through BITS. HTTP status 404 Description: 'Not Found'"],
    ['HTTP error code', 'HTTP error code 404 returned by https://server.dmz/CCM_Client'],
    ['a GUID', 'Environment scope successfully created: Global\\{51A016B6-F0DE-4752-B97C-54E6F386A912}'],
    ['a GUID in parentheses', 'Policy (8D2F1A3B-1C2D-4E5F-8A9B-0C1D2E3F4A5B) was not found'],
    ['a package ID', 'Downloaded file from http://SCCM.University.liberty.edu:80/SMS_DP_SMSPKG$/MAX00ADA/sccm?/chipset/intel/P00PFK-B2N/src/INF/LynxPointSystem.inf'],
    ['a thread id', 'Network Access Account is not set\tTSMBootstrap\t3/15/2011 10:22:31 AM\t1456 (0x05B0)'],
    ['times and a byte range', '10:19:13.582 Downloading file /SMS_DP_SMSPKG$/MAX00ADA/sccm?/chipset/intel/P00PFK-B2N/src/INF/LynxPointSystem.inf range 0-10723'],
    ['versions and a KB number', 'Image Version: 10.0.17763.379 installing KB4512508 (CcmSetup version: 5.0.8458.1007)'],
    ['PIDs and TIDs', 'DISM   API: PID=1712 TID=1716 DismApi.dll: API Version 10.0.26100.1 - DismInitializeInternal'],
    ['a source file line', '(!sNetworkAccessAccount.empty()) && (!sNetworkAccessPassword.empty()), (e:\\nts_sms_fre\\sms\\framework\\tscore\\tspolicy.cpp,1518)'],
    ['SIDs', 'Profile: C:\\Users\\BILH_Admin, SidString: S-1-5-21-543584797-3475940046-1625426824-1002, ID: USER0000'],
    ['a negative size in a table', '17:38|00:03:54|        1891799040|         878039040|      -1013760000|'],
    ['a disk signature', 'DiskInfo:  Disk signature [0xFBBC5AB5]'],
    ['a registry root handle', 'Adding indirect mapping for HKCU (C:\\Users\\Default\\NTUSER.DAT) to 0x80000003, S-1-0-0'],
    ['flags and offsets', 'Install flags: 0x00000000 - CAddDriverPackage; Offset (bytes) [576716800 / 0x225F0000]'],
    ['a policy status', 'Policies/8e0d6ae2-6a36-4c11-b9ef-9a5a01b2c5d0, version: 1, status: 0, isEffective: False'],
    ['counts of errors', 'Logs contained 0 errors and 0 warnings.'],
    ['a WMI property', 'ConfigManagerErrorCode = 0;'],
    ['a 64-bit address', 'WcpInitialize (wcp.dll version 0.0.0.6) called (stack @0x7ff8355a4519 @0x7ff835ddb8b6)'],
    ['a port', 'Connecting to http://SCCM.University.liberty.edu:80/SMS_DP_SMSPKG$/MAX00003'],
  ])('%s', (_what, line) => {
    expect(codesIn(line)).toEqual([]);
  });

  it('returns nothing for text without digits', () => {
    expect(findCodes('Network Access Account is not set')).toEqual([]);
    expect(findCodes('')).toEqual([]);
  });
});

describe('findCodes over the fixture logs', () => {
  const GUID = /\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?/gi;
  const SID = /\bS-1-\d+(?:-\d+)+/g;
  const spans = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);

  it('never takes a piece of a GUID or SID, nor anything in a CMTrace trailer', () => {
    for (const name of FIXTURES) {
      const text = readLog(name);
      for (const line of text.split(/\r\n|\r|\n/)) {
        const trailerAt = line.indexOf(']LOG]!><');
        const forbidden = [...spans(line, GUID), ...spans(line, SID), ...(trailerAt >= 0 ? [[trailerAt, line.length]] : [])];
        for (const hit of findCodes(line)) {
          const overlap = forbidden.find(([start, end]) => hit.index < end && start < hit.index + hit.length);
          expect(overlap, `${name}: ${hit.raw} in ${line.slice(0, 200)}`).toBeUndefined();
        }
      }
    }
  });

  it('finds exactly these codes in the records of each fixture', () => {
    const found: Record<string, string[]> = {};
    for (const name of FIXTURES) {
      const codes = new Set<string>();
      for (const record of parseLog(readLog(name), name)) for (const hit of findCodes(record.text)) codes.add(hit.code);
      found[name] = [...codes].sort();
    }
    // Reviewed by hand: every entry is a result, exit code or Win32/HRESULT/NTSTATUS value in
    // its line. 0x00000000 comes from "exit code 0", "Return Value = 0" and the like.
    expect(found).toEqual({
      '24pankajsh__TestAutomation__ZTIConfigure.log': ['0x00000000'],
      '24pankajsh__TestAutomation__ZTIDiskpart.log': ['0x00000000'],
      '24pankajsh__TestAutomation__ZTIDrivers.log': ['0x00000000'],
      'ErnestoLeon87__log_reader__smsts.log': ['0x00000000', '0x00000002', '0x00000005', '0x80004005', '0x80041002', '0x80070002', '0x80070005', '0x80070091'],
      'Silvermaz28__SOE__IntuneManagementExtension.log': ['0x00000000', '0x00000001', '0x000003F0', '0x80004005', '0x80080300', '0xCAA10001', '0xD0000001'],
      'Silvermaz28__SOE__SetupAct.log': [
        '0x00000000', '0x00000002', '0x0000001F', '0x00000035', '0x0000007B', '0x0000012A', '0x00000420', '0x0000051B', '0x00221006',
        '0x80070002', '0x80070003', '0x80070005', '0x80070032', '0x80070422', '0x80070490', '0x80070BC2', '0xC142011C', '0xD0000034',
      ],
      'bitbtrust__Errorcode__setupact.log': [
        '0x00000000', '0x00000002', '0x00000003', '0x0000000D', '0x00000490', '0x00000522', '0x80070002', '0x80070005', '0x80070032',
        '0x80070490', '0xC000000F', '0xC004F057',
      ],
      'brackdk04__hello-world__smsts.log': ['0x00000000', '0x80070003'],
      'jimbocalvo__Reddit__ccmsetup.log': ['0x00000000', '0x80004005', '0x8004100E', '0x80070002', '0x80190194'],
      'maxmoonACR__MDTLOGFiles__BDD.log': ['0x00000000', '0x80070BC2'],
      'maxmoonACR__MDTLOGFiles__logs_02-20-2024__DeploymentLogs__BDD.log': ['0x00000000'],
      'maxmoonACR__MDTLOGFiles__logs_02-20-2024__DeploymentLogs__LTICleanup.log': [],
      'maxmoonACR__MDTLOGFiles__logs_02-20-2024__DeploymentLogs__LiteTouch.log': ['0x00000000'],
      'maxmoonACR__MDTLOGFiles__logs_02-20-2024__DeploymentLogs__Wizard.log': [],
      'maxmoonACR__MDTLOGFiles__logs_02-20-2024__DeploymentLogs__ZTIGather.log': [],
      'maxmoonACR__MDTLOGFiles__smsts.log': ['0x00000000', '0x80070057'],
      'rickaK77__Setup-Log__setupact.log': [
        '0x00000000', '0x00000001', '0x00000002', '0x00000003', '0x00000006', '0x0000007A', '0x0000007B', '0x000000B7', '0x000000CB',
        '0x00000490', '0x00000534', '0x000036B7', '0x80004005', '0x80010119', '0x80040154', '0x80070002', '0x80070032', '0x8007007E',
        '0x800700B7', '0x800700E8', '0x8007041D', '0x80080005', '0x800F0970', '0xC0000225', '0xC142011C', '0xC1900108', '0xD0000034',
      ],
    });
  });

  it('finds the failures INDEX.tsv names', () => {
    const codesOf = (name: string) => new Set(parseLog(readLog(name), name).flatMap((r) => findCodes(r.text).map((h) => h.code)));
    const smsts = codesOf('ErnestoLeon87__log_reader__smsts.log');
    expect(smsts.has('0x80070005') && smsts.has('0x80004005')).toBe(true);
    expect(codesOf('jimbocalvo__Reddit__ccmsetup.log').has('0x80190194')).toBe(true);
    expect(codesOf('rickaK77__Setup-Log__setupact.log').has('0x80070032')).toBe(true);
  });

  it('returns hits in text order that never overlap', () => {
    for (const name of FIXTURES) {
      for (const record of parseLog(readLog(name), name)) {
        const hits = findCodes(record.text);
        for (let i = 1; i < hits.length; i++) expect(hits[i].index).toBeGreaterThanOrEqual(hits[i - 1].index + hits[i - 1].length);
      }
    }
  });
});
