import { z } from 'zod';
import { isSlug } from '../slug';

const HEX_CODE = /^0x[0-9A-F]{8}$/;
// A backreference would change meaning once the signature is joined into the one prefilter regex.
const BACKREFERENCE = /\\[1-9]|\\k</;

const slugField = z.string().refine(isSlug, { message: 'must be lower-case kebab-case (a-z, 0-9, single dashes)' });

const regexSource = z
  .string()
  .min(3)
  .superRefine((source, ctx) => {
    try {
      new RegExp(source, 'i');
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `is not a valid regular expression: ${(error as Error).message}` });
      return;
    }
    if (BACKREFERENCE.test(source)) ctx.addIssue({ code: 'custom', message: 'must not use backreferences' });
    if (/^\^|[^\\]\$$/.test(source)) ctx.addIssue({ code: 'custom', message: 'must not be anchored with ^ or $' });
  });

const role = z.enum(['decisive', 'supporting']);
export type SignatureRole = z.infer<typeof role>;

// One object shape with a refinement rather than a union, so that a mistake is reported on
// its own field ("signatures.2.role") instead of as "Invalid input" for the whole entry.
export const signatureSchema = z
  .strictObject({ literal: z.string().trim().min(3).optional(), regex: regexSource.optional(), role })
  .refine((s) => (s.literal === undefined) !== (s.regex === undefined), { message: 'needs exactly one of "literal" or "regex"' })
  .transform((s): { literal: string; role: SignatureRole } | { regex: string; role: SignatureRole } =>
    s.literal !== undefined ? { literal: s.literal, role: s.role } : { regex: s.regex!, role: s.role },
  );

export const frontmatterSchema = z.strictObject({
  id: slugField,
  title: z.string().min(5).max(120),
  summary: z.string().min(10).max(240),
  products: z.array(z.string().min(2)).min(1),
  logs: z.array(z.string().min(2)).min(1),
  codes: z.array(z.string().regex(HEX_CODE, 'must be 0x followed by 8 upper-case hex digits')).default([]),
  signatures: z.array(signatureSchema).min(1),
  sources: z.array(z.strictObject({ title: z.string().min(3), url: z.url({ protocol: /^https?$/ }) })).min(1),
  related: z.array(slugField).default([]),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type Signature = z.output<typeof signatureSchema>;

