import type { SourceRef } from '@/lib/errors/sources';

/** The sources a lookup result draws on, each named once and numbered as the meanings cite them. */
export function CodeSources({ sources }: { sources: SourceRef[] }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading" className="text-sm">
      <h2 id="sources-heading" className="text-lg font-semibold">
        Sources
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {sources.map((s, i) => (
          <li key={s.id} id={`source-${i + 1}`}>
            {s.url ? (
              <a href={s.url} className="text-blue-700 hover:underline" rel="noreferrer">
                {s.title}
              </a>
            ) : (
              s.title
            )}
            {s.license && <span className="text-slate-500"> ({s.license})</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
