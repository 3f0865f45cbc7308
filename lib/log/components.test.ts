import { describe, expect, it } from 'vitest';
import { isKnownComponent } from './components';

describe('isKnownComponent', () => {
  it('knows ConfigMgr components regardless of case', () => {
    for (const name of ['TSMBootstrap', 'tsmbootstrap', 'CcmSetup', 'ccmsetup', 'SMS_DISTRIBUTION_MANAGER', 'MP_GetAuth', 'smstsvc']) {
      expect(isKnownComponent(name), name).toBe(true);
    }
  });

  it('knows every component written in the fixture logs', () => {
    // From component="..." in test/fixtures/logs, except the English words Wizard and Reboot.
    const seen = [
      'IntuneManagementExtension', 'ZTIDrivers', 'TSManager', 'RunPowerShellScript', 'InstallApplication',
      'OSDDownloadContent', 'ZTIGather', 'DCMAgent', 'ZTIDiskpart', 'ZTIConfigure', 'OSDSetupHook',
      'InstallSoftware', 'ccmsetup', 'LiteTouch', 'LTIApply', 'LTICopyScripts', 'TSMBootstrap',
      'OSDSetupWindows', 'ZTIPatches', 'TsProgressUI', 'LocationServices', 'ZTINextPhase', 'LTICleanup',
      'ZTIdrivers', 'ZTIValidate', 'ZTIWinRE', 'OSDNetSettings', 'ztiRunCommandHidden', 'ZTIBDE',
      'ClientLocation', 'FSPStateMessage',
    ];
    expect(seen.filter((name) => !isKnownComponent(name))).toEqual([]);
  });

  it('does not treat ordinary words as components', () => {
    for (const word of ['set', 'failed', 'Wizard', 'Reboot', 'Setup', 'operator.', 'Body']) {
      expect(isKnownComponent(word), word).toBe(false);
    }
  });
});
