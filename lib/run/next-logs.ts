// Where a task sequence failure points elsewhere, the log to collect next. An ordered table: the
// first rule whose pattern is found in the failed step's name or its error lines applies, and a
// rule names the log, where the technician finds it, and why.
import type { CollectNext, LineRef, TsStep } from './types';

interface NextLogRule extends CollectNext {
  /** Tested on the failed step's name and on the error lines before the end of the run. */
  pattern: RegExp;
}

export const NEXT_LOG_RULES: readonly NextLogRule[] = [
  {
    pattern: /content location|Failed to resolve PackageID|Failed to find CCM_SoftwareDistribution|DownloadContent|Failed to download (?:content|package|files)|80040102|80040104|80091007|hash (?:value )?(?:could not be )?match/i,
    log: 'distmgr.log and PkgXferMgr.log, then the distribution point\'s IIS log',
    where: 'site server <install dir>\\Logs; distribution point %SystemDrive%\\inetpub\\logs\\LogFiles\\W3SVC1',
    why: 'The step could not get its content: these show whether the package is on a distribution point in the boundary group, and whether the download reached it.',
  },
  {
    pattern: /client identity|Failed to download policy|policy assignment|MPKeyInformation|reply has no message header marker|CLibSMSMessageWinHttpTransport|80072ee7|80072efd|80072ee2|80072f8f/i,
    log: 'MP_ClientIDManager.log, MP_Policy.log and the management point\'s IIS log',
    where: 'management point %ProgramFiles%\\SMS_CCM\\Logs (or the site server\'s <install dir>\\Logs when the role is on it); %SystemDrive%\\inetpub\\logs\\LogFiles\\W3SVC1',
    why: 'The task sequence failed talking to the management point: its logs show whether the request arrived and why it was refused.',
  },
  {
    pattern: /Install Application|Install Package|Install Software Updates|87D0[0-9A-F]{4}/i,
    log: 'AppEnforce.log, AppDiscovery.log and CAS.log (WUAHandler.log for updates)',
    where: 'the client, C:\\Windows\\CCM\\Logs',
    why: 'The step hands its installs to the client: these show which deployment type ran, its command line and exit code.',
  },
  {
    pattern: /Apply Driver|Auto Apply Drivers|OSDDriverClient|DISM/i,
    log: 'dism.log',
    where: 'WinPE X:\\Windows\\Logs\\DISM\\dism.log (copied to C:\\Windows\\Logs\\DISM after Windows is set up)',
    why: 'Drivers are added by DISM, which logs why a driver was refused.',
  },
  {
    pattern: /Setup Windows and Config(?:uration Manager|Mgr)|ccmsetup|OSDSetupHook|OSDSetupWindows/i,
    log: 'setupact.log, then ccmsetup.log',
    where: 'the client, C:\\Windows\\Panther\\setupact.log and C:\\Windows\\ccmsetup\\Logs\\ccmsetup.log',
    why: 'The step runs Windows Setup, then installs the client: their own logs carry the real failure.',
  },
  {
    pattern: /Upgrade Operating System|Upgrade the Operating System|SetupHost|C1900[0-9A-F]{3}/i,
    log: 'setupact.log and setuperr.log',
    where: 'the client, C:\\$WINDOWS.~BT\\Sources\\Panther (or C:\\Windows\\Panther after a rollback)',
    why: 'Windows Setup writes why the upgrade failed in its own logs.',
  },
  {
    pattern: /Enable BitLocker|Pre-provision BitLocker|TPM/i,
    log: 'the System event log (TPM and BitLocker-API events)',
    where: 'the client: Event Viewer, or wevtutil epl System system.evtx',
    why: 'BitLocker and TPM errors are reported by Windows, not by the task sequence.',
  },
];

/** The logs to collect next for a failed run, from its failed step and its error lines. */
export function collectNextFor(step: TsStep | null, lines: readonly LineRef[]): CollectNext[] {
  const haystack = [step?.name ?? '', step?.message ?? '', step?.exitCode ?? '', ...lines.map((l) => l.text)].join('\n');
  const rule = NEXT_LOG_RULES.find((r) => r.pattern.test(haystack));
  return rule ? [{ log: rule.log, where: rule.where, why: rule.why }] : [];
}
