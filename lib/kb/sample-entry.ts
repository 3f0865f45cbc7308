import type { KbEntry } from './entry';

/** A knowledge-base entry with only what the matcher reads, for tests. */
export function sampleEntry(id: string, signatures: KbEntry['signatures'], codes: string[] = []): KbEntry {
  return { id, title: id, summary: '', area: 'task-sequence', products: [], logs: [], collectNext: [], codes, signatures, symptoms: [], fixes: [], related: [], separatedBy: [] };
}
