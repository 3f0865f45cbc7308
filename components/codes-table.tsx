import { PrivateLink } from './private-link';
import type { CodeOccurrence } from '@/lib/diagnose';
import type { CodeInfo } from '@/lib/diagnose/protocol';
import { errorPath } from '@/lib/urls';
import { EvidenceLine, type GetContext } from './evidence-line';

/** Every error code in the log, decoded, with how often it appears and its first line. */
export function CodesTable({
  codes,
  codeInfo,
  getContext,
  multiFile,
}: {
  codes: CodeOccurrence[];
  codeInfo: Record<string, CodeInfo>;
  getContext: GetContext;
  multiFile: boolean;
}) {
  if (codes.length === 0) return <p className="text-sm text-slate-600">No error codes found in the log.</p>;
  // Success values that logs print like errors (0, 3010) go last; otherwise log order.
  const ordered = [...codes].sort((a, b) => Number(codeInfo[a.code]?.success ?? false) - Number(codeInfo[b.code]?.success ?? false));
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th className="sticky left-0 bg-slate-50 py-1 pr-3">Code</th>
            <th className="py-1 pr-3">Meaning</th>
            <th className="py-1 pr-3 text-right">Times</th>
            <th className="py-1">First line</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((c) => {
            const info = codeInfo[c.code];
            return (
              <tr key={c.code} className="border-t border-slate-100 align-top">
                <td className="sticky left-0 bg-slate-50 py-1 pr-3 font-mono">
                  <PrivateLink href={errorPath(c.code)} className="text-blue-700 hover:underline">
                    {c.code}
                  </PrivateLink>
                </td>
                <td className="py-1 pr-3">
                  {info ? (
                    <>
                      {info.name && <span className="font-mono text-xs">{info.name}</span>}
                      {info.success && <span className="ml-1 rounded bg-green-100 px-1 text-xs text-green-800">success</span>}
                      <span className="block text-slate-600">{info.message}</span>
                      {info.others.length > 0 && (
                        <span className="mt-1 block text-xs text-slate-500">
                          Also: {info.others.map((o) => [o.name, o.message].filter(Boolean).join(': ')).join(' · ')}
                        </span>
                      )}
                    </>
                  ) : (
                    <span className="text-slate-500">Not in the offline tables</span>
                  )}
                </td>
                <td className="py-1 pr-3 text-right tabular-nums">{c.count}</td>
                <td className="py-1">
                  <ul>
                    <EvidenceLine
                      {...c.first}
                      codeInfo={codeInfo}
                      getContext={getContext}
                      showFile={multiFile}
                    />
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
