import Fuse from 'fuse.js';
import type { KbEntry } from '../kb/entry';
import { parseLog, type LogRecord } from '../log';
import { articlePath } from '../urls';

/** An article whose quoted log line resembles a failure line of the log: reading, not a verdict. */
export interface Suggestion {
  id: string;
  title: string;
  url: string;
  /** The technician's line. */
  line: { file: string; line: number; text: string };
  /** The article's quoted line it resembles. */
  quoted: string;
  /** Fuse.js score: 0 is identical, SUGGESTION_CUTOFF the loosest kept. */
  score: number;
}

interface QuotedLine {
  id: string;
  text: string;
}

export interface SuggestionIndex {
  fuse: Fuse<QuotedLine>;
  /** The words of the quoted lines: a line sharing fewer than MIN_SHARED_WORDS is not searched. */
  vocabulary: ReadonlySet<string>;
}

// Tuned on the fixtures: the same message with another error code scores about 0.35, while the
// benign failures of the healthy logs find nothing under 0.5.
export const SUGGESTION_CUTOFF = 0.4;
/** Failure lines kept for comparison: the last ones, where a failing run ends. */
export const SUGGESTION_LINES = 300;
const MAX_QUERY = 200;
const FAILURE_WORDS = /fail|error|unable|cannot|could not|denied|invalid/i;
// Fuzzy search costs milliseconds per long line; counting shared words first costs microseconds
// and rules out nearly every line of a healthy log: a line that resembles a quoted one is
// mostly made of the quoted lines' words.
const MIN_SHARED_WORDS = 2;
const MIN_SHARED_SHARE = 0.5;
const WORD = /[a-z]{4,}/g;
const COMMON_WORDS = new Set(['failed', 'failure', 'error', 'with', 'from', 'that', 'this', 'will', 'have', 'there', 'unable', 'cannot']);

function wordsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(WORD) ?? []).filter((w) => !COMMON_WORDS.has(w)));
}

/** Indexes the message text of every line the articles quote in their Symptoms. */
export function buildSuggestionIndex(entries: KbEntry[]): SuggestionIndex {
  const quoted = entries.flatMap((e) => parseLog(e.symptoms.join('\n'), e.id).map((r) => ({ id: e.id, text: r.text })));
  const vocabulary = new Set(quoted.flatMap((q) => [...wordsOf(q.text)]));
  return { fuse: new Fuse(quoted, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: SUGGESTION_CUTOFF }), vocabulary };
}

/** True for a record worth comparing: logged as an error, or worded as a failure. */
export function isFailureLine(record: LogRecord): boolean {
  return record.severity === 'error' || FAILURE_WORDS.test(record.text);
}

/**
 * The articles whose quoted lines resemble the given failure lines, best first, one entry per
 * article, leaving out the articles already diagnosed.
 */
export function suggestArticles(index: SuggestionIndex, entries: KbEntry[], failures: LogRecord[], exclude: ReadonlySet<string>): Suggestion[] {
  const best = new Map<string, Suggestion>();
  const seen = new Set<string>();
  for (const record of failures) {
    const query = record.text.slice(0, MAX_QUERY);
    if (seen.has(query)) continue;
    seen.add(query);
    const words = wordsOf(query);
    let shared = 0;
    for (const word of words) if (index.vocabulary.has(word)) shared++;
    if (shared < MIN_SHARED_WORDS || shared < words.size * MIN_SHARED_SHARE) continue;
    const [hit] = index.fuse.search(query, { limit: 1 });
    if (!hit || hit.score === undefined || hit.score > SUGGESTION_CUTOFF || exclude.has(hit.item.id)) continue;
    const known = best.get(hit.item.id);
    if (known && known.score <= hit.score) continue;
    const entry = entries.find((e) => e.id === hit.item.id)!;
    best.set(hit.item.id, {
      id: entry.id,
      title: entry.title,
      url: articlePath(entry.id),
      line: { file: record.file, line: record.line, text: record.text },
      quoted: hit.item.text,
      score: Math.round(hit.score * 1000) / 1000,
    });
  }
  return [...best.values()].sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
}
