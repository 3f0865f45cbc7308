import { articlePath } from '../urls';
import type { ParsedArticle } from './parse-article';
import type { Signature } from './schema';

/** What the browser and the CLI need to know of an article to diagnose logs and search. */
export interface KbEntry {
  id: string;
  title: string;
  summary: string;
  products: string[];
  logs: string[];
  codes: string[];
  signatures: Signature[];
  symptoms: string[];
  /** One link per resolution path, to that path's first step. */
  fixes: { title: string; url: string }[];
}

export function toKbEntry(article: ParsedArticle): KbEntry {
  const { frontmatter: fm } = article;
  return {
    id: fm.id,
    title: fm.title,
    summary: fm.summary,
    products: fm.products,
    logs: fm.logs,
    codes: fm.codes,
    signatures: fm.signatures,
    symptoms: article.symptomLines,
    fixes: article.paths.map((p) => ({ title: p.title, url: articlePath(fm.id, p.steps[0].id) })),
  };
}
