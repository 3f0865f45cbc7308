'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Severity } from '@/lib/log/record';
import { NO_FILTER, type LogFilter, type LogRow, type LogSummary } from '@/lib/log/view';

/** What the log view asks of the worker, which holds the records (see lib/log/view.ts). */
export interface LogSource {
  summary: () => Promise<LogSummary>;
  rows: (filter: LogFilter, from: number, count: number) => Promise<{ total: number; rows: LogRow[] }>;
  findError: (filter: LogFilter, from: number, direction: 1 | -1) => Promise<number>;
  locate: (filter: LogFilter, file: string, line: number) => Promise<number>;
}

/** A request to show one line, from an evidence line; `nonce` repeats the same request. */
export interface OpenAt {
  file: string;
  line: number;
  nonce: number;
}

const ROW_HEIGHT = 24;
const PAGE = 200;
// CMTrace's colours: errors red, warnings yellow.
const SEVERITY_CLASS: Record<Severity, string> = { error: 'bg-red-100 text-red-950', warning: 'bg-yellow-100 text-yellow-950', info: '' };
const SEVERITY_LABEL: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

/**
 * The whole input, one row per record, virtualised: only the visible rows exist in the page
 * and only their page of 200 crosses from the worker, so 300 000 lines scroll like 30.
 */
