import { describe, expect, it } from 'vitest';
import { isIndentedContinuation, parsePantherLine } from './panther';

describe('parsePantherLine', () => {
  it('splits a DISM line into time, severity, component and text', () => {
    expect(
      parsePantherLine('2025-05-02 15:17:34, Info                  DISM   API: PID=1712 TID=1716 DismApi.dll: API Version 10.0.26100.1 - DismInitializeInternal'),
    ).toEqual({
      time: '2025-05-02 15:17:34.000',
      severity: 'info',
      component: 'DISM',
      text: 'API: PID=1712 TID=1716 DismApi.dll: API Version 10.0.26100.1 - DismInitializeInternal',
    });
  });

  it('skips the message id some Setup lines carry in the severity field', () => {
    expect(parsePantherLine('2019-03-29 00:25:29, Info       [0x0601c1] IBS    InstallWindows:Install Path = X:\\Sources')).toMatchObject({
      component: 'IBS',
      text: 'InstallWindows:Install Path = X:\\Sources',
    });
    expect(parsePantherLine('2019-03-29 00:35:56, Warning    [0x0f008f] SYSPRP RunRegistryDlls:Registry key is either empty or malformed')).toMatchObject({
      severity: 'warning',
      component: 'SYSPRP',
    });
  });

  it('leaves the component empty when the component field is blank', () => {
    expect(
      parsePantherLine(
        '2025-05-02 15:20:18, Error                        Failed to delete \\\\?\\C:\\windows.old\\WINDOWS\\System32\\DriverStore\\FileRepository\\iigd_dch.inf_amd64_589bf55713b88872\\igc64.dll. hr = 0x80070005',
      ),
    ).toMatchObject({ severity: 'error', component: null, text: expect.stringMatching(/^Failed to delete .* hr = 0x80070005$/) });
  });

  it('does not take a capitalised first word of the text for a component in the fixed layout', () => {
    expect(parsePantherLine('2019-03-29 00:25:29, Info                         PnPIBS: Initializing the PnP IBS Module ...')).toMatchObject({
      component: null,
      text: 'PnPIBS: Initializing the PnP IBS Module ...',
    });
    expect(parsePantherLine('2022-07-06 08:08:30, Info                         SELECTTRACK Something happened')).toMatchObject({ component: null });
  });

  it('still finds the component when a paste collapsed the padding', () => {
    expect(parsePantherLine('2022-07-06 08:18:24, Error SP CSetupPlatform::Initialize: Disk provisioning is not available; hr = 0x80070032')).toMatchObject({
      severity: 'error',
      component: 'SP',
      text: 'CSetupPlatform::Initialize: Disk provisioning is not available; hr = 0x80070032',
    });
  });

  it('rejects lines without the timestamped prefix', () => {
    expect(parsePantherLine('[8312] [0x80070002] FIOReadFileIntoBuffer:(1381): The system cannot find the file specified.')).toBeNull();
    expect(parsePantherLine('<![LOG[EMS Agent Started]LOG]!>')).toBeNull();
    expect(parsePantherLine('2019-03-29 00:25:29 Info IBS no comma')).toBeNull();
  });
});

describe('isIndentedContinuation', () => {
  it('recognises the indented dump lines Setup writes under a record', () => {
    expect(isIndentedContinuation('                                   Processor name : Intel(R) Core(TM) i5-6500T CPU @ 2.50GHz')).toBe(true);
    expect(isIndentedContinuation('\tSmart installer: true')).toBe(true);
    expect(isIndentedContinuation('[8312] [0xc142011c] WIMGetMountedImageHandle:(2897)')).toBe(false);
  });
});
