// A seeded knowledge base of any size, for `npm run bench` and the matcher's property tests:
// articles shaped like the real ones (5 to 12 signatures, about 30% regex) whose signatures
// read like ConfigMgr log lines but mostly do not occur in real logs.
import type { KbEntry } from '../lib/kb/entry';
import type { Signature } from '../lib/kb/schema';

/** mulberry32: a small, fast, seeded generator; the same seed gives the same knowledge base. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ['Failed to', 'Unable to', 'Could not', 'Cannot', 'Error while trying to', 'Timed out waiting to', 'Refused to'];
const ACTIONS = [
  'resolve', 'download', 'open', 'read', 'write', 'create', 'verify', 'load', 'apply', 'register', 'decrypt', 'mount', 'unmount',
  'query', 'connect to', 'initialize', 'copy', 'stage', 'expand', 'import', 'send', 'retrieve', 'validate', 'parse', 'install',
];
const OBJECTS = [
  'content location', 'policy body', 'boot image', 'driver package', 'certificate store', 'task sequence environment',
  'management point', 'distribution point', 'WIM file', 'setup hook', 'state store', 'client identity', 'machine policy',
  'PXE password', 'network adapter', 'image index', 'unattend file', 'OSD setup hook', 'media certificate', 'content library',
  'hash of package', 'package share', 'WMI namespace', 'registry key', 'BitLocker protector', 'domain account', 'USMT store',
];
const FUNCTIONS = [
  'TS::Policy::GetContentLocations', 'CContentDefinition::GetFileProperties', 'PXE::MP_GetList', 'SendResourceRequest',
  'TSLaunch::ResolveContent', 'CCMTSDownloadContent::Execute', 'OSDApplyOS::ApplyImage', 'WimMount::Attach', 'DistMgr::ExpandImage',
  'CryptMsgControl', 'TSMediaWizardControl::GetPolicy', 'InstallSetupHook', 'BootImageStager::Stage', 'NetJoinDomain',
  'CTSEngine::Execute', 'OSDBitLocker::Protect', 'DriverCatalog::Import', 'CLibSMSMessageWinHttpTransport::Send',
];
const FILES = ['tspolicy.cpp', 'libsmsmessaging.cpp', 'tsmediawizardcontrol.cpp', 'contentdownload.cpp', 'osdapplyos.cpp', 'bootimage.cpp', 'pxeutil.cpp'];
const HEX = '0123456789abcdef';

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function hex8(random: () => number): string {
  let s = pick(random, ['8007', '8004', '8009', '87d0', 'c190', '8024', '8019']);
  for (let i = 0; i < 4; i++) s += HEX[Math.floor(random() * 16)];
  return s;
}

function literalLine(random: () => number): string {
  const kind = random();
  if (kind < 0.4) return `${pick(random, VERBS)} ${pick(random, ACTIONS)} ${pick(random, OBJECTS)} (${hex8(random)})`;
  if (kind < 0.7) return `${pick(random, FUNCTIONS)} failed; 0x${hex8(random).toUpperCase()}`;
  if (kind < 0.85) return `${pick(random, OBJECTS)} ${pick(random, ['is not set', 'was not found', 'has expired', 'is invalid', 'is empty'])} for ${pick(random, OBJECTS)}`;
  return `${pick(random, FUNCTIONS)} (${pick(random, OBJECTS).replace(/ /g, '')}), HRESULT=${hex8(random)} (${pick(random, FILES)},${100 + Math.floor(random() * 3000)})`;
}

function regexLine(random: () => number): string {
  const kind = random();
  if (kind < 0.35) return `${pick(random, FUNCTIONS).replace(/[:()]/g, '\\$&')}.*HRESULT=${hex8(random)}`;
  if (kind < 0.6) return `${pick(random, VERBS)} ${pick(random, ACTIONS)} ${pick(random, OBJECTS)} \\w+ \\(0x[0-9a-f]{8}\\)`;
  if (kind < 0.8) return `${pick(random, ACTIONS)} ${pick(random, OBJECTS)} [A-Z0-9]{8}.*error ${hex8(random)}`;
  return `${pick(random, OBJECTS)} (?:is not set|was not found) .* ${pick(random, FUNCTIONS).replace(/[:()]/g, '\\$&')}`;
}

/** Real failure lines that the bench logs do contain, so some articles match as they would. */
const REAL_LINES = ['Failed to save environment to', 'Failed to persist execution state', 'Disk provisioning is not available'];

export function generateKb(count: number, seed = 1): KbEntry[] {
  const random = seededRandom(seed);
  const entries: KbEntry[] = [];
  for (let i = 0; i < count; i++) {
    const signatures: Signature[] = [];
    const n = 5 + Math.floor(random() * 8);
    for (let j = 0; j < n; j++) {
      const role = j === 0 ? 'decisive' : random() < 0.3 ? 'decisive' : 'supporting';
      if (random() < 0.02) signatures.push({ literal: pick(random, REAL_LINES), role: 'supporting' });
      else if (random() < 0.3) signatures.push({ regex: regexLine(random), role });
      else signatures.push({ literal: literalLine(random), role });
    }
    entries.push({
      id: `generated-${i + 1}`,
      title: `Generated article ${i + 1}`,
      summary: 'A generated article for the benchmark.',
      area: 'task-sequence',
      products: ['Configuration Manager current branch'],
      logs: ['SMSTS.log'],
      collectNext: [],
      codes: [`0x${hex8(random).toUpperCase()}`],
      signatures,
      symptoms: signatures.map((s) => ('literal' in s ? s.literal : s.regex.replace(/\\/g, ''))),
      fixes: [{ title: 'Fix it', url: `/articles/generated-${i + 1}/#fix`, when: 'Always.' }],
      related: [],
      separatedBy: [],
    });
  }
  return entries;
}