export function LogView({ source, openAt, multiFile }: { source: LogSource; openAt: OpenAt | null; multiFile: boolean }) {
  const [summary, setSummary] = useState<LogSummary | null>(null);
  const [filter, setFilter] = useState<LogFilter>(NO_FILTER);
  const [total, setTotal] = useState(0);
  const [pages, setPages] = useState(new Map<number, LogRow[]>());
  const [selected, setSelected] = useState<number | null>(null);
  const [notice, setNotice] = useState('');
  // The row to bring into view once the rows are counted (after a new filter, the count changes).
  const [target, setTarget] = useState<number | null>(null);
  const requested = useRef(new Set<number>());
  // A row to show once the rows of a new filter have arrived (see the opening effect).
  const pendingShow = useRef<number | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const id = useId();

  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 30 });

  useEffect(() => {
    void source.summary().then(setSummary);
  }, [source]);

  // A new filter starts from an empty cache: pages are positions among the rows it keeps.
  const load = useCallback(
    async (page: number, current: LogFilter) => {
      if (requested.current.has(page)) return;
      requested.current.add(page);
      const { total: count, rows } = await source.rows(current, page * PAGE, PAGE);
      setTotal(count);
      setPages((old) => new Map(old).set(page, rows));
    },
    [source],
  );

  useEffect(() => {
    requested.current = new Set();
    setPages(new Map());
    setSelected(null);
    void load(0, filter);
    if (pendingShow.current !== null) {
      setTarget(pendingShow.current);
      pendingShow.current = null;
    }
  }, [filter, load]);

  const items = virtualizer.getVirtualItems();
  const firstPage = items.length ? Math.floor(items[0].index / PAGE) : 0;
  const lastPage = items.length ? Math.floor(items[items.length - 1].index / PAGE) : 0;
  useEffect(() => {
    for (let page = firstPage; page <= lastPage; page++) void load(page, filter);
  }, [firstPage, lastPage, filter, load]);

  const show = (index: number) => setTarget(index);

  useEffect(() => {
    if (target === null || target >= total) return;
    setSelected(target);
    virtualizer.scrollToIndex(target, { align: 'center' });
    setTarget(null);
  }, [target, total, virtualizer]);

  const goToError = async (direction: 1 | -1) => {
    const index = await source.findError(filter, selected ?? (direction === 1 ? -1 : total), direction);
    if (index < 0) setNotice(direction === 1 ? 'No error after this line.' : 'No error before this line.');
    else {
      setNotice('');
      show(index);
    }
  };

  // Opening at an evidence line: under the current filter if it keeps that line, else with none.
  useEffect(() => {
    if (!openAt) return;
    void (async () => {
      scroller.current?.scrollIntoView({ block: 'center' });
      const index = await source.locate(filter, openAt.file, openAt.line);
      if (index >= 0) return show(index);
      const unfiltered = await source.locate(NO_FILTER, openAt.file, openAt.line);
      if (unfiltered < 0) return;
      pendingShow.current = unfiltered;
      setFilter(NO_FILTER);
    })();
    // Only a new request opens the view; the filter it used is read as it was.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openAt]);

  const selectedRow = selected === null ? null : pages.get(Math.floor(selected / PAGE))?.[selected % PAGE];
  const toggleSeverity = (severity: Severity) =>
    setFilter((f) => ({ ...f, severities: f.severities.includes(severity) ? f.severities.filter((s) => s !== severity) : [...f.severities, severity] }));

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Your log{summary ? ` (${summary.total.toLocaleString('en')} records)` : ''}
      </h2>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <fieldset className="flex flex-wrap gap-3">
          <legend className="sr-only">Show</legend>
          {(['error', 'warning', 'info'] as const).map((severity) => (
            <label key={severity} className="flex items-center gap-1">
              <input type="checkbox" checked={filter.severities.includes(severity)} onChange={() => toggleSeverity(severity)} className="focus:ring-2 focus:ring-blue-400" />
              {SEVERITY_LABEL[severity]} {summary ? `(${summary.severities[severity].toLocaleString('en')})` : ''}
            </label>
          ))}
        </fieldset>
        {summary && summary.components.length > 0 && (
          <Choice label="Component" value={filter.component} options={summary.components} onChange={(component) => setFilter((f) => ({ ...f, component }))} />
        )}
        {summary && summary.files.length > 1 && <Choice label="File" value={filter.file} options={summary.files} onChange={(file) => setFilter((f) => ({ ...f, file }))} />}
        <span className="flex gap-2">
          <button type="button" onClick={() => void goToError(-1)} className="rounded border border-slate-300 bg-white px-2 py-0.5 hover:bg-slate-100 focus:ring-2 focus:ring-blue-400">
            ↑ Previous error
          </button>
          <button type="button" onClick={() => void goToError(1)} className="rounded border border-slate-300 bg-white px-2 py-0.5 hover:bg-slate-100 focus:ring-2 focus:ring-blue-400">
            ↓ Next error
          </button>
        </span>
        <span role="status" className="text-slate-600">
          {notice || (filter === NO_FILTER ? '' : `${total.toLocaleString('en')} shown`)}
        </span>
      </div>
      <div
        ref={scroller}
        tabIndex={0}
        role="region"
        aria-label="Log lines"
        className="h-[60vh] overflow-auto rounded border border-slate-300 bg-white font-mono text-xs focus:outline-none focus:ring-2 focus:ring-blue-400"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = pages.get(Math.floor(item.index / PAGE))?.[item.index % PAGE];
            return (
              <div
                key={item.key}
                data-index={item.index}
                data-line={row ? `${row.file}:${row.line}` : undefined}
                data-severity={row?.severity ?? undefined}
                data-selected={item.index === selected || undefined}
                onClick={() => setSelected(item.index)}
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                className={`flex cursor-default items-center gap-3 whitespace-nowrap px-2 ${row?.severity ? SEVERITY_CLASS[row.severity] : ''} ${item.index === selected ? 'outline outline-2 -outline-offset-2 outline-blue-600' : ''}`}
              >
                {row ? (
                  <>
                    <span className="w-24 shrink-0 text-right text-slate-500">{multiFile ? `${row.file.split('/').pop()}:${row.line}` : row.line}</span>
                    <span className="w-24 shrink-0 text-slate-600">{row.time?.slice(-12) ?? ''}</span>
                    <span className="w-32 shrink-0 overflow-hidden text-ellipsis text-slate-700">{row.component ?? ''}</span>
                    <span className="min-w-0 overflow-hidden text-ellipsis">{row.text.split('\n')[0]}</span>
                  </>
                ) : (
                  <span className="text-slate-400">…</span>
                )}
              </div>
            );
          })}
        </div>
      </div>
      {selectedRow && (
        <div className="rounded border border-slate-200 bg-white p-2 text-xs" aria-label="Selected line">
          <p className="text-slate-500">
            {selectedRow.file}:{selectedRow.line} {selectedRow.time ?? ''} {selectedRow.component ?? ''}
            {selectedRow.length > selectedRow.text.length && ` · the line is ${selectedRow.length.toLocaleString('en')} characters long; the first ${selectedRow.text.length.toLocaleString('en')} are shown`}
          </p>
          <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap break-words font-mono">{selectedRow.text}</pre>
        </div>
      )}
    </section>
  );
}

/** A filter among a list of values, "All" meaning none. */
function Choice({ label, value, options, onChange }: { label: string; value: string | null; options: string[]; onChange: (value: string | null) => void }) {
  return (
    <label className="flex items-center gap-1">
      {label}
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
        className="max-w-48 rounded border border-slate-300 bg-white px-1 py-0.5 focus:ring-2 focus:ring-blue-400"
      >
        <option value="">All</option>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </label>
  );
}
