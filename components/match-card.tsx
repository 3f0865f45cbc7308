import type { ArticleMatch } from '@/lib/diagnose';
import type { CodeInfo } from '@/lib/diagnose/protocol';
import { ConfidenceBadge } from './confidence-badge';
import { CopyLinkButton } from './copy-link-button';
import { EvidenceLine, type GetContext } from './evidence-line';
import { PrivateLink } from './private-link';

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
          <PrivateLink href={match.url} className="text-slate-900 hover:text-blue-700 hover:underline">
            {match.title}
          </PrivateLink>
        </h3>
        <ConfidenceBadge confidence={match.confidence} />
        <span className="text-xs text-slate-500">score {match.score}</span>
      </header>
      {match.tiedWith.length > 0 && (
        <div className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="tie">
          <p>Your log fits this article and {match.tiedWith.length === 1 ? 'another one' : `${match.tiedWith.length} others`} equally well: the same lines come from different causes.</p>
          {match.separatedBy
            .filter((s) => match.tiedWith.includes(s.article))
            .map((s) => (
              <p key={s.article} className="mt-1">
                One question tells them apart:{' '}
                <PrivateLink href={s.url} className="font-medium text-blue-700 hover:underline">
                  {s.question} →
                </PrivateLink>
              </p>
            ))}
        </div>
      )}
      <div className="mt-3">
        <h4 className="text-sm font-medium text-slate-700">Go to the fix{match.fixes.length > 1 ? ' (in the order the article prefers)' : ''}</h4>
        <ul className="mt-1 space-y-2">
          {match.fixes.map((fix) => (
            <li key={fix.url} className="text-sm">
              <span className="flex flex-wrap items-center gap-2">
                <PrivateLink href={fix.url} className="font-medium text-blue-700 hover:underline">
                  {fix.title} →
                </PrivateLink>
                <CopyLinkButton path={fix.url} label="Copy fix link" />
              </span>
              {match.fixes.length > 1 && <span className="block text-slate-600">When: {fix.when}</span>}
            </li>
          ))}
        </ul>
      </div>
      {match.collectNext.length > 0 && (
        <div className="mt-3 text-sm">
          <h4 className="font-medium text-slate-700">To be sure, collect next</h4>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {match.collectNext.map((c) => (
              <li key={c.log}>
                <span className="font-mono">{c.log}</span> ({c.where}): {c.why}
              </li>
            ))}
          </ul>
        </div>
      )}
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
