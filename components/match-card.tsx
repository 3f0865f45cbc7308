import Link from 'next/link';
import type { ArticleMatch } from '@/lib/diagnose';
import type { CodeInfo } from '@/lib/diagnose/protocol';
import { ConfidenceBadge } from './confidence-badge';
import { CopyLinkButton } from './copy-link-button';
import { EvidenceLine, type GetContext } from './evidence-line';
import { SiteLink } from './site-link';

/** One ranked diagnosis: what it is, how sure, the lines that prove it, and where the fix starts. */
export function MatchCard({
  match,
  rank,
  codeInfo,
  getContext,
  multiFile,
}: {
  match: ArticleMatch;
  rank: number;
  codeInfo: Record<string, CodeInfo>;
  getContext: GetContext;
  multiFile: boolean;
}) {
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={`match-${match.id}`}>
      <header className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-slate-500">#{rank}</span>
        <h3 id={`match-${match.id}`} className="text-lg font-semibold">
          <Link href={match.url} className="text-slate-900 hover:text-blue-700 hover:underline">
            {match.title}
          </Link>
        </h3>
        <ConfidenceBadge confidence={match.confidence} />
        <span className="text-xs text-slate-500">score {match.score}</span>
      </header>
      <div className="mt-3">
        <h4 className="text-sm font-medium text-slate-700">Go to the fix</h4>
        <ul className="mt-1 space-y-1">
          {match.fixes.map((fix) => (
            <li key={fix.url} className="flex flex-wrap items-center gap-2 text-sm">
              <SiteLink href={fix.url} className="font-medium text-blue-700 hover:underline">
                {fix.title} →
              </SiteLink>
              <CopyLinkButton path={fix.url} label="Copy fix link" />
            </li>
          ))}
        </ul>
      </div>
      <div className="mt-3">
        <h4 className="text-sm font-medium text-slate-700">
          Why: {match.hits.length} of the article&apos;s signatures found in your log
        </h4>
        <ul className="mt-1 flex flex-wrap gap-1 text-xs">
          {match.hits.map((hit) => (
            <li key={hit.label} className={`rounded border px-1.5 py-0.5 font-mono ${hit.role === 'decisive' ? 'border-green-300 bg-green-50' : 'border-slate-300 bg-slate-50'}`}>
              {hit.label} <span className="font-sans text-slate-500">({hit.role}{hit.count > 1 ? `, ${hit.count}×` : ''})</span>
            </li>
          ))}
        </ul>
        <ul className="mt-2" aria-label="Evidence lines">
          {match.evidence.map((e) => (
            <EvidenceLine key={`${e.file}:${e.line}`} {...e} codeInfo={codeInfo} getContext={getContext} showFile={multiFile} />
          ))}
        </ul>
      </div>
    </article>
  );
}
