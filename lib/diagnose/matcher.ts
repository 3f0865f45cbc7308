import type { KbEntry } from '../kb/entry';
import type { LogRecord } from '../log/record';
import type { Signature, SignatureRole } from '../kb/schema';
import { CODE_HINTS } from '../log/codes';
import { buildAutomaton, type Automaton } from './aho-corasick';
import { chooseFragments, literalFragments, regexFragments } from './fragments';
import { buildSuggestionIndex, type SuggestionIndex } from './suggest';

export interface CompiledSignature {
  articleId: string;
  /** Position of the signature in its article's frontmatter list. */
  index: number;
  role: SignatureRole;
  /** What the author wrote, for display. */
  label: string;
  pattern: RegExp;
  /** The literal fragments indexed for it: every match contains all of them. */
  fragments: string[];
}

export interface Matcher {
  entries: KbEntry[];
  signatures: CompiledSignature[];
  /** Finds every signature's fragments, and the words error codes come with, in one pass over a line. */
  automaton: Automaton;
  /** Reads every record in one pass each, calling `visit` for those with a candidate or a code hint (see makeScanner). */
  scanRecords: <R extends ScannedRecord>(records: readonly R[], visit: (record: R, scan: LineScan) => void) => void;
  /** The articles' quoted lines, for "resembles" suggestions when nothing matches exactly. */
  suggestions: SuggestionIndex;
}

const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;
const WHITESPACE_RUN = /\s+/g;

/** A literal matches case-insensitively and with any run of white space for each space. */
export function literalPattern(literal: string): string {
  return literal.trim().replace(REGEX_SPECIALS, '\\$&').replace(WHITESPACE_RUN, '\\s+');
}

// Signature kinds in the order they are tried; each gives a regex source, a label and the
// literal fragments every match must contain.
const SIGNATURE_KINDS: {
  kind: string;
  accepts: (s: Signature) => boolean;
  source: (s: Signature) => string;
  label: (s: Signature) => string;
  fragments: (s: Signature) => string[];
}[] = [
  {
    kind: 'literal',
    accepts: (s) => 'literal' in s,
    source: (s) => literalPattern((s as { literal: string }).literal),
    label: (s) => (s as { literal: string }).literal,
    fragments: (s) => literalFragments((s as { literal: string }).literal),
  },
  {
    kind: 'regex',
    accepts: (s) => 'regex' in s,
    source: (s) => (s as { regex: string }).regex,
    label: (s) => `/${(s as { regex: string }).regex}/`,
    fragments: (s) => regexFragments((s as { regex: string }).regex),
  },
];

/** The fragments the matcher would index for a signature; empty when it has none usable. */
export function signatureFragments(signature: Signature): string[] {
  const kind = SIGNATURE_KINDS.find((k) => k.accepts(signature));
  return kind ? chooseFragments(kind.fragments(signature)) : [];
}

export class UnanchoredSignatureError extends Error {
  constructor(readonly articleId: string, readonly index: number, readonly label: string) {
    super(`${articleId}: signature ${index} (${label}) has no literal run of 3 or more ASCII characters that every match must contain, so it would be tried on every line; add one`);
    this.name = 'UnanchoredSignatureError';
  }
}

function compileSignature(articleId: string, signature: Signature, index: number): CompiledSignature {
  const kind = SIGNATURE_KINDS.find((k) => k.accepts(signature));
  if (!kind) throw new Error(`${articleId}: signature ${index} is neither literal nor regex`);
  const label = kind.label(signature);
  const fragments = chooseFragments(kind.fragments(signature));
  if (fragments.length === 0) throw new UnanchoredSignatureError(articleId, index, label);
  return { articleId, index, role: signature.role, label, pattern: new RegExp(kind.source(signature), 'i'), fragments };
}

