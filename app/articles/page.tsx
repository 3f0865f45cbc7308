import type { Metadata } from 'next';
import Link from 'next/link';
import { getKbEntries } from '@/lib/kb';
import { articlePath } from '@/lib/urls';

export const metadata: Metadata = { title: 'Articles' };

export default function ArticlesPage() {
  const entries = getKbEntries();
  return (
    <div>
      <h1 className="text-2xl font-semibold">Articles</h1>
      <p className="mt-2 text-slate-600">Every known problem the troubleshooter can recognise in a log.</p>
      <ul className="mt-6 space-y-4">
        {entries.map((e) => (
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
    </div>
  );
}
