import { beforeAll, describe, expect, it } from 'vitest';
import { codeSummary, decodeCode, describeBreakdown, lookupKeys } from './decode';
import { loadErrorTable } from './load';
import type { DecodedCode, ErrorTable } from './types';

let table: ErrorTable;
beforeAll(async () => {
  table = await loadErrorTable();
});

function decode(input: string | number): DecodedCode {
  const d = decodeCode(table, input);
  if (!d) throw new Error(`did not decode ${input}`);
  return d;
}
const names = (d: DecodedCode) => d.meanings.map((m) => m.name);
const kinds = (d: DecodedCode) => d.meanings.map((m) => m.kind);

describe('decodeCode', () => {
  it('returns null for input that is not a code', () => {
    expect(decodeCode(table, 'garbage')).toBeNull();
    expect(decodeCode(table, '0x100000000')).toBeNull();
  });

  it('decodes 0x80070005 through FACILITY_WIN32 as ERROR_ACCESS_DENIED first, then as E_ACCESSDENIED', () => {
    const d = decode('0x80070005');
    expect(d.hex).toBe('0x80070005');
    expect(d.success).toBe(false);
    expect(d.meanings).toEqual([
      {
        kind: 'win32',
        provenance: 'msdocs-win32',
        name: 'ERROR_ACCESS_DENIED',
        message: 'Access is denied.',
        via: 'Win32 5 wrapped in HRESULT_FROM_WIN32',
      },
      { kind: 'hresult', provenance: 'msdocs-com', name: 'E_ACCESSDENIED', message: 'General access denied error' },
    ]);
    expect(d.breakdown).toEqual({
      severity: 'failure',
      ntSeverity: 'warning',
      customer: false,
      ntBit: false,
      facility: 7,
      facilityNames: ['FACILITY_WIN32'],
      code: 5,
    });
  });

  it('decodes signed and unsigned decimal spellings of 0x80070005 the same way', () => {
    expect(decode('-2147024891')).toEqual(decode('0x80070005'));
    expect(decode(-2147024891)).toEqual(decode('2147942405'));
  });

  it('decodes a small number as a Win32 code (5 = ERROR_ACCESS_DENIED)', () => {
    const d = decode('5');
    expect(d.hex).toBe('0x00000005');
    expect(d.success).toBe(false);
    expect(d.meanings[0]).toEqual({ kind: 'win32', provenance: 'msdocs-win32', name: 'ERROR_ACCESS_DENIED', message: 'Access is denied.' });
  });

  it('decodes 0x8009100E as CRYPT_E_SIGNER_NOT_FOUND with both names of facility 9', () => {
    const d = decode('8009100e');
    expect(d.meanings).toEqual([
      { kind: 'hresult', provenance: 'msdocs-com', name: 'CRYPT_E_SIGNER_NOT_FOUND', message: 'Cannot find the original signer.' },
    ]);
    expect(d.breakdown.facility).toBe(9);
    expect(d.breakdown.facilityNames).toEqual(['FACILITY_SECURITY', 'FACILITY_SSPI']);
  });

  it('decodes 0x800B0101 as CERT_E_EXPIRED', () => {
    const d = decode('0x800B0101');
    expect(names(d)).toEqual(['CERT_E_EXPIRED']);
    expect(d.meanings[0].message).toBe(
      'A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file.',
    );
    expect(d.breakdown.facilityNames).toEqual(['FACILITY_CERT']);
  });

  it('decodes 0x80092002 as CRYPT_E_BAD_ENCODE', () => {
    expect(decode('0x80092002').meanings).toEqual([
      { kind: 'hresult', provenance: 'msdocs-com', name: 'CRYPT_E_BAD_ENCODE', message: 'An error occurred during encode or decode operation.' },
    ]);
  });

  it('labels BITS codes: 0x80190191 is BG_E_HTTP_ERROR_401', () => {
    const d = decode('0x80190191');
    expect(d.meanings).toEqual([
      {
        kind: 'hresult',
        provenance: 'msdocs-bits',
        name: 'BG_E_HTTP_ERROR_401',
        message:
          'The user does not have permission to access the remote file. The requested resource requires user authentication.',
        source: 'BITS',
      },
    ]);
    expect(d.breakdown.facilityNames).toEqual(['FACILITY_HTTP']);
  });

  it('decodes 0x80040101 and warns that FACILITY_ITF codes are interface-specific', () => {
    const d = decode('0x80040101');
    expect(d.meanings).toEqual([
      {
        kind: 'hresult',
        provenance: 'msdocs-com',
        name: 'DRAGDROP_E_ALREADYREGISTERED',
        message: 'This window has already been registered as a drop target',
      },
    ]);
    expect(d.breakdown.facilityNames).toEqual(['FACILITY_ITF']);
    expect(d.notes.some((n) => n.includes('FACILITY_ITF'))).toBe(true);
  });

  it('shows both the WinHTTP and the WinINet meaning of 0x80072F8F (Win32 12175)', () => {
    const d = decode('0x80072F8F');
    expect(kinds(d)).toEqual(['winhttp', 'wininet']);
    expect(names(d)).toEqual(['ERROR_WINHTTP_SECURE_FAILURE', 'ERROR_INTERNET_DECODING_FAILED']);
    expect(d.meanings[1].message).toBe(
      'WinINet failed to perform content decoding on the response. For more information, see the Content Encoding topic.',
    );
    for (const m of d.meanings) expect(m.via).toBe('Win32 12175 wrapped in HRESULT_FROM_WIN32');
    expect(d.breakdown.code).toBe(12175);
  });

  it('decodes 0x80072EE7 as WinHTTP/WinINet name not resolved (Win32 12007)', () => {
    const d = decode('0x80072EE7');
    expect(d.meanings.map((m) => [m.kind, m.name, m.message])).toEqual([
      ['winhttp', 'ERROR_WINHTTP_NAME_NOT_RESOLVED', 'The server name cannot be resolved.'],
      ['wininet', 'ERROR_INTERNET_NAME_NOT_RESOLVED', 'The server name could not be resolved.'],
    ]);
  });

  it('decodes 0xC0000005 as the NTSTATUS STATUS_ACCESS_VIOLATION', () => {
    const d = decode('0xC0000005');
    expect(d.meanings[0]).toEqual({
      kind: 'ntstatus',
      provenance: 'ms-wpts',
      name: 'STATUS_ACCESS_VIOLATION',
      message: 'The instruction at 0x%08lx referenced memory at 0x%08lx. The memory could not be %s.',
    });
    expect(d.breakdown.ntSeverity).toBe('error');
    expect(d.success).toBe(false);
  });

  it('unwraps HRESULT_FROM_NT (bit 28) to the NTSTATUS: 0xD0000005', () => {
    const d = decode('0xD0000005');
    expect(d.breakdown.ntBit).toBe(true);
    expect(d.meanings[0]).toMatchObject({
      kind: 'ntstatus',
      provenance: 'ms-wpts',
      name: 'STATUS_ACCESS_VIOLATION',
      via: 'NTSTATUS 0xC0000005 wrapped in HRESULT_FROM_NT',
    });
  });

  it('reads 3221225478 (decimal) as 0xC0000006', () => {
    const d = decode('3221225478');
    expect(d.hex).toBe('0xC0000006');
    expect(d.meanings[0].kind).toBe('ntstatus');
  });

  it('lists both Win32 and Windows Installer wording for 1603', () => {
    const d = decode('1603');
    expect(d.meanings).toEqual([
      { kind: 'win32', provenance: 'msdocs-win32', name: 'ERROR_INSTALL_FAILURE', message: 'Fatal error during installation.' },
      { kind: 'msi', provenance: 'msdocs-msi', name: 'ERROR_INSTALL_FAILURE', message: 'A fatal error occurred during installation.' },
    ]);
    expect(d.success).toBe(false);
  });

  it('decodes 2147942487 (decimal 0x80070057) as ERROR_INVALID_PARAMETER and E_INVALIDARG', () => {
    const d = decode('2147942487');
    expect(d.hex).toBe('0x80070057');
    expect(d.meanings.map((m) => [m.kind, m.name, m.message])).toEqual([
      ['win32', 'ERROR_INVALID_PARAMETER', 'The parameter is incorrect.'],
      ['msi', 'ERROR_INVALID_PARAMETER', 'One of the parameters was invalid.'],
      ['hresult', 'E_INVALIDARG', 'One or more arguments are invalid'],
    ]);
  });

  it('decodes 0x87D00324 from the ConfigMgr table', () => {
    const d = decode('0x87D00324');
    expect(d.meanings).toEqual([
      {
        kind: 'configmgr',
        provenance: 'memdocs',
        name: null,
        message: 'The application was not detected after installation completed',
        source: 'Configuration Manager',
      },
    ]);
    expect(d.breakdown.facility).toBe(2000);
  });

  it('breaks down a value no table knows: 0xC107010C gives the facility only', () => {
    const d = decode('0xC107010C');
    expect(d.meanings).toEqual([]);
    expect(d.success).toBe(false);
    expect(d.breakdown).toEqual({
      severity: 'failure',
      ntSeverity: 'error',
      customer: false,
      ntBit: false,
      facility: 263,
      facilityNames: ['FACILITY_DEPLOYMENT_SERVICES_PXE'],
      code: 0x010c,
    });
  });

  it('marks 3010 ERROR_SUCCESS_REBOOT_REQUIRED as success', () => {
    const d = decode('3010');
    expect(d.success).toBe(true);
    expect(names(d)).toEqual(['ERROR_SUCCESS_REBOOT_REQUIRED', 'ERROR_SUCCESS_REBOOT_REQUIRED']);
    expect(d.meanings[0].message).toBe(
      'The requested operation is successful. Changes will not be effective until the system is rebooted.',
    );
  });

  it('marks 1641 ERROR_SUCCESS_REBOOT_INITIATED as success', () => {
    const d = decode(1641);
    expect(d.success).toBe(true);
    expect(d.meanings[0]).toEqual({
      kind: 'win32',
      provenance: 'msdocs-win32',
      name: 'ERROR_SUCCESS_REBOOT_INITIATED',
      message:
        'The requested operation completed successfully. The system will be restarted so the changes can take effect.',
    });
    expect(d.meanings[1]).toEqual({
      kind: 'msi',
      provenance: 'msdocs-msi',
      name: 'ERROR_SUCCESS_REBOOT_INITIATED',
      message: 'The installer has initiated a restart. This message indicates success.',
    });
  });

  it('marks 0 as success and lists the Win32, HRESULT and NTSTATUS names, Win32 first', () => {
    const d = decode('0');
    expect(d.success).toBe(true);
    expect(d.meanings.map((m) => [m.kind, m.name])).toEqual([
      ['win32', 'ERROR_SUCCESS'],
      ['msi', 'ERROR_SUCCESS'],
      ['win32', 'NERR_Success'],
      ['hresult', 'SEC_E_OK'],
      ['hresult', 'S_OK'],
      ['ntstatus', 'STATUS_SUCCESS'],
      ['ntstatus', 'STATUS_WAIT_0'],
    ]);
    expect(d.meanings[0].message).toBe('The operation completed successfully.');
  });

  it('marks HRESULT_FROM_WIN32(ERROR_SUCCESS_REBOOT_REQUIRED) 0x80070BC2 as success', () => {
    const d = decode('0x80070BC2');
    expect(d.success).toBe(true);
    expect(d.breakdown.severity).toBe('failure');
    expect(d.meanings[0].name).toBe('ERROR_SUCCESS_REBOOT_REQUIRED');
  });

  it('lists HRESULT before NTSTATUS for 0x8... values in both tables, with a note', () => {
    const d = decode('0x8000000A');
    expect(d.meanings.map((m) => [m.kind, m.name])).toEqual([
      ['hresult', 'E_PENDING'],
      ['ntstatus', 'STATUS_HANDLES_CLOSED'],
    ]);
    expect(d.notes.some((n) => n.includes('more than one table'))).toBe(true);
  });

  it('gives the NTSTATUS meaning of 0x80000005 while breaking it down as an HRESULT', () => {
    const d = decode('0x80000005');
    expect(d.meanings).toEqual([
      {
        kind: 'ntstatus',
        provenance: 'ms-wpts',
        name: 'STATUS_BUFFER_OVERFLOW',
        message: '{Buffer Overflow} The data was too large to fit into the specified buffer.',
      },
    ]);
    expect(d.breakdown).toMatchObject({ facility: 0, code: 5, ntSeverity: 'warning' });
  });

  it('treats success-severity HRESULTs as success', () => {
    expect(decode('0x00030200').success).toBe(true);
    expect(decode('0x00030200').meanings[0].name).toBe('STG_S_CONVERTED');
  });
});

