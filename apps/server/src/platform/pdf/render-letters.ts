import type { WorkerTask } from '../jobs/worker.js';
import { renderLettersPdf, type LetterPage } from './letters-pdf.js';

/** The letters PDF, made in a worker thread; tells how many pages are done every few pages. */
const renderLetters: WorkerTask<{ pages: LetterPage[]; meta: { title: string; author: string } }, Uint8Array> = (input, report) =>
  renderLettersPdf(input.pages, input.meta, (done) => {
    if (done % 10 === 0) report(done);
  });
export default renderLetters;
