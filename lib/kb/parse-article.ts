import { createProcessor } from '@mdx-js/mdx';
import { parse as parseYaml } from 'yaml';
import { isSlug } from '../slug';
import { signatureFragments } from '../diagnose/matcher';
import { frontmatterSchema, type Frontmatter } from './schema';
import { problems } from './problems';

/** The small part of the mdast/MDX node shape this module reads. */
export interface MdNode {
  type: string;
  children?: MdNode[];
  value?: string;
  depth?: number;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

export interface Heading { id: string; depth: number; text: string; line: number }
export interface Step { id: string; text: string; line: number }
export interface ResolutionPath { id: string; title: string; steps: Step[]; /** When to take it (frontmatter `paths`). */ when: string }
export interface ParsedArticle {
  slug: string;
  frontmatter: Frontmatter;
  /** The MDX body with the frontmatter replaced by blank lines, so line numbers still match the file. */
  body: string;
  headings: Heading[];
  paths: ResolutionPath[];
  /** Every id a link may point at: headings and steps. */
  anchors: string[];
  links: { url: string; line: number }[];
  /** The quoted log lines of the Symptoms section's code blocks. */
  symptomLines: string[];
}

export class ArticleError extends Error {
  constructor(readonly file: string, readonly details: string[]) {
    super(`${file}:\n  - ${details.join('\n  - ')}`);
    this.name = 'ArticleError';
  }
}

export const REQUIRED_SECTIONS = ['symptoms', 'cause', 'resolution', 'more-information'] as const;
export const ARTICLE_COMPONENTS = ['Steps', 'Step', 'Note'] as const;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const HEADING_ID = /^\/\*\s*([^*]*?)\s*\*\/$/;

// One parser instance: createProcessor builds the MDX grammar, which is not cheap.
const mdxParser = createProcessor({ format: 'mdx' });

export function parseMdx(body: string): MdNode {
  return mdxParser.parse(body) as unknown as MdNode;
}

export function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value ?? '';
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return '';
  return (node.children ?? []).map(plainText).join(node.type === 'paragraph' ? '' : ' ').replace(/\s+/g, ' ').trim();
}

/** The explicit `{/*id*\/}` at the end of a heading, or null. */
export function headingId(node: MdNode): string | null {
  const last = node.children?.at(-1);
  if (last?.type !== 'mdxTextExpression') return null;
  return HEADING_ID.exec((last.value ?? '').trim())?.[1] ?? null;
}

function attribute(node: MdNode, name: string): string | null {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : null;
}

function lineOf(node: MdNode): number | undefined {
  return node.position?.start.line;
}

function splitFrontmatter(source: string, errors: string[]): { data: unknown; body: string } | null {
  const match = FRONTMATTER.exec(source);
  if (!match) {
    errors.push(problems.noFrontmatter());
    return null;
  }
  const blankLines = '\n'.repeat(match[0].split('\n').length - 1);
  try {
    return { data: parseYaml(match[1]), body: blankLines + source.slice(match[0].length) };
  } catch (error) {
    errors.push(problems.badYaml((error as Error).message));
    return null;
  }
}

function validateFrontmatter(data: unknown, slug: string, errors: string[]): Frontmatter | null {
  const result = frontmatterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) errors.push(problems.field(issue.path.join('.') || '(root)', issue.message));
    return null;
  }
  if (result.data.id !== slug) errors.push(problems.idNotFileName(result.data.id, slug));
  result.data.signatures.forEach((signature, i) => {
    if (signatureFragments(signature).length === 0) errors.push(problems.unanchoredSignature(i, 'literal' in signature ? signature.literal : signature.regex));
  });
  return result.data;
}

/**
 * Reads one article: validates its frontmatter and walks its MDX once to collect the
 * headings, resolution paths and steps, links and quoted symptom lines. Throws an
 * ArticleError listing every problem found, each naming the field or the line.
 */
