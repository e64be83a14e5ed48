import { Worker } from 'node:worker_threads';

/** What a worker module exports as default: the work, with a way to tell how far it is. */
export type WorkerTask<I, O> = (input: I, report: (done: number) => void) => O | Promise<O>;

// The app runs from TypeScript source (tsx); a worker thread does not inherit tsx's loader, so the
// worker registers it before it loads the module.
const tsxApi = import.meta.resolve('tsx/esm/api');

/**
 * Runs the default export of `module` in a worker thread of its own and resolves with its result.
 * For synchronous work that takes seconds (reading a large spreadsheet, laying out a PDF): on the
 * main thread it would hold up every other request. `onProgress` gets what the task reports.
 */
export function runInWorker<I, O>(module: URL, input: I, onProgress?: (done: number) => void): Promise<O> {
  const bootstrap = `
    const { parentPort, workerData } = require('node:worker_threads');
    (async () => {
      if (${JSON.stringify(module.pathname.endsWith('.ts'))}) (await import(${JSON.stringify(tsxApi)})).register();
      const task = (await import(${JSON.stringify(module.href)})).default;
      const result = await task(workerData, (done) => parentPort.postMessage({ progress: done }));
      parentPort.postMessage({ result });
    })().catch((error) => parentPort.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) }));`;
  return new Promise<O>((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: input });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (message: { progress?: number; result?: O; error?: string }) => {
      if (message.progress !== undefined) onProgress?.(message.progress);
      else if (message.error !== undefined) settle(() => reject(new Error(message.error)));
      else settle(() => resolve(message.result as O));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`worker stopped (exit code ${code})`))));
  });
}
