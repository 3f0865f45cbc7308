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
      </header>
      <p className="mt-1 text-sm text-slate-700">{why(match)}</p>
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
                <span className="font-mono [overflow-wrap:anywhere]">{c.log}</span> ({c.where}): {c.why}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-3">
        <h4 className="text-sm font-medium text-slate-700">The lines of your log that show it</h4>
        <ul className="mt-2" aria-label="Evidence lines">
          {match.evidence.map((e) => (
            <EvidenceLine key={`${e.file}:${e.line}`} {...e} codeInfo={codeInfo} getContext={getContext} showFile={multiFile} />
          ))}
        </ul>
        <details className="mt-2 text-xs text-slate-600">
          <summary className="cursor-pointer">Details: how this was scored</summary>
          <p className="mt-1">
            Score {match.score}: 3 for each line that only this problem prints, 1 for each line that supports it, 0.5 for each of its error codes in your log, except codes as common as 0x80004005.
          </p>
          <ul className="mt-1 flex flex-wrap gap-1">
            {match.hits.map((hit) => (
              <li key={hit.label} className={`rounded border px-1.5 py-0.5 font-mono ${hit.role === 'decisive' ? 'border-green-300 bg-green-50' : 'border-slate-300 bg-slate-50'}`}>
                {hit.label} <span className="font-sans">({hit.role === 'decisive' ? 'only this problem prints it' : 'supports it'}{hit.count > 1 ? `, ${hit.count}×` : ''})</span>
              </li>
            ))}
          </ul>
        </details>
      </div>
    </article>
  );
}

/** One sentence on why: which kind of lines of the technician's log prove it. */
function why(match: ArticleMatch): string {
  const decisive = match.hits.filter((h) => h.role === 'decisive').length;
  const supporting = match.hits.length - decisive;
  const support = supporting === 0 ? '' : `, and ${supporting} more ${supporting === 1 ? 'line supports' : 'lines support'} it`;
  return decisive === 0
    ? `Several of your log's lines match this problem${support}.`
    : `Your log has ${decisive === 1 ? 'a line that only this problem prints' : `${decisive} lines that only this problem prints`}${support}.`;
}
