import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ErrorLookup, type ArticleRef } from '@/components/error-lookup';
import { getKbEntries } from '@/lib/kb';
import { findCodes } from '@/lib/log';
import { articlePath } from '@/lib/urls';

export const metadata: Metadata = { title: 'Error code lookup' };

/** The articles that name each code, in their codes field or inside a signature. */
function articlesByCode(): Record<string, ArticleRef[]> {
  const byCode: Record<string, ArticleRef[]> = {};
  for (const entry of getKbEntries()) {
    const signatureText = entry.signatures.map((s) => ('literal' in s ? s.literal : s.regex)).join('\n');
    const codes = new Set([...entry.codes, ...findCodes(signatureText).map((c) => c.code)]);
    for (const code of codes) (byCode[code] ??= []).push({ id: entry.id, title: entry.title, url: articlePath(entry.id) });
  }
  return byCode;
}

export default function ErrorsPage() {
  return (
    <div>
      <h1 className="text-2xl font-semibold">Error code lookup</h1>
      <p className="mt-2 max-w-3xl text-slate-600">
        Type a code the way the log prints it: <code>0x80070005</code>, <code>80070005</code>, <code>2147942405</code>, <code>-2147024891</code> or{' '}
        <code>5</code>; a Windows Setup code with its extend code, <code>0xC1900101 - 0x4000D</code>; or a name such as <code>E_ACCESSDENIED</code>.
        The tables are part of this site; nothing is looked up online.
      </p>
      <Suspense fallback={<p className="mt-6 text-slate-500">Loading…</p>}>
        <ErrorLookup articlesByCode={articlesByCode()} />
      </Suspense>
    </div>
  );
}
