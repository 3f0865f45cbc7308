// Validates every article and the decision tree the way the build does, and says what it read.
import { getArticles, getTree } from '../lib/kb';

try {
  const articles = getArticles();
  const tree = getTree();
  const steps = articles.reduce((n, a) => n + a.paths.reduce((m, p) => m + p.steps.length, 0), 0);
  const leaves = tree.nodes.flatMap((n) => n.answers).filter((a) => 'fix' in a).length;
  console.log(`content ok: ${articles.length} article(s), ${steps} steps, decision tree of ${tree.nodes.length} questions and ${leaves} fix leaves`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
