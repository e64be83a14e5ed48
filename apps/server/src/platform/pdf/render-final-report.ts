import type { WorkerTask } from '../jobs/worker.js';
import { renderFinalReportPdf, type FinalReportPdfInput } from './final-report-pdf.js';

/** The final report PDF, laid out in a worker thread so no request waits on it. */
const renderFinalReport: WorkerTask<FinalReportPdfInput, Uint8Array> = (input) => renderFinalReportPdf(input);
export default renderFinalReport;
