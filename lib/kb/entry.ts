import { articlePath } from '../urls';
import type { ParsedArticle } from './parse-article';
import type { Signature } from './schema';

/** What the browser and the CLI need to know of an article to diagnose logs and search. */
export interface KbEntry {
  id: string;
  title: string;
  summary: string;
  area: string;
  products: string[];
  /** The log file names. */
  logs: string[];
  /** Logs to collect when the pasted one cannot settle the cause alone. */
  collectNext: { log: string; where: string; why: string }[];
  codes: string[];
  signatures: Signature[];
  symptoms: string[];
  /** One link per resolution path, to that path's first step, in the order the article prefers. */
  fixes: { title: string; url: string; when: string }[];
  related: string[];
  /** For related articles the log alone may not tell apart: the decision-tree question that does. */
  separatedBy: { article: string; question: string; url: string }[];
}

export function toKbEntry(article: ParsedArticle): KbEntry {
  const { frontmatter: fm } = article;
  return {
    id: fm.id,
    title: fm.title,
    summary: fm.summary,
    area: fm.area,
    products: fm.products,
    logs: fm.logs.map((l) => l.name),
    collectNext: fm.collectNext,
    codes: fm.codes,
    signatures: fm.signatures,
    symptoms: article.symptomLines,
    fixes: article.paths.map((p) => ({ title: p.title, url: articlePath(fm.id, p.steps[0].id), when: p.when })),
    related: fm.related,
    separatedBy: [],
  };
}
