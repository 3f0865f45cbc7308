import type { Metadata } from 'next';
import { Suspense } from 'react';
import { DecisionTree, type FixTarget } from '@/components/decision-tree';
import { getArticle, getTree } from '@/lib/kb';
import { articlePath } from '@/lib/urls';

export const metadata: Metadata = { title: 'Troubleshoot without a log' };

export default function TroubleshootPage() {
  const tree = getTree();
  // Resolve each leaf to the article title and step text here, at build time.
  const fixes: Record<string, FixTarget> = {};
  for (const node of tree.nodes) {
    for (const answer of node.answers) {
      if (!('fix' in answer)) continue;
      const article = getArticle(answer.fix.article)!;
      const path = article.paths.find((p) => p.steps.some((s) => s.id === answer.fix.step))!;
      const step = path.steps.find((s) => s.id === answer.fix.step)!;
      fixes[`${answer.fix.article}#${answer.fix.step}`] = {
        articleTitle: article.frontmatter.title,
        pathTitle: path.title,
        stepNumber: path.steps.indexOf(step) + 1,
        stepText: step.text,
        url: articlePath(answer.fix.article, answer.fix.step),
      };
    }
  }
  return (
    <div>
      <h1 className="text-2xl font-semibold">Troubleshoot without a log</h1>
      <p className="mt-2 max-w-3xl text-slate-600">Answer a few short questions to reach the procedure for your case. The address keeps your answers, so you can share it.</p>
      <Suspense fallback={<p className="mt-6 text-slate-500">Loading the questions…</p>}>
        <DecisionTree tree={tree} fixes={fixes} />
      </Suspense>
    </div>
  );
}
