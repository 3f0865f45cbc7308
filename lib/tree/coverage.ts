import type { Tree } from './schema';

/** How many answers a technician may have to give before the tree reaches a fix. */
export const MAX_ANSWERS = 6;

/**
 * For every article the tree leads to, the shortest list of answer ids (the `?path=` of
 * /troubleshoot) that reaches one of its fixes. Breadth first, so the first path found is a
 * shortest one.
 */
export function shortestPaths(tree: Tree): Map<string, string[]> {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const found = new Map<string, string[]>();
  const seen = new Set<string>([tree.start]);
  const queue: { id: string; path: string[] }[] = [{ id: tree.start, path: [] }];
  while (queue.length > 0) {
    const { id, path } = queue.shift()!;
    for (const answer of byId.get(id)?.answers ?? []) {
      const next = [...path, answer.id];
      if ('fix' in answer && !found.has(answer.fix.article)) found.set(answer.fix.article, next);
      if ('next' in answer && !seen.has(answer.next)) {
        seen.add(answer.next);
        queue.push({ id: answer.next, path: next });
      }
    }
  }
  return found;
}

/** Problems with the tree's reach: articles no answer leads to, or only after too many answers. */
export function coverageProblems(tree: Tree, articles: readonly string[], maxAnswers = MAX_ANSWERS): string[] {
  const paths = shortestPaths(tree);
  const problems: string[] = [];
  for (const slug of articles) {
    const path = paths.get(slug);
    if (!path) problems.push(`article "${slug}" is not reached by any answer of the decision tree: add a fix leaf for it`);
    else if (path.length > maxAnswers) problems.push(`article "${slug}" takes ${path.length} answers to reach (at most ${maxAnswers}): ${path.join(' > ')}`);
  }
  return problems;
}

/**
 * The question that tells two articles apart: a node with one answer leading (directly or
 * further down) to a fix of `a` and another to a fix of `b`; the deepest such node, with the
 * answers that lead to it. Null when the tree never separates them.
 */
export function separatingQuestion(tree: Tree, a: string, b: string): { node: string; question: string; path: string[] } | null {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const reach = new Map<string, Set<string>>();
  const reachOf = (id: string): Set<string> => {
    const known = reach.get(id);
    if (known) return known;
    const articles = new Set<string>();
    reach.set(id, articles);
    for (const answer of byId.get(id)?.answers ?? []) {
      if ('fix' in answer) articles.add(answer.fix.article);
      if ('next' in answer) for (const s of reachOf(answer.next)) articles.add(s);
    }
    return articles;
  };
  const answerReach = (answer: Tree['nodes'][number]['answers'][number]): Set<string> =>
    'fix' in answer ? new Set([answer.fix.article]) : 'next' in answer ? reachOf(answer.next) : new Set();

  let best: { node: string; question: string; path: string[] } | null = null;
  const seen = new Set<string>();
  const queue: { id: string; path: string[] }[] = [{ id: tree.start, path: [] }];
  while (queue.length > 0) {
    const { id, path } = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const node = byId.get(id)!;
    const reaches = node.answers.map(answerReach);
    const separates = reaches.some((r, i) => r.has(a) && reaches.some((s, j) => j !== i && s.has(b)));
    if (separates) best = { node: id, question: node.question, path };
    for (const answer of node.answers) if ('next' in answer) queue.push({ id: answer.next, path: [...path, answer.id] });
  }
  return best;
}
