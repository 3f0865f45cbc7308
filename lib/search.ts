import Fuse, { type IFuseOptions } from 'fuse.js';
import type { KbEntry } from './kb/entry';
import { formatHex, parseCode } from './errors/parse';
import { articlePath, errorPath } from './urls';

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
  /** An article, or the lookup of the error code the query spells. */
  kind: 'article' | 'code';
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

// The forms in which a query is surely an error code, never words: 0x..., eight hex digits,
// a negative or nine-or-more-digit decimal. ("1603" or "2012" may be a version or a year.)
const CODE_FORM = /^(?:0x[0-9a-f]{1,16}|[0-9a-f]{8}|-\d{6,10}|\d{9,10})$/i;

/** The code a query spells, as 0x + 8 hex digits, or null. */
export function codeOfQuery(query: string): string | null {
  const q = query.trim();
  if (!CODE_FORM.test(q)) return null;
  const value = parseCode(q);
  return value === null ? null : formatHex(value);
}

/**
 * A search over the docs; `area` (an area id, or '' for all) narrows the results to one area.
 * A query that spells an error code is matched exactly, never fuzzily: its lookup first, then
 * the articles that carry that code.
 */
export function createSearch(docs: SearchDoc[]): (query: string, limit?: number, area?: string) => SearchResult[] {
  const fuse = new Fuse(docs, OPTIONS);
  const inArea = (doc: SearchDoc, area: string) => area === '' || doc.area === area;
  const toResult = (doc: SearchDoc): SearchResult => ({ kind: 'article', id: doc.id, title: doc.title, summary: doc.summary, url: doc.url });
  return (query, limit = 8, area = '') => {
    const q = query.trim();
    if (q.length < 2) return [];
    const code = codeOfQuery(q);
    if (code !== null) {
      const lookup: SearchResult = { kind: 'code', id: `code-${code}`, title: `Look up ${code}`, summary: 'What this code means, from the offline error tables', url: errorPath(code) };
      const carrying = docs.filter((d) => inArea(d, area) && d.codes.includes(code)).map(toResult);
      return [lookup, ...carrying].slice(0, limit);
    }
    const found = fuse.search(q).filter(({ item }) => inArea(item, area));
    return found.slice(0, limit).map(({ item }) => toResult(item));
  };
}
