'use client';

import { useState } from 'react';
import type { CodeInfo } from '@/lib/diagnose/protocol';
import type { Severity } from '@/lib/log/record';
import { lineWindow } from '@/lib/diagnose/segments';
import { LogText } from './log-text';
import { useShowInLog } from './show-in-log';

// CMTrace's colours: errors red, warnings yellow.
const SEVERITY_CLASS: Record<Severity, string> = { error: 'bg-red-50', warning: 'bg-yellow-50', info: '' };

/** Characters of a long line shown at first, around what matched. */
const SHOWN = 600;

export type GetContext = (file: string, line: number) => Promise<{ line: number; text: string }[]>;

/** One line of the technician's log, with its file and line number; expands to show its neighbours. */
export function EvidenceLine({
  file,
  line,
  text,
  highlights,
  time = null,
  component = null,
  severity = null,
  codeInfo,
  getContext,
  showFile,
}: {
  file: string;
  line: number;
  text: string;
  highlights?: [number, number][];
  time?: string | null;
  component?: string | null;
  severity?: Severity | null;
  codeInfo: Record<string, CodeInfo>;
  getContext: GetContext;
  showFile: boolean;
}) {
  const [context, setContext] = useState<{ line: number; text: string }[] | null>(null);
  // A long line is shown around its highlight; each "show more" shows four times as much.
  const [size, setSize] = useState(SHOWN);
  const shown = lineWindow(text, highlights ?? [], size);
  const showInLog = useShowInLog();
  const toggle = async () => setContext(context ? null : await getContext(file, line));
  return (
    <li className={`border-b border-slate-100 py-1 last:border-0 ${SEVERITY_CLASS[severity ?? 'info']}`} data-severity={severity ?? undefined}>
      <div className="flex gap-3">
        <button
          type="button"
          onClick={() => void toggle()}
          aria-expanded={context !== null}
          title="Show the lines around this one"
          className="shrink-0 font-mono text-xs text-blue-700 hover:underline"
        >
          {showFile ? `${file}:` : 'line '}
          {line}
        </button>
        {(time || component) && (
          <span className="hidden shrink-0 font-mono text-xs text-slate-500 sm:inline" title="Time and component, as the log wrote them">
            {time?.slice(-12)} {component}
          </span>
        )}
        <code className="min-w-0 flex-1 whitespace-pre-wrap break-words font-mono text-xs text-slate-800">
          {shown.start > 0 && '…'}
          <LogText text={shown.text} highlights={shown.highlights} codeInfo={codeInfo} />
          {shown.end < text.length && '…'}
          {shown.text.length < text.length && (
            <button type="button" onClick={() => setSize((n) => n * 4)} className="ml-2 font-sans text-blue-700 hover:underline">
              show more ({shown.text.length.toLocaleString('en')} of {text.length.toLocaleString('en')} characters shown)
            </button>
          )}
        </code>
        {showInLog && (
          <button type="button" onClick={() => showInLog(file, line)} className="shrink-0 self-start text-xs text-blue-700 hover:underline" aria-label={`Show line ${line} in log`}>
            in log
          </button>
        )}
      </div>
      {context && (
        <ol className="mt-1 rounded bg-slate-900 p-2 font-mono text-xs text-slate-100" aria-label={`Lines around line ${line}`}>
          {context.map((c) => (
            <li key={c.line} className={`flex gap-3 ${c.line === line ? 'bg-amber-700/60' : ''}`}>
              <span className="w-12 shrink-0 text-right text-slate-400">{c.line}</span>
              <span className="min-w-0 whitespace-pre-wrap break-words">{c.text}</span>
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}
