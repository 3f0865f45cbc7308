import type { Metadata } from 'next';
import Link from 'next/link';
import { getKbEntries } from '@/lib/kb';
import { AREAS } from '@/lib/kb/areas';
import { articlePath } from '@/lib/urls';

export const metadata: Metadata = { title: 'Articles' };

export default function ArticlesPage() {
  const entries = getKbEntries();
  const groups = AREAS.map((area) => ({ area, entries: entries.filter((e) => e.area === area.id) })).filter((g) => g.entries.length > 0);
  return (
    <div>
      <h1 className="text-2xl font-semibold">Articles</h1>
      <p className="mt-2 text-slate-600">
        Every known problem the troubleshooter can recognise in a log: {entries.length} articles, grouped by where you meet the failure.
      </p>
      <nav aria-label="Areas" className="mt-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {groups.map(({ area, entries: inArea }) => (
            <li key={area.id}>
              <a href={`#${area.id}`} className="rounded border border-slate-300 bg-white px-2 py-1 text-blue-700 hover:underline">
                {area.label} <span className="text-slate-500">({inArea.length})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ area, entries: inArea }) => (
        <section key={area.id} aria-labelledby={area.id} className="mt-8">
          <h2 id={area.id} className="text-xl font-semibold">
            {area.label} <span className="text-base font-normal text-slate-500">({inArea.length})</span>
          </h2>
          <p className="mt-1 text-sm text-slate-600">{area.description}</p>
          <ul className="mt-4 space-y-4">
            {inArea.map((e) => (
              <li key={e.id} className="rounded border border-slate-200 bg-white p-4">
                <Link href={articlePath(e.id)} className="font-medium text-blue-700 hover:underline">
                  {e.title}
                </Link>
                <p className="mt-1 text-sm text-slate-600">{e.summary}</p>
                <p className="mt-1 text-xs text-slate-500">
                  {e.products.join(', ')} · {e.logs.join(', ')}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
