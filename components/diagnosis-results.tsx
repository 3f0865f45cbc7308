'use client';

import Link from 'next/link';
import { useState } from 'react';
import { PrivateLink } from './private-link';
import type { Diagnosis } from '@/lib/diagnose';
import type { CodeInfo, FileStats } from '@/lib/diagnose/protocol';
import type { SkippedInput } from '@/lib/log/limits';
import { ticketText, type RunStory } from '@/lib/run';
import { withBasePath } from '@/lib/urls';
import { CopyTicketButton } from './copy-ticket-button';
import { RunSummary } from './run-summary';
import { CodesTable } from './codes-table';
import type { GetContext } from './evidence-line';
import { LogView, type LogSource, type OpenAt } from './log-view';
import { MatchCard } from './match-card';
import { ShowInLogContext } from './show-in-log';

export interface DiagnosisView {
  diagnosis: Diagnosis;
  run: RunStory;
  codeInfo: Record<string, CodeInfo>;
  files: FileStats[];
  /** Inputs not read, each with why. */
  skipped: SkippedInput[];
  ms: number;
}

/** The verdict: ranked matches, or an honest "no known issue", then every code in the log. */
export function DiagnosisResults({ view, getContext, logSource }: { view: DiagnosisView; getContext: GetContext; logSource: LogSource }) {
  const [openAt, setOpenAt] = useState<OpenAt | null>(null);
  const { diagnosis, run, codeInfo, files, skipped, ms } = view;
  const nothingRead = files.length === 0 || diagnosis.records === 0;
  // Lines are labelled with their file when there are several, or when it came out of a zip bundle.
  const multiFile = files.length > 1 || files.some((f) => f.name.includes('/'));
  const lines = files.reduce((n, f) => n + f.lines, 0);
  return (
    <ShowInLogContext.Provider value={nothingRead ? null : (file, line) => setOpenAt((o) => ({ file, line, nonce: (o?.nonce ?? 0) + 1 }))}>
    <section aria-labelledby="results-heading" className="mt-8 space-y-6" data-verdict={diagnosis.verdict}>
      <div>
        <h2 id="results-heading" className="text-xl font-semibold">
          {diagnosis.verdict === 'match'
            ? `${diagnosis.matches.length === 1 ? 'One known problem matches' : `${diagnosis.matches.length} known problems match`}`
            : nothingRead
              ? 'Nothing to diagnose'
              : 'No known issue matches'}
        </h2>
        <p className="text-sm text-slate-500">
          {files.map((f) => f.name).join(', ')} · {lines.toLocaleString('en')} lines · {diagnosis.records.toLocaleString('en')} records · read in{' '}
          {Math.round(ms).toLocaleString('en')} ms, in this browser
        </p>
        {!nothingRead && (
          <div className="mt-2">
            <CopyTicketButton
              text={() =>
                ticketText({
                  diagnosis,
                  run,
                  files: files.map((f) => f.name),
                  meaning: (code) => codeInfo[code],
                  link: (path) => new URL(withBasePath(path), window.location.origin).toString(),
                })
              }
            />
          </div>
        )}
      </div>

      {!nothingRead && <RunSummary run={run} codeInfo={codeInfo} getContext={getContext} multiFile={multiFile} />}

      {skipped.length > 0 && (
        <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-medium">{skipped.length === 1 ? 'One file was not read' : `${skipped.length} files were not read`}</p>
          <ul className="mt-1 list-disc pl-5">
            {skipped.map((s) => (
              <li key={s.name}>
                <span className="font-mono">{s.name}</span>: {s.reason}.
              </li>
            ))}
          </ul>
        </div>
      )}

      {nothingRead ? (
        <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <p>No text log was read, so there is nothing to match: paste log lines, or drop the .log files (or a .zip of them).</p>
        </div>
      ) : diagnosis.verdict === 'match' ? (
        <ol className="space-y-4" aria-label="Matching articles, best first">
          {diagnosis.matches.map((match, i) => (
            <li key={match.id}>
              <MatchCard match={match} rank={i + 1} codeInfo={codeInfo} getContext={getContext} multiFile={multiFile} />
            </li>
          ))}
        </ol>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <p>
            None of the knowledge base&apos;s signatures appear in this log. The error codes below are decoded to help you search further, or try the{' '}
            <Link href="/troubleshoot/" className="text-blue-700 underline">
              guided troubleshooter
            </Link>
            .
          </p>
        </div>
      )}

      {(diagnosis.nearMisses.length > 0 || diagnosis.suggestions.length > 0) && (
        <div>
          <h2 className="text-lg font-semibold">Related reading (not a diagnosis)</h2>
          <p className="text-sm text-slate-600">
            These articles share something with your log, but none of the lines that identify their problem. Read them only if nothing else fits.
          </p>
          <ul className="mt-2 space-y-3 text-sm" aria-label="Related reading">
            {diagnosis.nearMisses.map((m) => (
              <li key={m.id}>
                <PrivateLink href={m.url} className="text-blue-700 hover:underline">
                  {m.title}
                </PrivateLink>
                <span className="block text-slate-600">
                  Your log has {m.hits.length === 1 ? 'a line' : `${m.hits.length} lines`} this article quotes, but none that only its problem prints
                  {m.evidence[0] && (
                    <>
                      , for example line {m.evidence[0].line}:
                      <code className="block whitespace-pre-wrap break-words font-mono text-xs text-slate-800">
                        {m.evidence[0].text.length > 300 ? `${m.evidence[0].text.slice(0, 300)}…` : m.evidence[0].text}
                      </code>
                    </>
                  )}
                </span>
              </li>
            ))}
            {diagnosis.suggestions.map((s) => (
              <li key={s.id}>
                <PrivateLink href={s.url} className="text-blue-700 hover:underline">
                  {s.title}
                </PrivateLink>
                <span className="block text-slate-600">
                  {multiFile ? `${s.line.file}:` : 'Line '}
                  {s.line.line} of your log resembles a line this article quotes:
                </span>
                <code className="block whitespace-pre-wrap break-words font-mono text-xs text-slate-800">{s.line.text.length > 600 ? `${s.line.text.slice(0, 600)}…` : s.line.text}</code>
                <code className="block whitespace-pre-wrap break-words font-mono text-xs text-slate-500">{s.quoted}</code>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div>
        <h2 className="text-lg font-semibold">Error codes in your log</h2>
        <CodesTable codes={diagnosis.codes} codeInfo={codeInfo} getContext={getContext} multiFile={multiFile} />
      </div>
      {!nothingRead && <LogView source={logSource} openAt={openAt} multiFile={multiFile} />}
    </section>
    </ShowInLogContext.Provider>
  );
}
