import type { WorkerTask } from '../jobs/worker.js';
import { renderSurveyLettersPdf, type SurveyLetterPage } from './survey-letters-pdf.js';

/** The survey letters PDF with a QR code per household, made in a worker thread. */
const renderSurveyLetters: WorkerTask<{ pages: SurveyLetterPage[]; meta: { title: string; author: string } }, Uint8Array> = (input, report) =>
  renderSurveyLettersPdf(input.pages, input.meta, (done) => {
    if (done % 10 === 0) report(done);
  });
export default renderSurveyLetters;
