// Paths inside the site. Every link to an article or one of its anchors is built here, so the
// form (trailing slash, hash) is the same in pages, search results, the tree and the CLI.
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** Pages that exist besides the articles; the link checker accepts links to them. */
export const SITE_PAGES = ['/', '/articles/', '/troubleshoot/', '/errors/', '/about/'] as const;

export function articlePath(slug: string, anchor?: string): string {
  return `/articles/${slug}/${anchor ? `#${anchor}` : ''}`;
}

/** The knowledge-base asset the diagnosis worker fetches (see app/data/[asset]). */
export function kbAssetPath(file: string): string {
  return `/data/${file}`;
}

/** The decision tree, opened at the question the answers (joined as in lib/tree/walk) lead to. */
export function troubleshootPath(pathParam: string): string {
  return pathParam ? `/troubleshoot/?path=${encodeURIComponent(pathParam)}` : '/troubleshoot/';
}

export function errorPath(code: string): string {
  return `/errors/?code=${encodeURIComponent(code)}`;
}

/** Prefixes a root-relative path with the base path the site was built for. */
export function withBasePath(path: string): string {
  return path.startsWith('/') ? `${BASE_PATH}${path}` : path;
}

const ARTICLE_LINK = /^\/articles\/([^/?#]+)\/?(?:#(.*))?$/;

export type InternalLink =
  | { kind: 'article'; slug: string; anchor: string | null }
  | { kind: 'page'; path: string }
  | null;

/** Reads a root-relative link; null for external links, in-page anchors and anything else. */
export function parseInternalLink(url: string): InternalLink {
  if (!url.startsWith('/')) return null;
  const article = ARTICLE_LINK.exec(url);
  if (article) return { kind: 'article', slug: article[1], anchor: article[2] || null };
  const path = url.replace(/[?#].*$/, '');
  return { kind: 'page', path: path.endsWith('/') ? path : `${path}/` };
}
