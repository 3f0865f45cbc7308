import Fuse, { type IFuseOptions } from 'fuse.js';
import type { KbEntry } from './kb/entry';
import { articlePath } from './urls';

export interface SearchDoc {
  id: string;
  /** The article's area (content/areas.json), to narrow a search to it. */
  area: string;
  title: string;
  summary: string;
  symptoms: string;
  /** Each code in the forms a technician types: 0x80070005, 80070005. */
  codes: string[];
  url: string;
}

export interface SearchResult {
  id: string;
  title: string;
  summary: string;
  url: string;
}

export function toSearchDocs(entries: KbEntry[]): SearchDoc[] {
  return entries.map((e) => ({
    id: e.id,
    area: e.area,
    title: e.title,
    summary: e.summary,
    symptoms: e.symptoms.join('\n'),
    codes: e.codes.flatMap((c) => [c, c.slice(2)]),
    url: articlePath(e.id),
  }));
}

const OPTIONS: IFuseOptions<SearchDoc> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'codes', weight: 3 },
    { name: 'summary', weight: 2 },
    { name: 'symptoms', weight: 1 },
  ],
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 3,
};

/** A search over the docs; `area` (an area id, or '' for all) narrows the results to one area. */
export function createSearch(docs: SearchDoc[]): (query: string, limit?: number, area?: string) => SearchResult[] {
  const fuse = new Fuse(docs, OPTIONS);
  return (query, limit = 8, area = '') => {
    const q = query.trim();
    if (q.length < 2) return [];
    const found = fuse.search(q).filter(({ item }) => area === '' || item.area === area);
    return found.slice(0, limit).map(({ item }) => ({ id: item.id, title: item.title, summary: item.summary, url: item.url }));
  };
}
