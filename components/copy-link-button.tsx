'use client';

import { withBasePath } from '@/lib/urls';
import { useCopy } from './use-copy';

/**
 * Copies an absolute link for a ticket or a chat: to a path inside the site (`path`), or to
 * an anchor of the current page (`anchor`), or to the current page. Where the clipboard API is
 * missing or refused (an intranet served over plain HTTP), the link is shown in a selected
 * text field to copy by hand.
 */
export function CopyLinkButton({ path, anchor, label = 'Copy link' }: { path?: string; anchor?: string; label?: string }) {
  const { copied, manual, close, copy: copyText, field } = useCopy<HTMLInputElement>();

  const copy = async () => {
    const url = path ? new URL(withBasePath(path), window.location.origin) : new URL(window.location.href);
    if (anchor !== undefined) url.hash = anchor;
    await copyText(url.toString());
  };
  return (
    <>
      <button
        type="button"
        onClick={() => void copy()}
        className="no-print ml-2 inline-flex shrink-0 items-center rounded border border-slate-300 px-1.5 py-0.5 align-middle text-xs font-normal text-slate-600 hover:bg-slate-100"
        aria-label={anchor ? `${label}: #${anchor}` : label}
      >
        {copied ? 'Copied' : label}
      </button>
      {manual !== null && (
        <span className="no-print ml-2 inline-flex items-center gap-1 text-xs">
          <label>
            <span className="sr-only">Link to copy</span>
            <input
              ref={field}
              readOnly
              value={manual}
              onFocus={(e) => e.target.select()}
              size={Math.min(manual.length, 48)}
              className="rounded border border-slate-300 px-1 py-0.5 font-mono"
            />
          </label>
          <span className="text-slate-500">press Ctrl+C to copy</span>
          <button type="button" onClick={close} className="text-slate-500 hover:underline" aria-label="Close the link field">
            ×
          </button>
        </span>
      )}
    </>
  );
}
