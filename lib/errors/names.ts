/**
 * Symbolic names (`E_ACCESSDENIED`, `ERROR_FILE_NOT_FOUND`, `STATUS_ACCESS_DENIED`, `WU_E_*`):
 * how they are recognised and which name-index shard holds one. Pure.
 */

/** A symbolic name: a letter, then letters, digits and underscores, with at least one underscore (so hex words such as `face` are not names). */
const SYMBOLIC_NAME = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]*)+$/;

/** The name as the index stores it (upper case), or null when the text is not a symbolic name. */
export function normalizeName(input: string): string | null {
  const s = input.trim();
  return SYMBOLIC_NAME.test(s) ? s.toUpperCase() : null;
}

/** The name-index shard of an upper-cased name: FNV-1a of its UTF-16 units, modulo the shard count. */
export function nameShardOf(upperName: string, shardCount: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < upperName.length; i++) {
    h ^= upperName.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shardCount;
}
