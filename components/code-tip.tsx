import { PrivateLink } from './private-link';
import { useId } from 'react';
import type { CodeInfo } from '@/lib/diagnose/protocol';
import { errorPath } from '@/lib/urls';

/** An error code inside a log line: its name and message show on hover and keyboard focus. */
export function CodeTip({ code, text, info }: { code: string; text: string; info?: CodeInfo }) {
  const tipId = useId();
  return (
    <span className="group relative inline">
      <PrivateLink
        href={errorPath(code)}
        aria-describedby={tipId}
        className="underline decoration-dotted underline-offset-2 focus:outline-none focus:ring-2 focus:ring-blue-400"
      >
        {text}
      </PrivateLink>
      <span
        id={tipId}
        role="tooltip"
        className="pointer-events-none absolute bottom-full left-0 z-30 mb-1 hidden w-72 whitespace-normal rounded bg-slate-900 px-2 py-1 font-sans text-xs text-white shadow-lg group-focus-within:block group-hover:block"
      >
        <span className="font-mono">{code}</span>
        {info ? ` ${info.name ? `${info.name}: ` : ''}${info.message}` : ' (meaning not loaded)'}
        {info && info.others.length > 0 && ` (+${info.others.length} other meaning${info.others.length > 1 ? 's' : ''})`}
      </span>
    </span>
  );
}
