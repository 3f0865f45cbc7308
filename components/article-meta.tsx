import Link from 'next/link';
import type { ParsedArticle } from '@/lib/kb';
import { errorPath } from '@/lib/urls';

/** Products, logs, codes and the resolution paths of an article, above its body. */
export function ArticleMeta({ article }: { article: ParsedArticle }) {
  const { frontmatter: fm } = article;
  return (
    <div className="not-prose my-6 grid gap-3 rounded border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="font-medium text-slate-500">Applies to</dt>
        <dd>{fm.products.join(', ')}</dd>
        <dt className="font-medium text-slate-500">Logs</dt>
        <dd>
          <ul>
            {fm.logs.map((l) => (
              <li key={l.name}>
                <span className="font-mono">{l.name}</span> <span className="text-slate-500">({l.where})</span>
              </li>
            ))}
          </ul>
        </dd>
        <dt className="font-medium text-slate-500">Codes</dt>
        <dd className="flex flex-wrap gap-x-2">
          {fm.codes.map((code) => (
            <Link key={code} href={errorPath(code)} className="font-mono text-blue-700 hover:underline">
              {code}
            </Link>
          ))}
        </dd>
      </dl>
      <nav aria-label="Resolution paths">
        <p className="font-medium text-slate-500">Go to the fix</p>
        <ul className="mt-1 space-y-1">
          {article.paths.map((p) => (
            <li key={p.id}>
              <a href={`#${p.steps[0].id}`} className="text-blue-700 hover:underline">
                {p.title}
              </a>{' '}
              <span className="text-slate-500">({p.steps.length} steps)</span>
              <p className="text-slate-600">{p.when}</p>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
