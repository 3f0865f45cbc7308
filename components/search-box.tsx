'use client';

import { useId, useRef, useState } from 'react';
import { AREAS } from '@/lib/kb/areas';
import type { SearchDoc, SearchResult } from '@/lib/search';
import { withBasePath } from '@/lib/urls';

type Search = (query: string, limit?: number, area?: string) => SearchResult[];

/** Free-text search over titles, summaries, symptoms and codes; the index loads on first focus. */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [area, setArea] = useState('');
  const search = useRef<Promise<Search> | null>(null);
  const listId = useId();

  const load = () => {
    search.current ??= Promise.all([
      fetch(withBasePath('/search-index.json')).then((r) => r.json() as Promise<SearchDoc[]>),
      import('@/lib/search'),
    ]).then(([docs, { createSearch }]) => createSearch(docs));
    return search.current;
  };

  const update = async (value: string, inArea = area) => {
    setQuery(value);
    const found = (await load())(value, 8, inArea);
    setResults(found);
    setActive(-1);
    setOpen(true);
  };

  const go = (result: SearchResult) => {
    window.location.assign(withBasePath(result.url));
  };

  return (
    <div className="relative flex gap-1" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <label htmlFor={`${listId}-area`} className="sr-only">
        Search in area
      </label>
      <select
        id={`${listId}-area`}
        value={area}
        onChange={(e) => {
          setArea(e.target.value);
          if (query.trim().length >= 2) void update(query, e.target.value);
        }}
        className="max-w-28 rounded border border-slate-300 bg-white px-1 py-1.5 text-xs focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-200"
      >
        <option value="">All areas</option>
        {AREAS.map((a) => (
          <option key={a.id} value={a.id}>
            {a.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${listId}-input`} className="sr-only">
        Search articles
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={open && query.trim().length >= 2}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder="Search messages or codes"
        value={query}
        onFocus={() => void load()}
        onChange={(e) => void update(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((i) => Math.min(i + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter' && results.length > 0) {
            e.preventDefault();
            go(results[Math.max(active, 0)]);
          } else if (e.key === 'Escape') setOpen(false);
        }}
        className="w-full rounded border border-slate-300 px-3 py-1.5 text-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-200"
      />
      {open && query.trim().length >= 2 && (
        <ul id={listId} role="listbox" className="absolute right-0 top-full z-20 mt-1 w-full min-w-72 rounded border border-slate-200 bg-white shadow-lg sm:w-96">
          {results.length === 0 && <li className="px-3 py-2 text-sm text-slate-500">No article matches “{query}”.</li>}
          {results.map((r, i) => (
            // An option holds no link (a link inside an option is invalid for screen readers): it is
            // chosen with the mouse here, or with the arrow keys and Enter in the box.
            <li
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                go(r);
              }}
              className={`block cursor-pointer px-3 py-2 text-sm hover:bg-slate-100 ${i === active ? 'bg-slate-100' : ''}`}
            >
              <span className="block font-medium text-slate-900">{r.title}</span>
              <span className="block text-slate-600">{r.summary}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
