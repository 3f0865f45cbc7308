'use client';

import { useState } from 'react';
import { withBasePath } from '@/lib/urls';

/**
 * Copies an absolute link for a ticket or a chat: to a path inside the site (`path`), or to
 * an anchor of the current page (`anchor`), or to the current page.
 */
export function CopyLinkButton({ path, anchor, label = 'Copy link' }: { path?: string; anchor?: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const url = path ? new URL(withBasePath(path), window.location.origin) : new URL(window.location.href);
    if (anchor !== undefined) url.hash = anchor;
    try {
      await navigator.clipboard.writeText(url.toString());
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      // Clipboard access can be refused (an intranet origin without HTTPS): show the link instead.
      window.prompt('Copy this link:', url.toString());
    }
  };
  return (
    <button
      type="button"
      onClick={() => void copy()}
      className="no-print ml-2 inline-flex items-center rounded border border-slate-300 px-1.5 py-0.5 align-middle text-xs font-normal text-slate-600 hover:bg-slate-100"
      aria-label={anchor ? `${label}: #${anchor}` : label}
    >
      {copied ? 'Copied' : label}
    </button>
  );
}
