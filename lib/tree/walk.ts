import type { Tree, TreeAnswer, TreeNode } from './schema';

export interface TreeWalk {
  /** The questions answered so far, in order. */
  trail: { node: TreeNode; answer: TreeAnswer }[];
  /** The question to ask next, or null when the walk has ended. */
  current: TreeNode | null;
  /** The answer that ended the walk (a fix or an uncovered case), or null. */
  end: TreeAnswer | null;
  /** Answer ids from the URL that did not fit the tree and were dropped. */
  dropped: string[];
}

/** Follows a list of answer ids (as kept in the URL) from the start node. */
export function walkTree(tree: Tree, answerIds: readonly string[]): TreeWalk {
  const nodes = new Map(tree.nodes.map((n) => [n.id, n]));
  const trail: TreeWalk['trail'] = [];
  let current: TreeNode | null = nodes.get(tree.start) ?? null;
  let end: TreeAnswer | null = null;
  let i = 0;
  for (; i < answerIds.length && current; i++) {
    const answer = current.answers.find((a) => a.id === answerIds[i]);
    if (!answer) break;
    trail.push({ node: current, answer });
    if ('next' in answer) current = nodes.get(answer.next) ?? null;
    else {
      end = answer;
      current = null;
    }
  }
  return { trail, current, end, dropped: answerIds.slice(i) };
}

const SEPARATOR = '.';

export function pathToParam(answerIds: readonly string[]): string {
  return answerIds.join(SEPARATOR);
}

export function paramToPath(param: string | null): string[] {
  return param ? param.split(SEPARATOR).filter(Boolean) : [];
}
