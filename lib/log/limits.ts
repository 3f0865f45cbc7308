/** The limits a technician is told before reading: per file, and for a whole drop. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 200 * 1024 * 1024;

/** A file or archive entry that was not read, and why, in the technician's words. */
export interface SkippedInput {
  name: string;
  reason: string;
}
