import type { LogFilter } from '../log/view';
import type { LogInput, Progress, WorkerRequest, WorkerResponse } from './protocol';

type Pending = (response: WorkerResponse) => void;
type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** Talks to the diagnosis worker with promises; one worker per page, started on first use. */
export class DiagnosisWorker {
  private worker: Worker | null = null;
  private pending = new Map<number, Pending>();
  private progress = new Map<number, (progress: Progress) => void>();
  private nextId = 1;

  private start(): Worker {
    if (this.worker) return this.worker;
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      if (event.data.type === 'progress') {
        this.progress.get(event.data.id)?.(event.data.progress);
        return;
      }
      this.pending.get(event.data.id)?.(event.data);
      this.pending.delete(event.data.id);
      this.progress.delete(event.data.id);
    };
    return this.worker;
  }

  private send(request: Request, onProgress?: (progress: Progress) => void): Promise<WorkerResponse> {
    const id = this.nextId++;
    if (onProgress) this.progress.set(id, onProgress);
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.start().postMessage({ ...request, id } as WorkerRequest);
    });
  }

  /** `kbUrl` is the knowledge-base asset; the worker fetches and compiles it once. */
  async diagnose(kbUrl: string, inputs: LogInput[], onProgress?: (progress: Progress) => void) {
    const response = await this.send({ type: 'diagnose', kbUrl, inputs }, onProgress);
    if (response.type === 'error') throw new Error(response.message);
    if (response.type !== 'diagnosis') throw new Error('unexpected worker response');
    return response;
  }

  async context(file: string, line: number, radius = 4) {
    const response = await this.send({ type: 'context', file, line, radius });
    if (response.type === 'error') throw new Error(response.message);
    if (response.type !== 'context') throw new Error('unexpected worker response');
    return response.lines;
  }

  async logSummary() {
    const response = await this.send({ type: 'log-summary' });
    if (response.type !== 'log-summary') throw new Error(response.type === 'error' ? response.message : 'unexpected worker response');
    return response.summary;
  }

  async logRows(filter: LogFilter, from: number, count: number) {
    const response = await this.send({ type: 'log-rows', filter, from, count });
    if (response.type !== 'log-rows') throw new Error(response.type === 'error' ? response.message : 'unexpected worker response');
    return response;
  }

  /** The next or previous error row after `from`, or -1. */
  async findError(filter: LogFilter, from: number, direction: 1 | -1) {
    const response = await this.send({ type: 'log-find-error', filter, from, direction });
    if (response.type !== 'log-index') throw new Error(response.type === 'error' ? response.message : 'unexpected worker response');
    return response.index;
  }

  /** The row holding `file`:`line` under the filter, or -1. */
  async locate(filter: LogFilter, file: string, line: number) {
    const response = await this.send({ type: 'log-locate', filter, file, line });
    if (response.type !== 'log-index') throw new Error(response.type === 'error' ? response.message : 'unexpected worker response');
    return response.index;
  }

  /** Ends the worker and whatever it was doing; requests still waiting are answered as cancelled. */
  terminate() {
    this.worker?.terminate();
    this.worker = null;
    for (const [id, resolve] of this.pending) resolve({ type: 'error', id, message: 'cancelled' });
    this.pending.clear();
    this.progress.clear();
  }
}
