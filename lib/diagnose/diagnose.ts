import type { LogRecord, Severity } from '../log';
import { findCodes } from '../log';
import { articlePath } from '../urls';
import { matchRanges, type Matcher } from './matcher';
import { isFailureLine, suggestArticles, SUGGESTION_LINES, type Suggestion } from './suggest';

export type Confidence = 'high' | 'medium' | 'low';

export interface Evidence {
  file: string;
  line: number;
  text: string;
  /** [start, end) ranges of `text` that a signature matched. */
  highlights: [number, number][];
  /** The record's own fields, shown as CMTrace shows them. */
  time: string | null;
  component: string | null;
  severity: Severity | null;
}

export interface SignatureHit {
  label: string;
  role: 'decisive' | 'supporting';
  count: number;
}

export interface ArticleMatch {
  id: string;
  title: string;
  url: string;
  score: number;
  confidence: Confidence;
  /** One per resolution path, in the order the article prefers, each with when to take it. */
  fixes: { title: string; url: string; when: string }[];
  /** The distinct signatures hit, in frontmatter order. */
  hits: SignatureHit[];
  /** The article's codes that the log also contains. */
  codes: string[];
  /** The lines that prove it, in log order, at most EVIDENCE_PER_SIGNATURE per signature. */
  evidence: Evidence[];
  /** Share of the article's signatures found: breaks ties in favour of the article the log fits best. */
  coverage: number;
  /** Related articles matched with the same score: the log alone cannot tell them apart. */
  tiedWith: string[];
  /** The decision-tree questions that separate this article from its related ones. */
  separatedBy: { article: string; question: string; url: string }[];
  /** Logs to collect when this one cannot settle the cause alone. */
  collectNext: { log: string; where: string; why: string }[];
}

export interface CodeOccurrence {
  code: string;
  count: number;
  first: { file: string; line: number; text: string };
}

export interface Diagnosis {
  verdict: 'match' | 'none';
  /** Articles with at least one decisive signature hit, best first. */
  matches: ArticleMatch[];
  /** Articles with only supporting hits: reading suggestions, never a diagnosis. */
  nearMisses: ArticleMatch[];
  /** When nothing matched: articles quoting a line that resembles a failure line of the log. */
  suggestions: Suggestion[];
  codes: CodeOccurrence[];
  records: number;
}

// Weights: a decisive line proves the case; supporting lines and codes only rank and reassure.
export const DECISIVE_WEIGHT = 3;
export const SUPPORTING_WEIGHT = 1;
export const CODE_WEIGHT = 0.5;
/**
 * Codes so many causes print (unspecified error, file not found, access denied, operation
 * aborted, invalid parameter, success) that finding one anywhere in a log says nothing about
 * which cause it is: they add no score, so one in an unrelated part of a log cannot break a tie.
 */
export const GENERIC_CODES: ReadonlySet<string> = new Set(['0x00000000', '0x80004004', '0x80004005', '0x80070002', '0x80070005', '0x80070057']);
export const EVIDENCE_PER_SIGNATURE = 3;


export function confidenceOf(decisive: number, supporting: number): Confidence {
  if (decisive >= 2 || (decisive === 1 && supporting >= 2)) return 'high';
  if (decisive === 1 && supporting === 1) return 'medium';
  return 'low';
}

interface Tally {
  counts: number[];
  evidence: Map<LogRecord, Evidence>;
}

