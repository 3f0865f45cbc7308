import type { DecodedCode } from '@/lib/errors/types';

const KIND_LABEL: Record<string, string> = {
  win32: 'Win32',
  winhttp: 'WinHTTP',
  wininet: 'WinINet',
  msi: 'Windows Installer',
  hresult: 'HRESULT',
  ntstatus: 'NTSTATUS',
  configmgr: 'Configuration Manager',
  setup: 'Windows Setup',
};

/**
 * One decoded value: its meanings, each marked with the number of its source in the result's
 * source list (`sourceNumber`), the extend code when one was typed, and the bit-field breakdown.
 */
export function DecodedCodeView({
  decoded,
  sourceNumber,
  headingLevel = 2,
  actions,
}: {
  decoded: DecodedCode;
  sourceNumber: (provenance: string) => number;
  headingLevel?: 2 | 3;
  actions?: React.ReactNode;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const ref = (provenance: string) => {
    const n = sourceNumber(provenance);
    return (
      <a href={`#source-${n}`} className="ml-1 align-super text-xs text-blue-700 hover:underline" aria-label={`source ${n}`}>
        [{n}]
      </a>
    );
  };
  const setupResult = decoded.meanings.some((m) => m.kind === 'setup' && m.name);
  return (
    <section aria-label={decoded.hex} className="rounded-lg border border-slate-200 bg-white p-4">
      <Heading className="flex flex-wrap items-center gap-2 text-xl font-semibold">
        <span className="font-mono">{decoded.hex}</span>
        {decoded.extend && <span className="font-mono text-slate-600">- {decoded.extend.hex}</span>}
        {decoded.success && <span className="rounded bg-green-100 px-2 py-0.5 text-sm text-green-800">success</span>}
        {actions}
      </Heading>
      <p className="mt-1 text-sm text-slate-500">
        {decoded.value.toLocaleString('en')} unsigned · {(decoded.value | 0).toLocaleString('en')} signed
      </p>
      {decoded.meanings.length === 0 ? (
        <p className="mt-3">No table names this value.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {decoded.meanings.map((m, i) => (
            <li key={i}>
              <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                {KIND_LABEL[m.kind] ?? m.kind}
                {m.source ? ` · ${m.source}` : ''}
              </span>
              {m.name && <span className="font-mono font-medium">{m.name}</span>}
              {!m.message && ref(m.provenance)}
              {m.message && (
                <p className="mt-1">
                  {m.message}
                  {ref(m.provenance)}
                </p>
              )}
              {m.via && <p className="text-sm text-slate-500">{m.via}</p>}
            </li>
          ))}
        </ul>
      )}
      {decoded.extend && (
        <div className="mt-4 rounded border border-slate-200 bg-slate-50 p-3" aria-label="Extend code">
          <p className="font-semibold">
            Extend code <span className="font-mono">{decoded.extend.hex}</span>
            {ref(decoded.extend.provenance)}
          </p>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-500">Phase</dt>
            <dd>
              <span className="font-mono">{decoded.extend.phase.name ?? 'not in the documented table'}</span> ({decoded.extend.phase.value})
            </dd>
            <dt className="text-slate-500">Operation</dt>
            <dd>
              <span className="font-mono">{decoded.extend.operation.name ?? 'not in the documented table'}</span> (0x
              {decoded.extend.operation.value.toString(16).toUpperCase().padStart(2, '0')})
            </dd>
          </dl>
          {decoded.extend.causes.map((c, i) => (
            <p key={i} className="mt-2">
              {c.message}
              {ref(c.provenance)}
            </p>
          ))}
        </div>
      )}
      {setupResult && !decoded.extend && (
        <p className="mt-3 text-sm text-slate-600">
          Windows Setup reports a failure as a result code and an extend code, e.g. <code>0xC1900101 - 0x4000D</code>: type both to see the phase
          and the operation that failed.
        </p>
      )}
      {decoded.notes.length > 0 && (
        <ul className="mt-3 list-disc pl-5 text-sm text-slate-600">
          {decoded.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">Severity</dt>
        <dd>{decoded.breakdown.severity}</dd>
        <dt className="text-slate-500">Facility</dt>
        <dd>
          {decoded.breakdown.facilityNames.join(' / ') || 'unnamed'} ({decoded.breakdown.facility})
        </dd>
        <dt className="text-slate-500">Code</dt>
        <dd className="font-mono">
          0x{decoded.breakdown.code.toString(16).toUpperCase().padStart(4, '0')} ({decoded.breakdown.code})
        </dd>
      </dl>
    </section>
  );
}
