import { findCodes } from '@/lib/log';
import { segmentLine } from '@/lib/diagnose/segments';
import type { CodeInfo } from '@/lib/diagnose/protocol';
import { CodeTip } from './code-tip';

/**
 * A line of the technician's log, rendered as text nodes only: signature matches are marked
 * and error codes carry their meaning on hover and focus.
 */
export function LogText({ text, highlights = [], codeInfo }: { text: string; highlights?: [number, number][]; codeInfo: Record<string, CodeInfo> }) {
  const codes = findCodes(text).map((c) => ({ start: c.index, end: c.index + c.length, code: c.code }));
  return (
    <>
      {segmentLine(text, highlights, codes).map((segment, i) => {
        const content = segment.code ? <CodeTip code={segment.code} text={segment.text} info={codeInfo[segment.code]} /> : segment.text;
        return segment.marked ? (
          <mark key={i} className="bg-amber-200 text-slate-900">
            {content}
          </mark>
        ) : (
          <span key={i}>{content}</span>
        );
      })}
    </>
  );
}
