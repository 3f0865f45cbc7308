'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * Copies text to the clipboard. Where the clipboard API is missing or refused (an intranet served
 * over plain HTTP), `manual` holds the text instead, for a field that `field` selects so the
 * technician can copy it by hand; never `window.prompt`.
 */
export function useCopy<T extends HTMLInputElement | HTMLTextAreaElement>(ms = 1500) {
  const [copied, setCopied] = useState(false);
  const [manual, setManual] = useState<string | null>(null);
  const field = useRef<T>(null);

  useEffect(() => {
    if (manual !== null) field.current?.select();
  }, [manual]);

  const copy = async (text: string) => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), ms);
    } catch {
      setManual(text);
    }
  };
  return { copied, manual, close: () => setManual(null), copy, field };
}