describe('codeSummary', () => {
  it('gives the first name and message, the Win32 wording for HRESULT_FROM_WIN32 values', () => {
    expect(codeSummary(decode('0x80070005'))).toEqual({
      code: '0x80070005',
      name: 'ERROR_ACCESS_DENIED',
      message: 'Access is denied.',
    });
    expect(codeSummary(decode('0x80072F8F'))).toMatchObject({ name: 'ERROR_WINHTTP_SECURE_FAILURE' });
  });

  it('warns that a FACILITY_ITF code such as 0x80040101 is defined by the component that logged it', () => {
    const summary = codeSummary(decode('0x80040101'));
    expect(summary.name).toBe('DRAGDROP_E_ALREADYREGISTERED');
    expect(summary.message).toMatch(/^Interface-specific code \(FACILITY_ITF\): the component that logged it defines it\. The COM tables say: /);
  });

  it('has a null name but the message for ConfigMgr codes', () => {
    expect(codeSummary(decode('0x87D00324'))).toEqual({
      code: '0x87D00324',
      name: null,
      message: 'The application was not detected after installation completed',
    });
  });

  it('lists the Win32 meaning of 0x80070490 before the HRESULT alias that has no message', () => {
    const d = decode('0x80070490');
    expect(d.meanings.map((m) => [m.kind, m.name, m.message])).toEqual([
      ['win32', 'ERROR_NOT_FOUND', 'Element not found.'],
      ['hresult', 'E_NOT_SET', null],
    ]);
    expect(codeSummary(d)).toEqual({ code: '0x80070490', name: 'ERROR_NOT_FOUND', message: 'Element not found.' });
  });

  it('says there is no description when the tables have only a name (0x00200006)', () => {
    expect(codeSummary(decode('0x00200006'))).toEqual({
      code: '0x00200006',
      name: 'BG_S_ERROR_CONTEXT_NONE',
      message: 'No description in the error tables: success, facility FACILITY_BACKGROUNDCOPY (32), code 0x0006',
    });
  });

  it('builds a message from the breakdown when no table knows the code', () => {
    expect(codeSummary(decode('0xC107010C'))).toEqual({
      code: '0xC107010C',
      name: null,
      message: 'Unknown code: failure, facility FACILITY_DEPLOYMENT_SERVICES_PXE (263), code 0x010C',
    });
    expect(codeSummary(decode('0xDEAD0001')).message).toBe(
      'Unknown code: failure, facility unknown (7853), code 0x0001, NTSTATUS wrapped by HRESULT_FROM_NT',
    );
    expect(codeSummary(decode(65000)).message).toBe('Unknown code: Win32 error 65000');
  });

  it('never returns an empty message for any code in the tables', () => {
    for (const map of [table.win32, table.hresult, table.ntstatus, table.configmgr, table.setup]) {
      for (const value of map.keys()) {
        const s = codeSummary(decode(value));
        expect(s.message.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('decodeCode: Windows Setup and Windows Update codes', () => {
  it('names 0xC1900101, 0xC1900208 and 0xC1900204 by their MOSETUP_E_* entries, with provenance', () => {
    const d = decode('0xC1900101');
    expect(d.meanings[0]).toEqual({
      kind: 'setup',
      name: 'MOSETUP_E_SETUP_PLATFORM',
      message: 'The Setup Platform has encountered an unspecified error.',
      provenance: 'msdocs-upgrade-resolution',
    });
    expect(names(decode('0xC1900208')).slice(0, 2)).toEqual(['MOSETUP_E_COMPAT_INSTALLREQ_BLOCK', 'MOSETUP_E_COMPAT_INSTALLREQ_BLOCK']);
    expect(decode('0xC1900208').meanings.map((m) => m.provenance)).toEqual(['msdocs-upgrade-codes', 'msdocs-upgrade-resolution']);
    expect(codeSummary(decode('0xC1900204'))).toEqual({
      code: '0xC1900204',
      name: 'MOSETUP_E_COMPAT_MIGCHOICE_BLOCK',
      message: "The migration choice selected isn't available (ex: Enterprise to Home)",
    });
  });

  it('lists what the upgrade pages say of a general code after its general meaning', () => {
    const d = decode('0x80070020');
    expect(kinds(d)[0]).toBe('win32');
    expect(d.meanings.at(-1)).toMatchObject({ kind: 'setup', name: null, source: 'during a Windows upgrade' });
  });

  it('fills in Windows Update codes that had only a name (0x80242014)', () => {
    const d = decode('0x80242014');
    expect(d.meanings.find((m) => m.message)).toMatchObject({
      name: 'WU_E_UH_POSTREBOOTSTILLPENDING',
      message: 'The post-reboot operation for the update is still in progress.',
      provenance: 'msdocs-wu-reference',
    });
  });

  it('decodes the extend code of 0xC1900101 - 0x20017 into phase, operation and the documented cause', () => {
    const d = decode('0xC1900101 - 0x20017');
    expect(d.hex).toBe('0xC1900101');
    expect(d.extend).toEqual({
      value: 0x20017,
      hex: '0x20017',
      phase: { value: 2, name: 'SP_EXECUTION_SAFE_OS' },
      operation: { value: 0x17, name: 'SP_EXECUTION_OP_BOOT' },
      causes: [expect.objectContaining({ provenance: 'msdocs-upgrade-resolution' })],
      provenance: 'msdocs-upgrade-codes',
    });
    expect(d.extend?.causes[0].message).toMatch(/^A driver has caused an illegal operation\./);
  });

  it('decodes extend codes after other result codes, with any dash and spacing', () => {
    const d = decode('0x80070070 – 0x50011');
    expect(d.extend?.phase).toEqual({ value: 5, name: 'SP_EXECUTION_UNINSTALL' });
    expect(d.extend?.operation).toEqual({ value: 0x11, name: 'SP_EXECUTION_OP_ENABLE_FEATURE' });
    expect(d.extend?.causes[0].message).toMatch(/enough free space/);
    expect(decode('0xC1900101-0x4000D').extend?.operation.name).toBe('SP_EXECUTION_OP_MIGRATE_DATA');
  });

  it('leaves a phase or pair the documentation does not list unnamed', () => {
    const d = decode('0x80070070 - 0x60000');
    expect(d.extend?.phase).toEqual({ value: 6, name: null });
    expect(d.extend?.causes).toHaveLength(1);
    expect(decode('0xC1900101 - 0x1000F').extend?.causes).toEqual([]);
  });

  it('returns no extend when none is typed', () => {
    expect(decode('0xC1900101').extend).toBeUndefined();
  });
});

describe('decodeCode: codes cut short and names', () => {
  it('does not decode a code with 7 hex digits (0x8007000) as 0x08007000', () => {
    expect(decodeCode(table, '0x8007000')).toBeNull();
    expect(decodeCode(table, '0x8007000 - 0x20009')).toBeNull();
  });

  it('does not decode a symbolic name (lookup resolves names)', () => {
    expect(decodeCode(table, 'E_ACCESSDENIED')).toBeNull();
  });
});

describe('lookupKeys', () => {
  it('lists the Win32 key of an HRESULT_FROM_WIN32 value and the NTSTATUS key of an HRESULT_FROM_NT value', () => {
    expect(lookupKeys(0x80070005)).toContainEqual({ table: 'win32', key: 5 });
    expect(lookupKeys(0xd0000005)).toContainEqual({ table: 'ntstatus', key: 0xc0000005 });
    expect(lookupKeys(5)).toContainEqual({ table: 'win32', key: 5 });
    expect(lookupKeys(0xc1900101)).toContainEqual({ table: 'setup', key: 0xc1900101 });
  });
});

describe('describeBreakdown', () => {
  it('names facility, severity and code', () => {
    expect(describeBreakdown(decode('0x80070005'))).toBe('failure, facility FACILITY_WIN32 (7), code 0x0005');
  });
});
