'use client';

import { useState } from 'react';
import type { CodeInfo } from '@/lib/diagnose/protocol';
import { LogText } from './log-text';
import { useShowInLog } from './show-in-log';

export type GetContext = (file: string, line: number) => Promise<{ line: number; text: string }[]>;

/** One line of the technician's log, with its file and line number; expands to show its neighbours. */
export function EvidenceLine({
  file,
  line,
  text,
  highlights,
  codeInfo,
  getContext,
  showFile,
}: {
  file: string;
  line: number;
  text: string;
  highlights?: [number, number][];
  codeInfo: Record<string, CodeInfo>;
  getContext: GetContext;
  showFile: boolean;
}) {
  const [context, setContext] = useState<{ line: number; text: string }[] | null>(null);
  const showInLog = useShowInLog();
  const toggle = async () => setContext(context ? null : await getContext(file, line));
  return (
    <li className="border-b border-slate-100 py-1 last:border-0">
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
        <code className="min-w-0 flex-1 whitespace-pre-wrap break-words font-mono text-xs text-slate-800">
          <LogText text={text} highlights={highlights} codeInfo={codeInfo} />
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