/** Compiles every article's signatures once; the result is reused for every log. */
export function compileMatcher(entries: KbEntry[]): Matcher {
  const signatures = entries.flatMap((entry) => entry.signatures.map((s, i) => compileSignature(entry.id, s, i)));
  const fragmentIds = new Map<string, number>();
  const users: number[][] = [];
  signatures.forEach((signature, s) => {
    for (const fragment of signature.fragments) {
      let id = fragmentIds.get(fragment);
      if (id === undefined) {
        id = fragmentIds.size;
        fragmentIds.set(fragment, id);
        users.push([]);
      }
      users[id].push(s);
    }
  });
  // The words error codes come with are patterns too, found in the same pass: a line without
  // any of them never reaches findCodes's rules.
  for (const { pattern } of CODE_HINTS) if (!fragmentIds.has(pattern)) fragmentIds.set(pattern, fragmentIds.size);
  const codeHint = new Int32Array(fragmentIds.size);
  for (const { pattern, bit } of CODE_HINTS) codeHint[fragmentIds.get(pattern)!] |= bit;
  const automaton = buildAutomaton([...fragmentIds.keys()]);
  const patternUsers = [...fragmentIds.values()].map((id) => Int32Array.from(users[id] ?? []));
  return {
    entries,
    signatures,
    automaton,
    scanRecords: makeScanner(automaton, patternUsers, Int32Array.from(signatures, (sig) => sig.fragments.length), codeHint),
    suggestions: buildSuggestionIndex(entries),
  };
}

export interface LineScan {
  /** Signatures (indexes into `matcher.signatures`, ascending) whose fragments all occur in the line: the only ones whose regex can match it. */
  candidates: number[];
  /** The CODE_HINTS bits the line holds: findCodes finds nothing in a line with none. */
  codeHints: number;
}

/** The part of a log record the scan reads: its text, or the same text at `offset` in `source`. */
export type ScannedRecord = Pick<LogRecord, 'text' | 'source' | 'offset'>;

/**
 * One pass over a line, whatever the number of signatures: which signatures may match it and
 * whether it may hold an error code.
 */
export function scanLine(matcher: Matcher, text: string): LineScan {
  let found: LineScan = { candidates: [], codeHints: 0 };
  matcher.scanRecords([{ text, source: text, offset: 0 }], (_, scan) => {
    found = { candidates: [...scan.candidates], codeHints: scan.codeHints };
  });
  return found;
}

/**
 * The scanning loop, made once per matcher as a closure over its tables. It walks all the
 * records itself and calls `visit` only for the few lines with a candidate signature or a code
 * hint: this runs on every character of every log, and a call per line cost more than the
 * scan of most lines. The same automaton loop as aho-corasick.ts's scan, with the bookkeeping
 * of signatures and code hints. `scan` passed to `visit` is valid during the call only.
 */
function makeScanner(automaton: Automaton, users: Int32Array[], needed: Int32Array, codeHint: Int32Array): Matcher['scanRecords'] {
  const { symbols, width, next, outStart, outputs } = automaton;
  const fragmentSeen = new Int32Array(users.length);
  const signatureSeen = new Int32Array(needed.length);
  const signatureFound = new Int32Array(needed.length);
  const result: LineScan = { candidates: [], codeHints: 0 };
  let line = 0;
  return (records, visit) => {
    for (let r = 0; r < records.length; r++) {
      const record = records[r];
      // The file's flat text where the record sits in it: reading a slice costs twice as much.
      const flat = record.offset >= 0;
      const text = flat ? record.source : record.text;
      const from = flat ? record.offset : 0;
      const to = from + record.text.length;
      line++;
      const candidates = result.candidates;
      if (candidates.length !== 0) candidates.length = 0;
      let codeHints = 0;
      let state = 0;
      for (let i = from; i < to; i++) {
        state = next[state + symbols[text.charCodeAt(i)]];
        if (state >= 0) continue;
        state = ~state;
        const id = state / width;
        const last = outStart[id + 1];
        for (let k = outStart[id]; k < last; k++) {
          const fragment = outputs[k];
          codeHints |= codeHint[fragment];
          const needing = users[fragment];
          if (needing.length === 0 || fragmentSeen[fragment] === line) continue;
          fragmentSeen[fragment] = line;
          for (let u = 0; u < needing.length; u++) {
            const s = needing[u];
            if (signatureSeen[s] !== line) {
              signatureSeen[s] = line;
              signatureFound[s] = 0;
            }
            if (++signatureFound[s] === needed[s]) candidates.push(s);
          }
        }
      }
      if (candidates.length === 0 && codeHints === 0) continue;
      if (candidates.length > 1) candidates.sort((a, b) => a - b);
      result.codeHints = codeHints;
      visit(record, result);
    }
  };
}

/** The signatures whose fragments all occur in `text` (see scanLine). */
export function candidateSignatures(matcher: Matcher, text: string): number[] {
  return scanLine(matcher, text).candidates;
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
