import Link from 'next/link';
import navigation from '@/content/navigation.json';
import { SearchBox } from './search-box';

export function SiteHeader() {
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-slate-900">
          ConfigMgr Log Troubleshooter
        </Link>
        <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {navigation.map((item) => (
            <Link key={item.href} href={item.href} className="text-slate-600 hover:text-blue-700 hover:underline">
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto w-full sm:w-56">
          <SearchBox />
        </div>
      </div>
    </header>
  );
}
