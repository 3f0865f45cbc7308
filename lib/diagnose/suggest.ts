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
  quoted: QuotedLine[];
  /** For each word, the quoted lines (indexes into `quoted`) that hold it. */
  byWord: ReadonlyMap<string, number[]>;
}

// Tuned on the fixtures: the same message with another error code scores about 0.35, while the
// benign failures of the healthy logs find nothing under 0.5.
export const SUGGESTION_CUTOFF = 0.4;
/** Failure lines kept for comparison: the last ones, where a failing run ends. */
export const SUGGESTION_LINES = 300;
const MAX_QUERY = 200;
const FAILURE_WORDS = /fail|error|unable|cannot|could not|denied|invalid/i;
// Fuzzy search costs milliseconds per long line and grows with the number of quoted lines;
// counting shared words first costs microseconds and rules out nearly every pair: a line that
// resembles a quoted one shares most of its words with that quoted line. Only those few
// quoted lines are then compared with fuse.js.
const MIN_SHARED_WORDS = 2;
const MIN_SHARED_SHARE = 0.5;
const MAX_COMPARED = 40;
const WORD = /[a-z]{4,}/g;
const COMMON_WORDS = new Set(['failed', 'failure', 'error', 'with', 'from', 'that', 'this', 'will', 'have', 'there', 'unable', 'cannot']);

function wordsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(WORD) ?? []).filter((w) => !COMMON_WORDS.has(w)));
}

/** Indexes the message text of every line the articles quote in their Symptoms. */
export function buildSuggestionIndex(entries: KbEntry[]): SuggestionIndex {
  const quoted = entries.flatMap((e) => parseLog(e.symptoms.join('\n'), e.id).map((r) => ({ id: e.id, text: r.text })));
  const byWord = new Map<string, number[]>();
  quoted.forEach((q, i) => {
    for (const word of wordsOf(q.text)) {
      const lines = byWord.get(word);
      if (lines) lines.push(i);
      else byWord.set(word, [i]);
    }
  });
  return { quoted, byWord };
}

/** The quoted lines sharing enough words with the query to be worth a fuzzy comparison, most shared first. */
function comparable(index: SuggestionIndex, query: string): QuotedLine[] {
  const words = wordsOf(query);
  const needed = Math.max(MIN_SHARED_WORDS, Math.ceil(words.size * MIN_SHARED_SHARE));
  const shared = new Map<number, number>();
  for (const word of words) for (const i of index.byWord.get(word) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  return [...shared]
    .filter(([, n]) => n >= needed)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_COMPARED)
    .map(([i]) => index.quoted[i]);
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
    const candidates = comparable(index, query);
    if (candidates.length === 0) continue;
    const fuse = new Fuse(candidates, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: SUGGESTION_CUTOFF });
    const [hit] = fuse.search(query, { limit: 1 });
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
