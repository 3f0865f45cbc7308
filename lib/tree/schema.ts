import { z } from 'zod';
import { isSlug } from '../slug';

const id = z.string().refine(isSlug, { message: 'must be lower-case kebab-case (a-z, 0-9, single dashes)' });

const OUTCOMES = ['next', 'fix', 'uncovered'] as const;

// One object shape with a refinement rather than a union, so that a mistake is reported on
// its own field instead of as "Invalid input" for the whole answer.
export const answerSchema = z
  .strictObject({
    id,
    label: z.string().min(1).max(160),
    next: id.optional(),
    fix: z.strictObject({ article: id, step: id }).optional(),
    uncovered: z.string().min(10).optional(),
  })
  .refine((a) => OUTCOMES.filter((k) => a[k] !== undefined).length === 1, { message: 'needs exactly one of "next", "fix" or "uncovered"' })
  .transform(({ id: answerId, label, next, fix, uncovered }): TreeAnswer =>
    next !== undefined ? { id: answerId, label, next } : fix !== undefined ? { id: answerId, label, fix } : { id: answerId, label, uncovered: uncovered! },
  );

export type TreeAnswer = { id: string; label: string } & ({ next: string } | { fix: { article: string; step: string } } | { uncovered: string });

export const nodeSchema = z.strictObject({
  id,
  question: z.string().min(3).max(200),
  help: z.string().optional(),
  answers: z.array(answerSchema).min(1),
});

export const treeSchema = z.strictObject({ start: id, nodes: z.array(nodeSchema).min(1) });

export type Tree = z.output<typeof treeSchema>;
export type TreeNode = z.output<typeof nodeSchema>;
