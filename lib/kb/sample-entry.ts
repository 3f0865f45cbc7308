import type { KbEntry } from './entry';

/** A knowledge-base entry with only what the matcher reads, for tests. */
export function sampleEntry(id: string, signatures: KbEntry['signatures'], codes: string[] = []): KbEntry {
  return { id, title: id, summary: '', products: [], logs: [], codes, signatures, symptoms: [], fixes: [] };
}
