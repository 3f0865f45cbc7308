// The one module that reads content/: routes, scripts and the CLI get articles from here and
// never touch the file system themselves. Everything is validated on first use, so a bad
// article fails `next build` (and `npm test`) with the file and the field or line at fault.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import type { MDXContent } from 'mdx/types';
import { parseInternalLink, SITE_PAGES, troubleshootPath } from '../urls';
import { ArticleError, parseArticle, type ParsedArticle } from './parse-article';
import { problems } from './problems';
import { remarkHeadingIds } from './remark-heading-ids';
import { toKbEntry, type KbEntry } from './entry';
import { parse as parseYaml } from 'yaml';
import { coverageProblems, separatingQuestion } from '../tree/coverage';
import { pathToParam } from '../tree/walk';
import { TreeError, validateTree } from '../tree/validate';
import type { Tree } from '../tree/schema';

export type { ParsedArticle, ResolutionPath, Step, Heading } from './parse-article';
export type { KbEntry } from './entry';

export const CONTENT_DIR = path.join(process.cwd(), 'content');
const ARTICLES_DIR = path.join(CONTENT_DIR, 'articles');

/** Cross-article checks: links to other articles' anchors and `related` slugs must exist. */
export function checkCrossReferences(articles: ParsedArticle[]): void {
  const anchorsBySlug = new Map(articles.map((a) => [a.slug, new Set(a.anchors)]));
  const pages = new Set<string>(SITE_PAGES);
  const failures: ArticleError[] = [];
  for (const article of articles) {
    const details: string[] = [];
    for (const link of article.links) {
      const target = parseInternalLink(link.url);
      if (target === null) continue;
      const ok =
        target.kind === 'article'
          ? anchorsBySlug.has(target.slug) && (target.anchor === null || anchorsBySlug.get(target.slug)!.has(target.anchor))
          : pages.has(target.path);
      if (!ok) details.push(problems.deadLink(link.line, link.url));
    }
    for (const slug of article.frontmatter.related) {
      if (!anchorsBySlug.has(slug)) details.push(problems.unknownRelated(slug));
    }
    if (details.length > 0) failures.push(new ArticleError(`content/articles/${article.slug}.mdx`, details));
  }
  if (failures.length > 0) throw new Error(failures.map((f) => f.message).join('\n'));
}

/** Reads and checks every article under a folder; exported for tests on fixture folders. */
export function loadArticlesFrom(dir: string): ParsedArticle[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  const articles: ParsedArticle[] = [];
  const failures: string[] = [];
  for (const file of files) {
    const slug = file.slice(0, -'.mdx'.length);
    try {
      articles.push(parseArticle(slug, fs.readFileSync(path.join(dir, file), 'utf8'), path.relative(process.cwd(), path.join(dir, file))));
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  if (failures.length > 0) throw new Error(`Invalid article content:\n${failures.join('\n')}`);
  checkCrossReferences(articles);
  return articles;
}

let cache: ParsedArticle[] | null = null;

export function getArticles(): ParsedArticle[] {
  cache ??= loadArticlesFrom(ARTICLES_DIR);
  return cache;
}

export function getArticleSlugs(): string[] {
  return getArticles().map((a) => a.slug);
}

export function getArticle(slug: string): ParsedArticle | null {
  return getArticles().find((a) => a.slug === slug) ?? null;
}

/** What the matcher and the search need of each article, with the tree questions that separate related articles. */
let entriesCache: KbEntry[] | null = null;

export function getKbEntries(): KbEntry[] {
  if (entriesCache) return entriesCache;
  const tree = getTree();
  entriesCache = getArticles().map((article) => {
    const entry = toKbEntry(article);
    for (const other of entry.related) {
      const separating = separatingQuestion(tree, entry.id, other);
      if (separating) entry.separatedBy.push({ article: other, question: separating.question, url: troubleshootPath(pathToParam(separating.path)) });
    }
    return entry;
  });
  return entriesCache;
}

export interface KbAsset {
  /** "kb.<first 16 hex digits of the content's SHA-256>.json" */
  file: string;
  json: string;
}

let assetCache: KbAsset | null = null;

/** Every article's entry as one JSON document, named after its content so it can be cached for good. */
export function getKbAsset(): KbAsset {
  if (assetCache) return assetCache;
  const json = JSON.stringify(getKbEntries());
  assetCache = { file: `kb.${createHash('sha256').update(json).digest('hex').slice(0, 16)}.json`, json };
  return assetCache;
}

/** Compiles an article body to a React component (at build time; the export ships HTML). */
export async function compileArticle(article: ParsedArticle): Promise<MDXContent> {
  const { default: Content } = await evaluate(article.body, {
    ...runtime,
    remarkPlugins: [remarkHeadingIds],
  });
  return Content;
}

let treeCache: Tree | null = null;

/** The decision tree of content/troubleshoot.yaml, checked against the steps that exist. */
export function getTree(): Tree {
  if (treeCache) return treeCache;
  const steps = new Map(getArticles().map((a) => [a.slug, new Set(a.paths.flatMap((p) => p.steps.map((s) => s.id)))]));
  const tree = validateTree(parseYaml(fs.readFileSync(path.join(CONTENT_DIR, 'troubleshoot.yaml'), 'utf8')), steps);
  const unreached = coverageProblems(tree, getArticleSlugs());
  if (unreached.length > 0) throw new TreeError(unreached);
  treeCache = tree;
  return treeCache;
}
