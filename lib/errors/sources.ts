/**
 * Where each table row comes from: the provenance tags of the TSV `source` columns (and of
 * configmgr.tsv, whose rows all come from one page), with the repository, path and commit that
 * data/errdata/SOURCES.md records. A result names each of its sources once, with this link.
 */
import type { DecodedCode } from './types';

export interface SourceRef {
  /** The provenance tag. */
  id: string;
  /** What the source is, for display. */
  title: string;
  /** The upstream file or folder at the commit that was read. */
  url: string;
  license: string;
}

const WIN32 = 'https://github.com/MicrosoftDocs/win32/blob/47e64c189dcb1c1a42c221380ccf0ec81cc82d4b/desktop-src/';
const WIN32_TREE = 'https://github.com/MicrosoftDocs/win32/tree/47e64c189dcb1c1a42c221380ccf0ec81cc82d4b/desktop-src/';
const UPGRADE = 'https://github.com/MicrosoftDocs/SupportArticles-docs/blob/e8c8d9d3d090a0f6d0826c08c94d9017f46a98cf/support/windows-client/deployment/';
const CC_BY = 'CC BY 4.0';

export const SOURCES: Readonly<Record<string, Omit<SourceRef, 'id'>>> = {
  'msdocs-win32': { title: 'Microsoft Docs: System Error Codes', url: `${WIN32_TREE}Debug`, license: CC_BY },
  'msdocs-winhttp': { title: 'Microsoft Docs: WinHTTP error messages', url: `${WIN32}WinHttp/error-messages.md`, license: CC_BY },
  'msdocs-wininet': { title: 'Microsoft Docs: WinINet errors', url: `${WIN32}WinInet/wininet-errors.md`, license: CC_BY },
  'msdocs-msi': { title: 'Microsoft Docs: Windows Installer error codes', url: `${WIN32}Msi/error-codes.md`, license: CC_BY },
  'msdocs-com': { title: 'Microsoft Docs: COM error codes', url: `${WIN32_TREE}com`, license: CC_BY },
  'msdocs-seccrypto': { title: 'Microsoft Docs: security and cryptography return values', url: `${WIN32_TREE}SecCrypto`, license: CC_BY },
  'msdocs-bits': { title: 'Microsoft Docs: BITS return values', url: `${WIN32}Bits/bits-return-values.md`, license: CC_BY },
  'msdocs-wua': { title: 'Microsoft Docs: Windows Update Agent success and error codes', url: `${WIN32_TREE}Wua_Sdk`, license: CC_BY },
  'msdocs-do': { title: 'Microsoft Docs: Delivery Optimization return values', url: `${WIN32}delivery_optimization/do-return-values.md`, license: CC_BY },
  'msdocs-schannel': {
    title: 'Microsoft Docs: Schannel error codes for TLS and SSL alerts',
    url: `${WIN32}SecAuthN/schannel-error-codes-for-tls-and-ssl-alerts.md`,
    license: CC_BY,
  },
  'ms-wpts': {
    title: 'Windows Protocol Test Suites (error code definitions)',
    url: 'https://github.com/microsoft/WindowsProtocolTestSuites/tree/4d513adb8e0346052d2f0440a43d91edd107ad7a/ProtoSDK/Common',
    license: 'MIT',
  },
  'mingw-w64': {
    title: 'mingw-w64 headers (names only)',
    url: 'https://github.com/mingw-w64/mingw-w64/tree/d7f3c52012c4af4fb526330117d9c86b266018dc/mingw-w64-headers/include',
    license: 'public domain',
  },
  memdocs: {
    title: 'Microsoft Docs: Application installation common error codes reference (Configuration Manager)',
    url: 'https://github.com/MicrosoftDocs/memdocs/blob/97bcdac575be80a3a7f2ccd4ddc63d3ad6301bdb/memdocs/configmgr/tenant-attach/app-install-error-reference.md',
    license: CC_BY,
  },
  'msdocs-upgrade-codes': { title: 'Microsoft Docs: Windows 10 upgrade error codes', url: `${UPGRADE}windows-10-upgrade-error-codes.md`, license: CC_BY },
  'msdocs-upgrade-resolution': {
    title: 'Microsoft Docs: Windows 10 upgrade resolution procedures',
    url: `${UPGRADE}windows-10-upgrade-resolution-procedures.md`,
    license: CC_BY,
  },
  'msdocs-wu-reference': {
    title: 'Microsoft Docs: Windows Update error codes by component',
    url: 'https://github.com/MicrosoftDocs/windows-itpro-docs/blob/19cb6c52a951d78b65acc836d5b9babf5e8d1620/windows/deployment/update/windows-update-error-reference.md',
    license: CC_BY,
  },
};

/** The source of a provenance tag; an unknown tag still yields an entry (named by its tag, no link). */
export function sourceRef(id: string): SourceRef {
  const s = SOURCES[id];
  return s ? { id, ...s } : { id, title: id, url: '', license: '' };
}

/** Every source the results draw on, each once, in order of first use (meanings, then the extend code). */
export function sourcesOf(results: readonly DecodedCode[]): SourceRef[] {
  const ids: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  for (const d of results) {
    for (const m of d.meanings) add(m.provenance);
    if (d.extend) {
      for (const c of d.extend.causes) add(c.provenance);
      add(d.extend.provenance);
    }
  }
  return ids.map(sourceRef);
}
