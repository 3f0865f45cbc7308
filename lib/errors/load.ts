/**
 * Lazy loading of the shipped error table. The dynamic import makes bundlers put the JSON in
 * its own chunk, fetched the first time a code is decoded; the lookup maps are built once.
 */
import { createErrorTable } from './table';
import type { ErrorTable, ErrorTableData } from './types';

let pending: Promise<ErrorTable> | null = null;

/** Loads `table.generated.json` and builds the lookup maps (memoised; a failed load is retried on the next call). */
export function loadErrorTable(): Promise<ErrorTable> {
  if (!pending) {
    pending = import('./table.generated.json')
      .then((mod) => createErrorTable(((mod as { default?: unknown }).default ?? mod) as ErrorTableData))
      .catch((err: unknown) => {
        pending = null;
        throw err;
      });
  }
  return pending;
}
