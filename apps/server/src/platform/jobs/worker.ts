import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';

/** What a worker module exports as default: the work, with a way to tell how far it is. */
export type WorkerTask<I, O> = (input: I, report: (done: number) => void) => O | Promise<O>;

let pool: Piscina | undefined;

// Threads stay warm between tasks: starting one and loading its modules (tsx, exceljs, pdfkit) took
// seconds per upload on a busy machine. One core is left to the main thread's requests.
const workers = () =>
  (pool ??= new Piscina({
    filename: new URL('./worker-entry.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: Math.max(1, Math.min(4, availableParallelism() - 1)),
    idleTimeout: 60_000,
  }));

/**
 * Runs the default export of `module` in a pooled worker thread and resolves with its result.
 * For synchronous work that takes seconds (reading a large spreadsheet, laying out a PDF): on the
 * main thread it would hold up every other request. `onProgress` gets what the task reports.
 */
export async function runInWorker<I, O>(module: URL, input: I, onProgress?: (done: number) => void): Promise<O> {
  const { port1, port2 } = new MessageChannel();
  port1.on('message', (done: number) => onProgress?.(done));
  try {
    return (await workers().run({ module: module.href, input, port: port2 }, { transferList: [port2] })) as O;
  } finally {
    port1.close();
  }
}

/** Stops the pool's threads (when the app closes). */
export async function closeWorkers(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}