export function parseArticle(slug: string, source: string, file = `${slug}.mdx`): ParsedArticle {
  const errors: string[] = [];
  const split = splitFrontmatter(source, errors);
  const frontmatter = split ? validateFrontmatter(split.data, slug, errors) : null;
  if (!split) throw new ArticleError(file, errors);

  let root: MdNode;
  try {
    root = parseMdx(split.body);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    throw new ArticleError(file, [...errors, problems.mdxSyntax(e.line, e.reason ?? e.message)]);
  }

  const headings: Heading[] = [];
  const paths: ResolutionPath[] = [];
  const links: { url: string; line: number }[] = [];
  const symptomLines: string[] = [];
  const seen = new Set<string>();
  let section: string | null = null;
  let currentPath: ResolutionPath | null = null;

  const claim = (id: string, node: MdNode) => {
    if (!isSlug(id)) errors.push(problems.badId(lineOf(node), id));
    else if (seen.has(id)) errors.push(problems.duplicateId(lineOf(node), id));
    seen.add(id);
  };

  const walk = (node: MdNode, parent: MdNode | null) => {
    if (node.type === 'heading') {
      const id = headingId(node);
      const text = plainText(node);
      if (id === null) errors.push(problems.headingWithoutId(lineOf(node), text));
      else {
        claim(id, node);
        headings.push({ id, depth: node.depth ?? 2, text, line: lineOf(node) ?? 0 });
        if (node.depth === 2) {
          section = id;
          currentPath = null;
        } else if (node.depth === 3 && section === 'resolution') {
          currentPath = { id, title: text, steps: [], when: '' };
        }
      }
      return;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (!(ARTICLE_COMPONENTS as readonly string[]).includes(name)) errors.push(problems.unknownComponent(lineOf(node), name));
      if (name === 'Steps' && section === 'resolution' && currentPath && !paths.includes(currentPath)) paths.push(currentPath);
      if (name === 'Step') {
        const id = attribute(node, 'id');
        if (parent?.name !== 'Steps') errors.push(problems.stepOutsideSteps(lineOf(node)));
        if (id === null) errors.push(problems.stepWithoutId(lineOf(node)));
        else {
          claim(id, node);
          if (section === 'resolution' && currentPath) {
            (currentPath as ResolutionPath).steps.push({ id, text: plainText(node), line: lineOf(node) ?? 0 });
          }
        }
      }
    }
    if (node.type === 'link' && node.url) links.push({ url: node.url, line: lineOf(node) ?? 0 });
    if (node.type === 'code' && section === 'symptoms') {
      symptomLines.push(...(node.value ?? '').split(/\r?\n/).filter((line) => line.trim() !== ''));
    }
    for (const child of node.children ?? []) walk(child, node);
  };
  walk(root, null);

  for (const id of REQUIRED_SECTIONS) {
    if (!headings.some((h) => h.depth === 2 && h.id === id)) errors.push(problems.missingSection(id));
  }
  if (!paths.some((p) => p.steps.length > 0)) errors.push(problems.noResolutionPath());
  if (symptomLines.length === 0) errors.push(problems.noSymptomLines());
  for (const link of links) {
    if (link.url.startsWith('#') && !seen.has(link.url.slice(1))) errors.push(problems.deadLink(link.line, link.url));
  }

  const bodyPaths = paths.filter((p) => p.steps.length > 0).map((p) => p.id);
  if (frontmatter && frontmatter.paths.map((p) => p.id).join() !== bodyPaths.join()) {
    errors.push(problems.pathsMismatch(frontmatter.paths.map((p) => p.id), bodyPaths));
  }

  if (errors.length > 0 || !frontmatter) throw new ArticleError(file, errors);
  return {
    slug,
    frontmatter,
    body: split.body,
    headings,
    paths: paths.filter((p) => p.steps.length > 0).map((p) => ({ ...p, when: frontmatter.paths.find((f) => f.id === p.id)!.when })),
    anchors: [...seen],
    links,
    symptomLines,
  };
}
