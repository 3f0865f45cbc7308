import { headingId, type MdNode } from './parse-article';

/**
 * Moves the explicit `{/*id*\/}` at the end of each heading into the heading's HTML id.
 * parseArticle has already rejected headings without one, so this never invents an id.
 */
export function remarkHeadingIds() {
  return (tree: MdNode) => {
    const visit = (node: MdNode) => {
      if (node.type === 'heading') {
        const id = headingId(node);
        if (id) {
          node.children = node.children!.slice(0, -1);
          const last = node.children.at(-1);
          if (last?.type === 'text' && last.value) last.value = last.value.trimEnd();
          (node as MdNode & { data?: { hProperties?: Record<string, string> } }).data = { hProperties: { id } };
        }
        return;
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
