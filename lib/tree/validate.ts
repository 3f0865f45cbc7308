import { treeSchema, type Tree } from './schema';

export class TreeError extends Error {
  constructor(readonly details: string[]) {
    super(`content/troubleshoot.yaml:\n  - ${details.join('\n  - ')}`);
    this.name = 'TreeError';
  }
}

/**
 * Checks the decision tree's shape and every leaf against the anchors that really exist:
 * answer ids unique per node, `next` names a node, `fix` names an article step, every node
 * reachable from `start`, and no path that loops back on itself.
 */
export function validateTree(data: unknown, stepsBySlug: ReadonlyMap<string, ReadonlySet<string>>): Tree {
  const parsed = treeSchema.safeParse(data);
  if (!parsed.success) {
    throw new TreeError(parsed.error.issues.map((i) => `field "${i.path.join('.')}" ${i.message}`));
  }
  const tree = parsed.data;
  const details: string[] = [];
  const nodeIds = new Set(tree.nodes.map((n) => n.id));
  const byId = new Map<string, (typeof tree.nodes)[number]>();
  for (const node of tree.nodes) {
    if (byId.has(node.id)) details.push(`node "${node.id}" is defined twice`);
    byId.set(node.id, node);
    const answerIds = new Set<string>();
    for (const answer of node.answers) {
      if (answerIds.has(answer.id)) details.push(`node "${node.id}": answer id "${answer.id}" is used twice`);
      answerIds.add(answer.id);
      if ('next' in answer && !nodeIds.has(answer.next)) {
        details.push(`node "${node.id}", answer "${answer.id}": next node "${answer.next}" does not exist`);
      }
      if ('fix' in answer) {
        const steps = stepsBySlug.get(answer.fix.article);
        if (!steps) details.push(`node "${node.id}", answer "${answer.id}": article "${answer.fix.article}" does not exist`);
        else if (!steps.has(answer.fix.step)) {
          details.push(`node "${node.id}", answer "${answer.id}": article "${answer.fix.article}" has no step "${answer.fix.step}"`);
        }
      }
    }
  }
  if (!byId.has(tree.start)) details.push(`start node "${tree.start}" does not exist`);
  if (details.length > 0) throw new TreeError(details);

  // Depth-first walk from the start: a node met again on the current path is a cycle.
  const reached = new Set<string>();
  const onPath = new Set<string>();
  const visit = (id: string, trail: string[]) => {
    if (onPath.has(id)) {
      details.push(`cycle: ${[...trail, id].join(' -> ')}`);
      return;
    }
    if (reached.has(id)) return;
    reached.add(id);
    onPath.add(id);
    for (const answer of byId.get(id)!.answers) if ('next' in answer) visit(answer.next, [...trail, id]);
    onPath.delete(id);
  };
  visit(tree.start, []);
  for (const node of tree.nodes) if (!reached.has(node.id)) details.push(`node "${node.id}" cannot be reached from "${tree.start}"`);
  if (details.length > 0) throw new TreeError(details);
  return tree;
}
