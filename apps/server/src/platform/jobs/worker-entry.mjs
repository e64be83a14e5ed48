// The one module every pooled worker thread loads (worker.ts). Plain JavaScript, so the thread can
// start it before it can read TypeScript. The built server (dist/, see build.mjs) hands it plain
// JavaScript task bundles; run from source (tsx, in development and tests) a worker thread does not
// inherit tsx's loader, so it registers it once before loading the first TypeScript task module.
let loader;

export default async function runTask({ module, input, port }) {
  if (module.endsWith('.ts')) loader ??= import('tsx/esm/api').then((api) => api.register());
  await loader;
  const task = (await import(module)).default;
  try {
    return await task(input, (done) => port.postMessage(done));
  } finally {
    port.close();
  }
}
