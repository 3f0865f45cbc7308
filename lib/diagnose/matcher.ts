import type { KbEntry } from '../kb/entry';
import type { Signature, SignatureRole } from '../kb/schema';
import { buildSuggestionIndex, type SuggestionIndex } from './suggest';

export interface CompiledSignature {
  articleId: string;
  /** Position of the signature in its article's frontmatter list. */
  index: number;
  role: SignatureRole;
  /** What the author wrote, for display. */
  label: string;
  pattern: RegExp;
}

export interface Matcher {
  entries: KbEntry[];
  signatures: CompiledSignature[];
  /** All signatures joined into one regex: a line that fails it cannot hit any signature. */
  prefilter: RegExp;
  /** The articles' quoted lines, for "resembles" suggestions when nothing matches exactly. */
  suggestions: SuggestionIndex;
}

const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;
const WHITESPACE_RUN = /\s+/g;

/** A literal matches case-insensitively and with any run of white space for each space. */
export function literalPattern(literal: string): string {
  return literal.trim().replace(REGEX_SPECIALS, '\\$&').replace(WHITESPACE_RUN, '\\s+');
}

// Signature kinds in the order they are tried; each turns one frontmatter entry into a regex source.
const SIGNATURE_KINDS: { kind: string; accepts: (s: Signature) => boolean; source: (s: Signature) => string; label: (s: Signature) => string }[] = [
  { kind: 'literal', accepts: (s) => 'literal' in s, source: (s) => literalPattern((s as { literal: string }).literal), label: (s) => (s as { literal: string }).literal },
  { kind: 'regex', accepts: (s) => 'regex' in s, source: (s) => (s as { regex: string }).regex, label: (s) => `/${(s as { regex: string }).regex}/` },
];

function compileSignature(articleId: string, signature: Signature, index: number): CompiledSignature {
  const kind = SIGNATURE_KINDS.find((k) => k.accepts(signature));
  if (!kind) throw new Error(`${articleId}: signature ${index} is neither literal nor regex`);
  return { articleId, index, role: signature.role, label: kind.label(signature), pattern: new RegExp(kind.source(signature), 'i') };
}

/** Compiles every article's signatures once; the result is reused for every log. */
export function compileMatcher(entries: KbEntry[]): Matcher {
  const signatures = entries.flatMap((entry) => entry.signatures.map((s, i) => compileSignature(entry.id, s, i)));
  const prefilter = signatures.length
    ? new RegExp(signatures.map((s) => `(?:${s.pattern.source})`).join('|'), 'i')
    : /(?!)/;
  return { entries, signatures, prefilter, suggestions: buildSuggestionIndex(entries) };
}

/** The [start, end) ranges of every match of a signature in a line, for highlighting. */
export function matchRanges(pattern: RegExp, text: string): [number, number][] {
  const global = new RegExp(pattern.source, 'gi');
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(global)) {
    if (m[0].length === 0) break;
    ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}