/** One pass over the records: each line's candidate signatures from the automaton, codes on every line. */
export function diagnose(matcher: Matcher, records: readonly LogRecord[]): Diagnosis {
  const tallies = new Map<string, Tally>();
  for (const entry of matcher.entries) {
    tallies.set(entry.id, { counts: new Array(entry.signatures.length).fill(0), evidence: new Map() });
  }
  const codes = new Map<string, CodeOccurrence>();

  // The scan calls back only for the lines that may hold a code or match a signature.
  matcher.scanRecords(records, (record, scan) => {
    const text = record.text;
    if (scan.codeHints !== 0) {
      for (const hit of findCodes(text, scan.codeHints)) {
        const seen = codes.get(hit.code);
        if (seen) seen.count++;
        else codes.set(hit.code, { code: hit.code, count: 1, first: { file: record.file, line: record.line, text } });
      }
    }
    for (const candidate of scan.candidates) {
      const signature = matcher.signatures[candidate];
      if (!signature.pattern.test(text)) continue;
      const tally = tallies.get(signature.articleId)!;
      if (tally.counts[signature.index]++ >= EVIDENCE_PER_SIGNATURE) continue;
      const ranges = matchRanges(signature.pattern, text);
      const evidence = tally.evidence.get(record);
      if (evidence) evidence.highlights.push(...ranges);
      else {
        const { file, line, time, component, severity } = record;
        tally.evidence.set(record, { file, line, text, highlights: ranges, time, component, severity });
      }
    }
  });

  const matches: ArticleMatch[] = [];
  const nearMisses: ArticleMatch[] = [];
  // Signatures are compiled in article order, so an article's are a contiguous run.
  let firstSignature = 0;
  for (const entry of matcher.entries) {
    const offset = firstSignature;
    firstSignature += entry.signatures.length;
    const tally = tallies.get(entry.id)!;
    const hits: SignatureHit[] = [];
    let decisive = 0;
    let supporting = 0;
    entry.signatures.forEach((signature, i) => {
      const count = tally.counts[i];
      if (count === 0) return;
      hits.push({ label: matcher.signatures[offset + i].label, role: signature.role, count });
      if (signature.role === 'decisive') decisive++;
      else supporting++;
    });
    if (hits.length === 0) continue;
    const sharedCodes = entry.codes.filter((c) => codes.has(c));
    const telling = sharedCodes.filter((c) => !GENERIC_CODES.has(c)).length;
    const match: ArticleMatch = {
      id: entry.id,
      title: entry.title,
      url: articlePath(entry.id),
      score: decisive * DECISIVE_WEIGHT + supporting * SUPPORTING_WEIGHT + telling * CODE_WEIGHT,
      confidence: confidenceOf(decisive, supporting),
      fixes: entry.fixes,
      hits,
      codes: sharedCodes,
      // Records are visited in log order, so the map already holds the evidence in that order.
      evidence: [...tally.evidence.values()].map((e) => ({ ...e, highlights: mergeRanges(e.highlights) })),
      coverage: Math.round((hits.length / entry.signatures.length) * 1000) / 1000,
      tiedWith: [],
      separatedBy: entry.separatedBy,
      collectNext: entry.collectNext,
    };
    (decisive > 0 ? matches : nearMisses).push(match);
  }
  const byScore = (a: ArticleMatch, b: ArticleMatch) => b.score - a.score || b.coverage - a.coverage || a.id.localeCompare(b.id);
  matches.sort(byScore);
  nearMisses.sort(byScore);
  // Two related articles can share their lines, so that only a fact outside the log (which the
  // decision tree asks for) tells them apart: such a tie is shown as one.
  for (const match of matches) {
    const entry = matcher.entries.find((e) => e.id === match.id)!;
    match.tiedWith = matches.filter((m) => m !== match && m.score === match.score && entry.related.includes(m.id)).map((m) => m.id);
  }
  // Resemblance is only worth offering when nothing matched; it reads the log from the end,
  // where a failing run stops, and so costs nothing on the hot loop above.
  const shown = new Set(nearMisses.map((m) => m.id));
  const suggestions = matches.length > 0 ? [] : suggestArticles(matcher.suggestions, matcher.entries, lastFailures(records, SUGGESTION_LINES), shown);
  return {
    verdict: matches.length > 0 ? 'match' : 'none',
    matches,
    nearMisses,
    suggestions,
    codes: [...codes.values()],
    records: records.length,
  };
}

/** The last `count` failure lines of the log, in log order. */
export function lastFailures(records: readonly LogRecord[], count: number): LogRecord[] {
  const found: LogRecord[] = [];
  for (let i = records.length - 1; i >= 0 && found.length < count; i--) if (isFailureLine(records[i])) found.push(records[i]);
  return found.reverse();
}

/** Sorts and joins overlapping highlight ranges so the text can be cut into marked pieces. */
export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
