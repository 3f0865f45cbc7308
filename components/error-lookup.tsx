'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { DecodedCode } from '@/lib/errors';
import { CopyLinkButton } from './copy-link-button';

export interface ArticleRef {
  id: string;
  title: string;
  url: string;
}

interface Lookup {
  decode: (code: string) => DecodedCode | null;
}

const KIND_LABEL: Record<string, string> = {
  win32: 'Win32',
  winhttp: 'WinHTTP',
  wininet: 'WinINet',
  msi: 'Windows Installer',
  hresult: 'HRESULT',
  ntstatus: 'NTSTATUS',
  configmgr: 'Configuration Manager',
};

/** Decodes the code in ?code= with the offline tables, loaded on first use. */
export function ErrorLookup({ articlesByCode }: { articlesByCode: Record<string, ArticleRef[]> }) {
  const router = useRouter();
  const pathname = usePathname();
  const code = useSearchParams().get('code') ?? '';
  const [lookup, setLookup] = useState<Lookup | null>(null);

  // The tables are a chunk of their own, fetched from this site the first time a code is asked.
  useEffect(() => {
    if (!code || lookup) return;
    void import('@/lib/errors').then(async ({ decodeCode, loadErrorTable }) => {
      const table = await loadErrorTable();
      setLookup({ decode: (c) => decodeCode(table, c) });
    });
  }, [code, lookup]);

  const decoded = code && lookup ? lookup.decode(code) : null;
  const articles = decoded ? (articlesByCode[decoded.hex] ?? []) : [];

  return (
    <div className="mt-6 space-y-6">
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const value = String(new FormData(e.currentTarget).get('code') ?? '').trim();
          router.push(value ? `${pathname}?code=${encodeURIComponent(value)}` : pathname);
        }}
        className="flex flex-wrap gap-2"
      >
        <label htmlFor="code-input" className="sr-only">
          Error code
        </label>
        <input
          // Re-mounted when the URL's code changes (back button), so the box shows it.
          key={code}
          id="code-input"
          name="code"
          defaultValue={code}
          placeholder="0x80070005"
          autoComplete="off"
          spellCheck={false}
          className="w-64 rounded border border-slate-300 px-3 py-2 font-mono focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-200"
        />
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
          Look up
        </button>
      </form>

      {code && !lookup && <p className="text-slate-500">Loading the code tables…</p>}
      {code && lookup && !decoded && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3">
          “{code}” is not a number in any form a log uses.
        </p>
      )}
      {decoded && (
        <section aria-labelledby="decoded-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="decoded-heading" className="flex flex-wrap items-center gap-2 text-xl font-semibold">
            <span className="font-mono">{decoded.hex}</span>
            {decoded.success && <span className="rounded bg-green-100 px-2 py-0.5 text-sm text-green-800">success</span>}
            <CopyLinkButton label="Copy link" />
          </h2>
          <p className="mt-1 text-sm text-slate-500">
            {decoded.value.toLocaleString('en')} unsigned · {(decoded.value | 0).toLocaleString('en')} signed
          </p>
          {decoded.meanings.length === 0 ? (
            <p className="mt-3">No table names this value.</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {decoded.meanings.map((m, i) => (
                <li key={i}>
                  <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                    {KIND_LABEL[m.kind] ?? m.kind}
                    {m.source ? ` · ${m.source}` : ''}
                  </span>
                  {m.name && <span className="font-mono font-medium">{m.name}</span>}
                  {m.message && <p className="mt-1">{m.message}</p>}
                  {m.via && <p className="text-sm text-slate-500">{m.via}</p>}
                </li>
              ))}
            </ul>
          )}
          {decoded.notes.length > 0 && (
            <ul className="mt-3 list-disc pl-5 text-sm text-slate-600">
              {decoded.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-500">Severity</dt>
            <dd>{decoded.breakdown.severity}</dd>
            <dt className="text-slate-500">Facility</dt>
            <dd>
              {decoded.breakdown.facilityNames.join(' / ') || 'unnamed'} ({decoded.breakdown.facility})
            </dd>
            <dt className="text-slate-500">Code</dt>
            <dd className="font-mono">
              0x{decoded.breakdown.code.toString(16).toUpperCase().padStart(4, '0')} ({decoded.breakdown.code})
            </dd>
          </dl>
        </section>
      )}
      {decoded && (
        <section aria-labelledby="articles-heading">
          <h2 id="articles-heading" className="text-lg font-semibold">
            Articles that mention {decoded.hex}
          </h2>
          {articles.length === 0 ? (
            <p className="text-sm text-slate-600">No article names this code.</p>
          ) : (
            <ul className="mt-2 list-disc pl-5">
              {articles.map((a) => (
                <li key={a.id}>
                  <Link href={a.url} className="text-blue-700 hover:underline">
                    {a.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
