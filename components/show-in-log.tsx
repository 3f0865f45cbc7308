'use client';

import { createContext, useContext } from 'react';

/** Opens the log view at a file and line; provided by the results, used by every evidence line. */
export const ShowInLogContext = createContext<((file: string, line: number) => void) | null>(null);

export function useShowInLog() {
  return useContext(ShowInLogContext);
}
