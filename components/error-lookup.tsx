'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { LookupResult } from '@/lib/errors/load';
import { parseCodeInput } from '@/lib/errors/parse';
import { sourcesOf } from '@/lib/errors/sources';
import { CodeSources } from './code-sources';
import { CopyLinkButton } from './copy-link-button';
import { DecodedCodeView } from './decoded-code';

export interface ArticleRef {
  id: string;
  title: string;
  url: string;
}

/**
 * Decodes the code (or symbolic name) in ?code= with the offline tables. A code cut short or text
 * that is no code is answered at once; otherwise only the table shards the lookup needs are
 * fetched from this site (a few files of ~20 KB, never the whole table).
 */
export function ErrorLookup({ articlesByCode }: { articlesByCode: Record<string, ArticleRef[]> }) {
  const router = useRouter();
  const pathname = usePathname();
  const code = useSearchParams().get('code') ?? '';
  const [found, setFound] = useState<{ code: string; result: LookupResult } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const parsed = code ? parseCodeInput(code) : null;
  const needsTables = parsed?.kind === 'code' || parsed?.kind === 'name';
  useEffect(() => {
    if (!code || !needsTables) return;
    let current = true;
    void import('@/lib/errors/load')
      .then(({ lookup }) => lookup(code))
      .then((result) => current && setFound({ code, result }))
      .catch(() => current && setFailed(code));
    return () => {
      current = false;
    };
  }, [code, needsTables]);

  const result: LookupResult | null = !parsed
    ? null
    : parsed.kind === 'invalid' || parsed.kind === 'incomplete'
      ? parsed
      : found?.code === code
        ? found.result
        : null;
  const decoded = result?.kind === 'code' ? [result.decoded] : result?.kind === 'name' ? result.decoded : [];
  const sources = sourcesOf(decoded);
  const sourceNumber = (provenance: string) => sources.findIndex((s) => s.id === provenance) + 1;
  const hexes = [...new Set(decoded.map((d) => d.hex))];

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
          className="w-72 max-w-full rounded border border-slate-300 px-3 py-2 font-mono focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-200"
        />
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
          Look up
        </button>
      </form>

      {code && needsTables && !result && failed !== code && <p className="text-slate-500">Loading the code tables…</p>}
      {failed === code && !result && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3">
          The code tables could not be loaded from this site. Reload the page to try again.
        </p>
      )}
      {result?.kind === 'invalid' && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3">
          “{code}” is not a number in any form a log uses, nor a symbolic name such as <code>E_ACCESSDENIED</code>.
        </p>
      )}
      {result?.kind === 'incomplete' && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3">
          “{result.digits}” is incomplete: a code has 8 hex digits, this one has {result.digits.replace(/^0x/i, '').replace(/^0+/, '').length}. Copy the
          whole code from the log; it is not read as <code>0x{result.digits.replace(/^0x/i, '').padStart(8, '0').toUpperCase()}</code>.
        </p>
      )}
      {result?.kind === 'name' && result.decoded.length === 0 && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3">
          No table has the name <code>{result.name}</code>. Names are matched exactly (in any case).
        </p>
      )}
      {result?.kind === 'name' && result.decoded.length > 0 && (
        <h2 className="flex flex-wrap items-center gap-2 text-xl font-semibold">
          <span className="font-mono">{result.name}</span>
          <CopyLinkButton label="Copy link" />
        </h2>
      )}
      {decoded.map((d) => (
        <DecodedCodeView
          key={d.hex}
          decoded={d}
          sourceNumber={sourceNumber}
          headingLevel={result?.kind === 'name' ? 3 : 2}
          actions={result?.kind === 'code' ? <CopyLinkButton label="Copy link" /> : undefined}
        />
      ))}
      <CodeSources sources={sources} />
      {hexes.map((hex) => {
        const articles = articlesByCode[hex] ?? [];
        return (
          <section key={hex} aria-label={`Articles that mention ${hex}`}>
            <h2 className="text-lg font-semibold">Articles that mention {hex}</h2>
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
        );
      })}
    </div>
  );
}
