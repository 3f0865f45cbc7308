'use client';

import { useCopy } from './use-copy';

/**
 * Copies the summary for a helpdesk ticket. Where the clipboard API is missing or refused (an
 * intranet served over plain HTTP), the text is shown selected in a box to copy by hand.
 */
export function CopyTicketButton({ text }: { text: () => string }) {
  const { copied, manual, close, copy, field: box } = useCopy<HTMLTextAreaElement>(2000);
  return (
    <div className="no-print">
      <button type="button" onClick={() => void copy(text())} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100">
        {copied ? 'Copied for the ticket' : 'Copy for ticket'}
      </button>
      {manual !== null && (
        <div className="mt-2">
          <label className="block text-xs text-slate-600">
            Summary for the ticket (press Ctrl+C to copy)
            <textarea ref={box} readOnly value={manual} rows={Math.min(14, manual.split('\n').length + 1)} onFocus={(e) => e.target.select()} className="mt-1 block w-full rounded border border-slate-300 p-2 font-mono text-xs" />
          </label>
          <button type="button" onClick={close} className="mt-1 text-xs text-slate-500 hover:underline">
            Close
          </button>
        </div>
      )}
    </div>
  );
}
