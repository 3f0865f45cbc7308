'use client';

import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LogInput, Progress } from '@/lib/diagnose/protocol';
import { DiagnosisWorker } from '@/lib/diagnose/worker-client';
import { MAX_FILE_BYTES, MAX_TOTAL_BYTES } from '@/lib/log/limits';
import type { SkippedInput } from '@/lib/log/limits';
import { DiagnosisResults, type DiagnosisView } from './diagnosis-results';
import type { LogSource } from './log-view';
import { DropZone } from './drop-zone';

type Status = { state: 'idle' } | { state: 'running'; progress: Progress | null } | { state: 'done'; view: DiagnosisView } | { state: 'error'; message: string };

const PASTED = 'pasted text';
/** Past this, pasting is slow in every browser: dropping the file reads it in the worker instead. */
const LARGE_PASTE = 5 * 1024 * 1024;
const MB = 1024 * 1024;

/** Paste box and drop zone; the log is read and matched in a Web Worker, never uploaded. */
export function DiagnosePanel({ kbUrl }: { kbUrl: string }) {
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const worker = useRef<DiagnosisWorker | null>(null);
  const results = useRef<HTMLDivElement>(null);
  // Set when a diagnosis arrives: once its results are laid out, they are brought into view.
  const reveal = useRef(false);

  // The verdict is the point: bring its top into view (on a phone it would sit below the fold),
  // then move the focus there without scrolling again. Done after the results are committed:
  // scrolling before would stop at the end of the page as it was without them.
  useLayoutEffect(() => {
    if (status.state !== 'done' || !reveal.current) return;
    reveal.current = false;
    results.current?.scrollIntoView({ block: 'start' });
    results.current?.focus({ preventScroll: true });
  }, [status]);
  // Each run's number: a result is shown only if no Cancel, Clear or newer run came since.
  const runId = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);


  const canRun = (text.trim() !== '' || files.length > 0) && status.state !== 'running';

  // `pasted` is the box's text; given when it was just restored, before the state has it.
  const run = async (pasted = text) => {
    if (pasted === text && !canRun) return;
    // Files over the limits are never read: a 600 MB file would only exhaust the tab's memory.
    const refused: SkippedInput[] = [];
    let total = 0;
    const inputs: LogInput[] = [];
    for (const file of files) {
      if (file.size > MAX_FILE_BYTES) refused.push({ name: file.name, reason: `larger than the ${MAX_FILE_BYTES / MB} MB limit per file` });
      else if (total + file.size > MAX_TOTAL_BYTES) refused.push({ name: file.name, reason: `over the ${MAX_TOTAL_BYTES / MB} MB limit for one diagnosis` });
      else {
        total += file.size;
        inputs.push({ name: file.name, file });
      }
    }
    if (pasted.trim() !== '') inputs.unshift({ name: PASTED, text: pasted });
    const id = ++runId.current;
    setStatus({ state: 'running', progress: null });
    try {
      worker.current ??= new DiagnosisWorker();
      const { diagnosis, run: story, codeInfo, files: stats, skipped, ms } = await worker.current.diagnose(kbUrl, inputs, (progress) => {
        if (id === runId.current) setStatus({ state: 'running', progress });
      });
      if (id !== runId.current) return;
      reveal.current = true;
      setStatus({ state: 'done', view: { diagnosis, run: story, codeInfo, files: stats, skipped: [...refused, ...skipped], ms } });
    } catch (error) {
      if (id !== runId.current) return;
      setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  // Stops the work in progress for good: the worker is ended (a new one starts on the next run),
  // so a cancelled 60 MB run neither shows its result later nor holds up the next one.
  const cancel = () => {
    runId.current++;
    worker.current?.terminate();
    worker.current = null;
    setStatus({ state: 'idle' });
  };

  // Coming back to the page (Back after opening a fix), the browser puts the pasted text back
  // into the box but the page starts afresh: take the text up again and diagnose it, so that
  // the result is there and Diagnose never sits disabled beside text.
  const box = useRef<HTMLTextAreaElement>(null);
  const shown = useRef('');
  useEffect(() => {
    shown.current = text;
  }, [text]);
  useEffect(() => {
    const takeUp = () => {
      const value = box.current?.value ?? '';
      if (value.trim() === '' || value === shown.current) return;
      setText(value);
      void run(value);
    };
    takeUp();
    window.addEventListener('pageshow', takeUp);
    return () => window.removeEventListener('pageshow', takeUp);
    // Once, on arrival: run and the box are read as they are then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const getContext = (file: string, line: number) => (worker.current ? worker.current.context(file, line) : Promise.resolve([]));
  // The log view asks the worker, which keeps the last diagnosis's records.
  const logSource = useMemo<LogSource>(
    () => ({
      summary: () => worker.current!.logSummary(),
      rows: (filter, from, count) => worker.current!.logRows(filter, from, count),
      findError: (filter, from, direction) => worker.current!.findError(filter, from, direction),
      locate: (filter, file, line) => worker.current!.locate(filter, file, line),
    }),
    [],
  );

  return (
    <div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
        className="space-y-3"
      >
        <label htmlFor="log-text" className="block font-medium">
          Paste log lines
        </label>
        <textarea
          ref={box}
          id="log-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void run();
            }
          }}
          rows={10}
          spellCheck={false}
          placeholder="Paste lines from SMSTS.log, SMSPXE.log, ccmsetup.log, distmgr.log… (Ctrl+Enter to diagnose)"
          className="w-full rounded border border-slate-300 bg-white p-3 font-mono text-xs focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-200"
        />
        {text !== '' && text.trim() === '' && files.length === 0 && (
          <p className="text-sm text-slate-600" role="note">
            The box holds only white space: paste the log lines themselves.
          </p>
        )}
        {text.length > LARGE_PASTE && (
          <p className="text-sm text-amber-800" role="note">
            That is a lot of text to paste ({(text.length / MB).toFixed(1)} MB). Dropping the log file instead is faster, and keeps its name and line numbers.
          </p>
        )}
        <DropZone files={files} onFiles={(added) => setFiles((current) => [...current, ...added])} onRemove={(i) => setFiles((current) => current.filter((_, j) => j !== i))} />
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            disabled={!canRun}
            className="rounded bg-blue-700 px-5 py-2 font-semibold text-white hover:bg-blue-800 disabled:cursor-not-allowed disabled:bg-slate-400"
          >
            {status.state === 'running' ? 'Diagnosing…' : 'Diagnose'}
          </button>
          {status.state === 'running' && (
            <button type="button" onClick={cancel} className="rounded border border-slate-400 px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100">
              Cancel
            </button>
          )}
          {(text !== '' || files.length > 0) && (
            <button
              type="button"
              onClick={() => {
                cancel();
                setText('');
                setFiles([]);
              }}
              className="text-sm text-slate-600 hover:underline"
            >
              Clear
            </button>
          )}
        </div>
      </form>
      {status.state === 'running' && status.progress && <ProgressBar progress={status.progress} />}
      <div ref={results} tabIndex={-1} aria-live="polite" className="focus:outline-none">
        {status.state === 'error' && (
          <p role="alert" className="mt-6 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
            The log could not be read: {status.message}
          </p>
        )}
        {status.state === 'done' && <DiagnosisResults view={status.view} getContext={getContext} logSource={logSource} />}
      </div>
    </div>
  );
}

const PHASE_LABEL: Record<Progress['phase'], string> = { reading: 'Reading', parsing: 'Reading the lines of', matching: 'Matching' };

/** How far the worker got, in bytes and files; the page stays usable meanwhile. */
function ProgressBar({ progress }: { progress: Progress }) {
  const { phase, bytesDone, bytesTotal, filesDone, filesTotal } = progress;
  const label =
    phase === 'matching'
      ? 'Matching the lines against the knowledge base…'
      : `${PHASE_LABEL[phase]} ${filesTotal === 1 ? 'the log' : `the logs (${filesDone} of ${filesTotal} done)`}: ${(bytesDone / MB).toFixed(1)} of ${(bytesTotal / MB).toFixed(1)} MB`;
  return (
    <div className="mt-4 space-y-1 text-sm" data-testid="progress">
      <progress
        className="h-2 w-full"
        max={phase === 'matching' ? undefined : Math.max(bytesTotal, 1)}
        value={phase === 'matching' ? undefined : bytesDone}
        aria-label="Diagnosis progress"
      />
      <p className="text-slate-600">{label}</p>
    </div>
  );
}
