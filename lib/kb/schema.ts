import safeRegex from 'safe-regex2';
import { z } from 'zod';
import { AREAS } from './areas';
import { isSlug } from '../slug';

const HEX_CODE = /^0x[0-9A-F]{8}$/;
// A backreference would change meaning once the signature is joined into the one prefilter regex.
const BACKREFERENCE = /\\[1-9]|\\k</;
// ".*" or ".+" (a dot not escaped by a backslash, followed by * or +).
const UNBOUNDED_WILDCARD = /(^|[^\\])\.[*+]/;

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
    // A quantified group that itself holds a quantifier, such as (a+)+, can take exponential
    // time on a hostile line: the page would freeze on a pasted log.
    // An unbounded wildcard between two literal parts tries every later position for every
    // start: quadratic on a long pasted line. A bounded one keeps each try short.
    if (UNBOUNDED_WILDCARD.test(source)) ctx.addIssue({ code: 'custom', message: 'uses an unbounded wildcard (.* or .+): bound it, e.g. .{0,300}, or use a class that stops, e.g. [^"]*' });
    if (!safeRegex(source)) ctx.addIssue({ code: 'custom', message: 'may backtrack catastrophically (a quantifier inside a quantified group, such as (a+)+): rewrite it without nesting' });
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

export const AREA_IDS = AREAS.map((a) => a.id) as [string, ...string[]];

// Microsoft's troubleshooting articles live in MicrosoftDocs/SupportArticles-docs; citing one
// needs the file and the commit read, so every fact can be checked again against that text.
const MICROSOFT_TROUBLESHOOTING = /^https:\/\/learn\.microsoft\.com\/[a-z-]+\/troubleshoot\//;

const sourceSchema = z
  .strictObject({
    title: z.string().min(3),
    url: z.url({ protocol: /^https?$/ }),
    path: z.string().regex(/^support\/.+\.md$/, 'must be the file\'s path in SupportArticles-docs, e.g. support/mem/configmgr/...md').optional(),
    commit: z.string().regex(/^[0-9a-f]{40}$/, 'must be the 40-hex-digit commit that was read').optional(),
  })
  .superRefine((s, ctx) => {
    if (!MICROSOFT_TROUBLESHOOTING.test(s.url)) return;
    if (s.path === undefined) ctx.addIssue({ code: 'custom', path: ['path'], message: 'is required for a Microsoft troubleshooting article' });
    if (s.commit === undefined) ctx.addIssue({ code: 'custom', path: ['commit'], message: 'is required for a Microsoft troubleshooting article' });
  });

const logSchema = z.strictObject({
  name: z.string().min(2),
  /** Where the technician finds it: which machine, which folder. */
  where: z.string().min(5),
});

const collectNextSchema = z.strictObject({
  log: z.string().min(2),
  where: z.string().min(5),
  /** What it settles that the pasted log cannot. */
  why: z.string().min(10),
});

const pathSchema = z.strictObject({
  /** The id of a `### ... {/*id*\/}` path under Resolution. */
  id: slugField,
  /** When to take this path, in the technician's words. */
  when: z.string().min(10).max(300),
});

const nearMissSchema = z.strictObject({
  /** What these lines are: a neighbouring cause, or a healthy run. */
  what: z.string().min(10),
  /** Where the lines are quoted from (a URL, or test/fixtures/logs/<file> for a real healthy log). */
  source: z.string().min(5),
  lines: z.string().min(10),
});

export const frontmatterSchema = z.strictObject({
  id: slugField,
  title: z.string().min(5).max(120),
  summary: z.string().min(10).max(240),
  area: z.enum(AREA_IDS),
  products: z.array(z.string().min(2)).min(1),
  logs: z.array(logSchema).min(1),
  collectNext: z.array(collectNextSchema).default([]),
  codes: z.array(z.string().regex(HEX_CODE, 'must be 0x followed by 8 upper-case hex digits')).default([]),
  signatures: z.array(signatureSchema).min(1),
  /** Set only when the source quotes no line that this cause alone prints: why, in one sentence. The article is then never a verdict, only reading. */
  whyNoDecisiveLine: z.string().min(20).optional(),
  paths: z.array(pathSchema).min(1),
  nearMisses: z.array(nearMissSchema).min(1),
  sources: z.array(sourceSchema).min(1),
  related: z.array(slugField).default([]),
}).superRefine((fm, ctx) => {
  const decisive = fm.signatures.some((s) => s.role === 'decisive');
  if (!decisive && fm.whyNoDecisiveLine === undefined) {
    ctx.addIssue({ code: 'custom', path: ['signatures'], message: 'needs a decisive signature, or "whyNoDecisiveLine" saying why no quoted line proves this cause alone' });
  }
  if (decisive && fm.whyNoDecisiveLine !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['whyNoDecisiveLine'], message: 'must not be set when a signature is decisive' });
  }
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type Signature = z.output<typeof signatureSchema>;

