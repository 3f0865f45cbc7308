import { describe, expect, it } from 'vitest';
import navigation from '../../content/navigation.json';
import { compileMatcher } from '../diagnose';
import { parseLog } from '../log';
import { SITE_PAGES } from '../urls';
import { compileArticle, getArticles, getKbEntries, getTree } from '.';

// These run over the real content/ folder: whatever an author adds is checked the same way.
const articles = getArticles();
const entries = getKbEntries();

describe('every article', () => {
  it('exists (the knowledge base is not empty)', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  for (const article of articles) {
    const entry = entries.find((e) => e.id === article.slug)!;

    it(`${article.slug}: each signature matches a line of its own quoted Symptoms`, () => {
      const { signatures } = compileMatcher([entry]);
      const texts = parseLog(article.symptomLines.join('\n'), 'symptoms').map((r) => r.text);
      for (const signature of signatures) {
        expect(texts.some((t) => signature.pattern.test(t)), `signature ${signature.label}`).toBe(true);
      }
    });

    it(`${article.slug}: has a decisive signature (or says why none exists) and a fix link for every resolution path`, () => {
      expect(entry.signatures.some((s) => s.role === 'decisive') || article.frontmatter.whyNoDecisiveLine !== undefined).toBe(true);
      expect(entry.fixes.length).toBe(article.paths.length);
    });

    it(`${article.slug}: compiles to a component`, async () => {
      expect(typeof (await compileArticle(article))).toBe('function');
    });
  }
});

describe('the decision tree', () => {
  it('loads, and every article is reachable from at least one fix leaf', () => {
    const tree = getTree();
    const fixed = new Set(tree.nodes.flatMap((n) => n.answers).flatMap((a) => ('fix' in a ? [a.fix.article] : [])));
    for (const article of articles) expect(fixed.has(article.slug), article.slug).toBe(true);
  });
});

describe('the navigation', () => {
  it('links only to pages that exist', () => {
    for (const item of navigation) expect(SITE_PAGES as readonly string[]).toContain(item.href);
  });
});
