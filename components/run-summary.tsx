'use client';

import { useState } from 'react';
import type { CodeInfo } from '@/lib/diagnose/protocol';
import type { LogOutcome, RunStory, StepResult, TaskSequenceRun, TsStep } from '@/lib/run';
import { errorPath } from '@/lib/urls';
import { EvidenceLine, type GetContext } from './evidence-line';
import { PrivateLink } from './private-link';
import { useShowInLog } from './show-in-log';

const RESULT: Record<StepResult, { label: string; className: string }> = {
  success: { label: 'OK', className: 'bg-green-100 text-green-800' },
  failed: { label: 'Failed', className: 'bg-red-600 text-white' },
  'failed-continued': { label: 'Failed, continued', className: 'bg-amber-100 text-amber-900' },
  skipped: { label: 'Skipped', className: 'bg-slate-100 text-slate-600' },
  unfinished: { label: 'No result', className: 'bg-slate-100 text-slate-600' },
};
const PHASE = { winpe: 'Windows PE', 'full-os': 'full OS' } as const;
/** Steps shown before "show all": enough around the failed one to see what led to it. */
const AROUND = 4;

export function formatDuration(ms: number | null): string {
  if (ms === null) return '';
  if (ms < 1000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

function Code({ code, codeInfo }: { code: string; codeInfo: Record<string, CodeInfo> }) {
  const info = codeInfo[code];
  return (
    <>
      <PrivateLink href={errorPath(code)} className="font-mono text-blue-700 hover:underline">
        {code}
      </PrivateLink>
      {info && (
        <span className="text-slate-700">
          {' '}
          ({[info.name, info.message].filter(Boolean).join(': ')})
        </span>
      )}
    </>
  );
}

function headline(ts: TaskSequenceRun): string {
  const failed = ts.failedStep === null ? null : ts.steps[ts.failedStep];
  if (failed) return `The task sequence failed at step “${failed.name}”`;
  if (!ts.success) return 'The task sequence failed';
  const ran = `${ts.steps.filter((s) => s.result !== 'skipped').length} steps ran, none failed`;
  if (ts.ending === 'completed') return `The task sequence completed: ${ran}`;
  if (ts.ending === 'restart') return `${ran}; the log ends at a restart, and the run goes on in the next phase's smsts.log`;
  const last = ts.steps.at(-1);
  return last?.result === 'unfinished' ? `The log ends during step “${last.name}”` : `${ran}; the log ends without the run's end`;
}

/** Which steps to show at first: all of a short run, else those around the failed (or last) one. */
function shownSteps(ts: TaskSequenceRun, all: boolean): Set<number> {
  const n = ts.steps.length;
  if (all || n <= 2 * AROUND + 4) return new Set(ts.steps.keys());
  const at = ts.failedStep ?? n - 1;
  const keep = new Set<number>();
  for (let i = Math.max(0, at - AROUND); i <= Math.min(n - 1, at + AROUND); i++) keep.add(i);
  return keep;
}

function StepRow({ step, index, failed, showFile }: { step: TsStep; index: number; failed: boolean; showFile: boolean }) {
  const showInLog = useShowInLog();
  const result = RESULT[step.result];
  return (
    <tr className={`border-t border-slate-100 align-top ${failed ? 'bg-red-50 font-medium' : ''}`} data-result={step.result} aria-current={failed ? 'step' : undefined}>
      <th scope="row" className={`sticky left-0 max-w-[12rem] py-1 pr-3 text-left font-normal sm:max-w-none ${failed ? 'bg-red-50 font-medium' : 'bg-white'}`}>
        <span className="mr-1 text-xs text-slate-600 tabular-nums">{index + 1}.</span>
        {step.name}
        {step.restarted && <span className="ml-1 text-xs text-slate-500">(restarted the computer)</span>}
      </th>
      <td className="py-1 pr-3">
        <span className={`whitespace-nowrap rounded px-1.5 py-0.5 text-xs ${result.className}`}>{result.label}</span>
      </td>
      <td className="whitespace-nowrap py-1 pr-3 text-right tabular-nums">{formatDuration(step.durationMs)}</td>
      <td className="py-1 pr-3 font-mono text-xs">{step.exitCode === '0x00000000' ? '0' : (step.exitCode ?? '')}</td>
      <td className="whitespace-nowrap py-1 pr-3 font-mono text-xs text-slate-500">{step.start.time?.slice(-12, -4) ?? ''}</td>
      <td className="py-1">
        {showInLog && (
          <button
            type="button"
            onClick={() => showInLog(step.start.file, step.start.line)}
            className="whitespace-nowrap text-xs text-blue-700 hover:underline"
            aria-label={`${showFile ? `${step.start.file}:` : 'line '}${step.start.line}: show step ${step.name} in the log`}
          >
            {showFile ? `${step.start.file}:` : 'line '}
            {step.start.line}
          </button>
        )}
      </td>
    </tr>
  );
}

const BAR: Record<StepResult, string> = {
  success: 'bg-green-500',
  failed: 'bg-red-600',
  'failed-continued': 'bg-amber-500',
  skipped: 'bg-slate-200',
  unfinished: 'bg-slate-400',
};

/**
 * The run at a glance: one segment per step that ran, as wide as it took, the failed one red.
 * The table below carries the same facts for screen readers, so this strip is hidden from them.
 */
function TimeStrip({ ts }: { ts: TaskSequenceRun }) {
  const ran = ts.steps.map((step, i) => ({ step, i })).filter(({ step }) => step.result !== 'skipped');
  if (ran.filter(({ step }) => step.durationMs !== null).length < 3) return null;
  const total = ran.reduce((n, { step }) => n + (step.durationMs ?? 0), 0);
  return (
    <div aria-hidden="true" className="mb-2">
      <div className="flex h-4 w-full gap-px overflow-hidden rounded bg-slate-100" data-testid="time-strip">
        {ran.map(({ step, i }) => (
          <div
            key={i}
            title={`${i + 1}. ${step.name}: ${RESULT[step.result].label}${step.durationMs !== null ? `, ${formatDuration(step.durationMs)}` : ''}`}
            className={`min-w-[3px] ${BAR[step.result]} ${i === ts.failedStep ? 'ring-2 ring-inset ring-red-900' : ''}`}
            style={{ flexGrow: Math.max(step.durationMs ?? 0, total / 400), flexBasis: 0 }}
          />
        ))}
      </div>
      <p className="mt-0.5 text-xs text-slate-500">
        {ran.length} steps ran for {formatDuration(total)} in all
        {ts.restarts.length > 0 && `, with ${ts.restarts.length === 1 ? 'a restart' : `${ts.restarts.length} restarts`}`}
      </p>
    </div>
  );
}

function Timeline({ ts, showFile }: { ts: TaskSequenceRun; showFile: boolean }) {
  const [all, setAll] = useState(false);
  const shown = shownSteps(ts, all);
  const rows: React.ReactNode[] = [];
  let lastPhase = ts.steps[0]?.phase ?? null;
  let gap = false;
  ts.steps.forEach((step, i) => {
    if (!shown.has(i)) {
      gap = true;
      lastPhase = step.phase ?? lastPhase;
      return;
    }
    if (gap) {
      rows.push(
        <tr key={`gap-${i}`} className="border-t border-slate-100">
          <td colSpan={6} className="py-1 text-xs text-slate-500">
            …
          </td>
        </tr>,
      );
      gap = false;
    }
    if (step.phase && lastPhase && step.phase !== lastPhase) {
      rows.push(
        <tr key={`phase-${i}`} className="border-t border-slate-200">
          <td colSpan={6} className="py-1 text-xs font-medium text-slate-600">
            Restart into {PHASE[step.phase]}
          </td>
        </tr>,
      );
    }
    lastPhase = step.phase ?? lastPhase;
    rows.push(<StepRow key={i} step={step} index={i} failed={i === ts.failedStep} showFile={showFile} />);
  });
  if (gap) rows.push(<tr key="gap-end"><td colSpan={6} className="py-1 text-xs text-slate-500">…</td></tr>);
  return (
    <div>
      <TimeStrip ts={ts} />
      <div className="overflow-x-auto">
        <table className="w-full text-sm" aria-label="Task sequence steps, in the order they ran">
          <thead className="text-left text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="sticky left-0 bg-white py-1 pr-3">Step</th>
              <th scope="col" className="py-1 pr-3">Result</th>
              <th scope="col" className="py-1 pr-3 text-right">Took</th>
              <th scope="col" className="py-1 pr-3">Exit code</th>
              <th scope="col" className="py-1 pr-3">Started</th>
              <th scope="col" className="py-1"><span className="sr-only">Line</span></th>
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      </div>
      {shown.size < ts.steps.length && (
        <button type="button" onClick={() => setAll(true)} className="mt-1 text-sm text-blue-700 hover:underline">
          Show all {ts.steps.length} steps
        </button>
      )}
    </div>
  );
}

function TaskSequence({ ts, codeInfo, getContext, showFile }: { ts: TaskSequenceRun; codeInfo: Record<string, CodeInfo>; getContext: GetContext; showFile: boolean }) {
  const failed = ts.failedStep === null ? null : ts.steps[ts.failedStep];
  return (
    <div className="space-y-3">
      <p className="text-base" data-testid="run-headline">
        <span className={`mr-2 rounded px-1.5 py-0.5 text-sm font-medium ${ts.success ? 'bg-green-100 text-green-800' : 'bg-red-600 text-white'}`}>{ts.success ? 'No step failed' : 'Failed'}</span>
        {headline(ts)}
        {ts.code && (
          <>
            {' '}
            with <Code code={ts.code} codeInfo={codeInfo} />
          </>
        )}
        .
      </p>
      {(ts.startsMidRun || ts.earlierRuns > 0) && (
        <ul className="list-disc pl-5 text-sm text-slate-600">
          {ts.startsMidRun && (
            <li>
              The log starts in the middle of the run: its earlier lines are in a rolled-over copy (<span className="font-mono">smsts-&lt;date&gt;.log</span> or{' '}
              <span className="font-mono">SMSTS.lo_</span>, in the same folder). Drop it with this one to see the whole run.
            </li>
          )}
          {ts.earlierRuns > 0 && <li>These logs hold {ts.earlierRuns === 1 ? 'an earlier run' : `${ts.earlierRuns} earlier runs`}; the last one is shown.</li>}
        </ul>
      )}
      {!ts.success && ts.endLine && (
        <div>
          <h3 className="text-sm font-medium text-slate-700">{failed ? 'The line that failed the step' : 'The line that ended the run'}</h3>
          <ul className="mt-1 rounded border border-red-200">
            <EvidenceLine {...ts.endLine} codeInfo={codeInfo} getContext={getContext} showFile={showFile} />
          </ul>
          {ts.errorsBefore.length > 0 && (
            <>
              <h3 className="mt-2 text-sm font-medium text-slate-700">Errors just before it</h3>
              <ul className="mt-1 rounded border border-slate-200" aria-label="Errors just before the failure">
                {ts.errorsBefore.map((e) => (
                  <EvidenceLine key={`${e.file}:${e.line}`} {...e} codeInfo={codeInfo} getContext={getContext} showFile={showFile} />
                ))}
              </ul>
            </>
          )}
          {ts.collectNext.map((c) => (
            <p key={c.log} className="mt-2 text-sm">
              <span className="font-medium">Collect next:</span> <span className="font-mono [overflow-wrap:anywhere]">{c.log}</span> ({c.where}). {c.why}
            </p>
          ))}
        </div>
      )}
      {ts.steps.length > 0 && <Timeline ts={ts} showFile={showFile} />}
    </div>
  );
}

function OtherLog({ log, codeInfo, getContext, showFile }: { log: LogOutcome; codeInfo: Record<string, CodeInfo>; getContext: GetContext; showFile: boolean }) {
  return (
    <li className="text-sm">
      <p>
        <span className="font-mono">{log.file}</span>
        {log.end ? (
          <>
            {': '}
            <span className={log.end.result === 'success' ? 'text-green-800' : 'font-medium text-red-700'}>{log.end.result === 'success' ? 'ended in success' : 'ended in failure'}</span>
            {log.end.code && (
              <>
                {' '}
                with <Code code={log.end.code} codeInfo={codeInfo} />
              </>
            )}
          </>
        ) : (
          ': writes no end line'
        )}
        {` · ${log.errors === 0 ? 'no error lines' : `${log.errors.toLocaleString('en')} error line${log.errors === 1 ? '' : 's'}`}`}
      </p>
      <ul className="mt-1">
        {log.end && <EvidenceLine {...log.end.line} codeInfo={codeInfo} getContext={getContext} showFile={showFile} />}
        {log.firstError && log.firstError.line !== log.end?.line.line && <EvidenceLine {...log.firstError} codeInfo={codeInfo} getContext={getContext} showFile={showFile} />}
        {log.lastError && log.lastError.line !== log.firstError?.line && log.lastError.line !== log.end?.line.line && (
          <EvidenceLine {...log.lastError} codeInfo={codeInfo} getContext={getContext} showFile={showFile} />
        )}
      </ul>
    </li>
  );
}

/**
 * What happened in the run, before any diagnosis: which step failed, when, with what code, and
 * what came just before; for the other logs, how they ended and their first and last error.
 */
export function RunSummary({ run, codeInfo, getContext, multiFile }: { run: RunStory; codeInfo: Record<string, CodeInfo>; getContext: GetContext; multiFile: boolean }) {
  const others = run.logs.filter((l) => l.kind !== 'task-sequence' && (l.end !== null || l.errors > 0));
  if (!run.taskSequence && others.length === 0) return null;
  return (
    <section aria-labelledby="run-heading" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="run-summary">
      <h2 id="run-heading" className="mb-2 text-lg font-semibold">
        What happened
      </h2>
      {run.taskSequence && <TaskSequence ts={run.taskSequence} codeInfo={codeInfo} getContext={getContext} showFile={multiFile} />}
      {others.length > 0 && (
        <div className={run.taskSequence ? 'mt-4' : ''}>
          {run.taskSequence && <h3 className="text-sm font-medium text-slate-700">The other logs</h3>}
          <ul className="mt-1 space-y-3" aria-label="How each log ended">
            {others.map((log) => (
              <OtherLog key={log.file} log={log} codeInfo={codeInfo} getContext={getContext} showFile={multiFile} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
