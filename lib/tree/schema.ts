import { z } from 'zod';
import { isSlug } from '../slug';

const id = z.string().refine(isSlug, { message: 'must be lower-case kebab-case (a-z, 0-9, single dashes)' });

const base = { id, label: z.string().min(1).max(160) };

export const answerSchema = z.union([
  z.strictObject({ ...base, next: id }),
  z.strictObject({ ...base, fix: z.strictObject({ article: id, step: id }) }),
  z.strictObject({ ...base, uncovered: z.string().min(10) }),
]);

export const nodeSchema = z.strictObject({
  id,
  question: z.string().min(3).max(200),
  help: z.string().optional(),
  answers: z.array(answerSchema).min(1),
});

export const treeSchema = z.strictObject({ start: id, nodes: z.array(nodeSchema).min(1) });

export type Tree = z.infer<typeof treeSchema>;
export type TreeNode = z.infer<typeof nodeSchema>;
export type TreeAnswer = z.infer<typeof answerSchema>;
