import { describe, expect, it } from 'vitest';
import navigation from '../../content/navigation.json';
import { compileMatcher, diagnose } from '../diagnose';
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

describe('specificity: each article is diagnosed from its own lines, and from no one else\'s', () => {
  const matcher = compileMatcher(entries);
  const run = (text: string, file: string) => diagnose(matcher, parseLog(text, file));

  for (const article of articles) {
    const readingOnly = article.frontmatter.whyNoDecisiveLine !== undefined;

    it(`${article.slug}: its Symptoms rank it first${readingOnly ? ' (as reading: no line of it is decisive), with no other verdict' : ''}`, () => {
      const d = run(article.symptomLines.join('\n'), 'symptoms');
      if (readingOnly) {
        expect(d.matches.map((m) => m.id)).toEqual([]);
        expect(d.nearMisses[0]?.id).toBe(article.slug);
      } else {
        expect(d.matches[0]?.id, `ranked: ${d.matches.map((m) => `${m.id} ${m.score}`).join(', ')}`).toBe(article.slug);
      }
      // A decisive line is one no other root cause prints: only related articles may share one.
      const others = d.matches.filter((m) => m.id !== article.slug && !article.frontmatter.related.includes(m.id));
      expect(others.map((m) => `${m.id}: ${m.hits.filter((h) => h.role === 'decisive').map((h) => h.label).join('; ')}`)).toEqual([]);
    });

    for (const [i, nearMiss] of article.frontmatter.nearMisses.entries()) {
      it(`${article.slug}: near miss ${i + 1} (${nearMiss.what}) does not diagnose it`, () => {
        const d = run(nearMiss.lines, 'near-miss');
        expect(d.matches.map((m) => m.id)).not.toContain(article.slug);
      });
    }
  }

  it('never lets a generic line decide alone', () => {
    for (const line of ['Failed to get client identity (80004005)', 'Failed to run the action: Apply Operating System.', 'Unspecified error (Error: 80004005; Source: Windows)', 'Error 0x80070002', 'The system cannot find the file specified. (Error: 80070002; Source: Windows)']) {
      expect(run(line, 'generic').matches.map((m) => m.id), line).toEqual([]);
    }
  });

  it('keeps the tie when a generic code turns up elsewhere in the log (0x80004005 is listed by one of the two)', () => {
    const shared = 'Found empty NetworkAccessUsername/NetworkAccessPassword from NAAConfig CCM_NetworkAccessAccount\nNetwork Access Account is not set';
    const [first] = run(`${shared}\nFailed to delete the temporary folder (0x80004005)`, 'smsts.log').matches;
    expect(first.tiedWith).toHaveLength(1);
  });

  it('shows the two NAA articles as one tie on the lines they share, with the tree question that separates them', () => {
    const shared = 'Found empty NetworkAccessUsername/NetworkAccessPassword from NAAConfig CCM_NetworkAccessAccount\nNetwork Access Account is not set';
    const [first, second] = run(shared, 'smsts.log').matches;
    expect([first.id, second.id].sort()).toEqual(['naa-not-configured', 'naa-srvacct-restore-key-mismatch']);
    expect(first.tiedWith).toEqual([second.id]);
    expect(first.separatedBy.find((s) => s.article === second.id)?.url).toMatch(/^\/troubleshoot\/\?path=/);
  });
});
