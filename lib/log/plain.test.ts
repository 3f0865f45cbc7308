import { describe, expect, it } from 'vitest';
import { hasComponentShape, splitPlainLine } from './plain';

describe('splitPlainLine', () => {
  it('splits a known component after the text, as KB articles quote SMSTS.log', () => {
    expect(splitPlainLine('Network Access Account is not set TSMBootstrap')).toEqual({
      text: 'Network Access Account is not set',
      component: 'TSMBootstrap',
    });
    expect(splitPlainLine('signature varification failed TSMBootstrap')).toEqual({ text: 'signature varification failed', component: 'TSMBootstrap' });
  });

  it('splits a component set apart by a no-break space, as copied from the KB web page', () => {
    expect(splitPlainLine('CryptMsgControl (hMsg, 0, CMSG_CTRL_VERIFY_SIGNATURE, pCert->pCertInfo), HRESULT=8009100e (libcrypt.cpp,351)\u00a0TSMBootstrap')).toEqual({
      text: 'CryptMsgControl (hMsg, 0, CMSG_CTRL_VERIFY_SIGNATURE, pCert->pCertInfo), HRESULT=8009100e (libcrypt.cpp,351)',
      component: 'TSMBootstrap',
    });
  });

  it('splits a known component separated by two spaces', () => {
    expect(
      splitPlainLine(
        'GetEncodedNetworkAccessAccount (sEncodedAccount, sEncodedPassword), HRESULT=80040101 (e:\\nts_sms_fre\\sms\\framework\\tscore\\tspolicy.cpp,1544)  TSMBootstrap',
      ),
    ).toEqual({
      text: 'GetEncodedNetworkAccessAccount (sEncodedAccount, sEncodedPassword), HRESULT=80040101 (e:\\nts_sms_fre\\sms\\framework\\tscore\\tspolicy.cpp,1544)',
      component: 'TSMBootstrap',
    });
  });

  it('splits a known component before the text', () => {
    expect(splitPlainLine('TSMBootstrap: Network Access Account is not set')).toEqual({ text: 'Network Access Account is not set', component: 'TSMBootstrap' });
    expect(splitPlainLine('[TSMBootstrap] Network Access Account is not set')).toEqual({ text: 'Network Access Account is not set', component: 'TSMBootstrap' });
  });

  it('splits a known component set before the text as a column, by a tab or two blanks or more', () => {
    expect(splitPlainLine('TSManager    Failed to run the action: Setup Windows and ConfigMgr.')).toEqual({ text: 'Failed to run the action: Setup Windows and ConfigMgr.', component: 'TSManager' });
    expect(splitPlainLine('OSDSetupHook\tInstalling OSD setup hook')).toEqual({ text: 'Installing OSD setup hook', component: 'OSDSetupHook' });
    // One blank is a sentence, and an unknown first word is text.
    expect(splitPlainLine('TSManager failed to start')).toEqual({ text: 'TSManager failed to start', component: null });
    expect(splitPlainLine('Installing    the hook')).toEqual({ text: 'Installing    the hook', component: null });
  });

  it('splits an unknown CamelCase or ALLCAPS name only when two spaces or a tab set it apart', () => {
    expect(splitPlainLine('Content location request failed  ContosoAgent')).toEqual({ text: 'Content location request failed', component: 'ContosoAgent' });
    expect(splitPlainLine('Content location request failed\tCONTOSO_AGENT')).toEqual({ text: 'Content location request failed', component: 'CONTOSO_AGENT' });
    expect(splitPlainLine('Content location request failed ContosoAgent')).toEqual({ text: 'Content location request failed ContosoAgent', component: null });
  });

  it('keeps a component name that is the object of the sentence', () => {
    expect(splitPlainLine('Failed to start service CcmExec')).toEqual({ text: 'Failed to start service CcmExec', component: null });
    expect(splitPlainLine('Launching ccmsetup')).toEqual({ text: 'Launching ccmsetup', component: null });
  });

  it('keeps values and ordinary words that merely end the line', () => {
    for (const line of ['Status:  FAILED', 'Result =  SUCCESS', 'Property OSDisk is now = C:', 'Parsing Policy Body', 'TSMBootstrap']) {
      expect(splitPlainLine(line), line).toEqual({ text: line, component: null });
    }
  });

  it('does not take an unknown prefix for a component', () => {
    expect(splitPlainLine('Error: 80070005 while reading policy')).toEqual({ text: 'Error: 80070005 while reading policy', component: null });
    expect(splitPlainLine('SetupHost::Initialize: ModulePath = [C:\\$WINDOWS.~BT\\Sources]')).toMatchObject({ component: null });
  });
});

describe('hasComponentShape', () => {
  it('accepts CamelCase and ALLCAPS names and rejects words', () => {
    expect(['TSMBootstrap', 'SMS_Cloud_ProxyConnector', 'SMSPXE', 'ccmSetup'].map(hasComponentShape)).toEqual([true, true, true, true]);
    expect(['Failed', 'set', 'OK', 'FAILED', 'C:', '1456'].map(hasComponentShape)).toEqual([false, false, false, false, false, false]);
  });
});
