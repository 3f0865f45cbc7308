'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';
import type { Tree } from '@/lib/tree/schema';
import { paramToPath, pathToParam, walkTree } from '@/lib/tree/walk';
import { CopyLinkButton } from './copy-link-button';
import { SiteLink } from './site-link';

export interface FixTarget {
  articleTitle: string;
  pathTitle: string;
  stepNumber: number;
  stepText: string;
  url: string;
}

const PARAM = 'path';

/** Asks the tree's questions; the answers so far live in the URL (?path=a.b.c). */
export function DecisionTree({ tree, fixes }: { tree: Tree; fixes: Record<string, FixTarget> }) {
  const router = useRouter();
  const pathname = usePathname();
  const answers = paramToPath(useSearchParams().get(PARAM));
  const walk = walkTree(tree, answers);
  const kept = walk.trail.map((t) => t.answer.id);

  const hrefFor = (ids: string[]) => (ids.length ? `${pathname}?${PARAM}=${pathToParam(ids)}` : pathname);
  const answer = (id: string) => {
    answered.current = true;
    router.push(hrefFor([...kept, id]), { scroll: false });
  };
  const fix = walk.end && 'fix' in walk.end ? fixes[`${walk.end.fix.article}#${walk.end.fix.step}`] : null;
  const question = useRef<HTMLSpanElement>(null);
  const outcome = useRef<HTMLHeadingElement>(null);
  const where = kept.join('.');
  // After an answer (not on the first load), focus the next question or the outcome.
  const answered = useRef(false);
  useEffect(() => {
    if (!answered.current) return;
    (question.current ?? outcome.current)?.focus();
  }, [where]);

  return (
    <div className="mt-6 space-y-6">
      {walk.trail.length > 0 && (
        <ol className="space-y-1 text-sm" aria-label="Your answers">
          {walk.trail.map((t, i) => (
            <li key={t.node.id} className="flex flex-wrap gap-x-2">
              <span className="text-slate-500">{t.node.question}</span>
              <span className="font-medium">{t.answer.label}</span>
              <Link href={hrefFor(kept.slice(0, i))} scroll={false} className="text-blue-700 hover:underline">
                change
              </Link>
            </li>
          ))}
        </ol>
      )}

      {walk.current && (
        <fieldset className="rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">
            {/* Focus moves here on every answer, so a screen reader reads the new question. */}
            <span ref={question} tabIndex={-1} className="focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-400">
              {walk.current.question}
            </span>
          </legend>
          {walk.current.help && <p className="text-sm text-slate-600">{walk.current.help}</p>}
          <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:flex-wrap">
            {walk.current.answers.map((a) => (
              <button
                key={a.id}
                type="button"
                onClick={() => answer(a.id)}
                className="rounded border border-blue-700 px-4 py-2 text-left text-sm font-medium text-blue-800 hover:bg-blue-50"
              >
                {a.label}
              </button>
            ))}
          </div>
        </fieldset>
      )}

      {fix && (
        <div className="rounded-lg border border-green-300 bg-green-50 p-4" role="status">
          <h2 ref={outcome} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
            Start here
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            {fix.articleTitle}: <em>{fix.pathTitle}</em>, step {fix.stepNumber}
          </p>
          <p className="mt-2 text-sm">{fix.stepText}</p>
          <p className="mt-3 flex flex-wrap items-center gap-2">
            <SiteLink href={fix.url} className="rounded bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800">
              Go to step {fix.stepNumber}
            </SiteLink>
            <CopyLinkButton label="Copy link to these answers" />
          </p>
        </div>
      )}

      {walk.end && 'uncovered' in walk.end && (
        <div className="rounded-lg border border-slate-300 bg-white p-4" role="status">
          <h2 ref={outcome} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
            No article covers this case yet
          </h2>
          <p className="mt-2 text-sm">{walk.end.uncovered}</p>
          <p className="mt-3 text-sm">
            <Link href="/" className="text-blue-700 hover:underline">
              Diagnose a log
            </Link>
          </p>
        </div>
      )}

      {kept.length > 0 && (
        <Link href={pathname} scroll={false} className="inline-block text-sm text-slate-600 hover:underline">
          Start over
        </Link>
      )}
    </div>
  );
}
