import type { WorkerTask } from '../jobs/worker.js';
import { renderActionPlanPdf, type ActionPlanPdfInput } from './action-plan-pdf.js';

/** The action plan PDF, laid out in a worker thread so no request waits on it. */
const renderActionPlan: WorkerTask<ActionPlanPdfInput, Uint8Array> = (input) => renderActionPlanPdf(input);
export default renderActionPlan;
