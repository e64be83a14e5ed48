import type { WorkerTask } from '../../platform/jobs/worker.js';
import { renderHouseholdExportPdf, type HouseholdExportPdfInput } from './household-export-pdf.js';

/** The access export PDF, laid out in a worker thread so no request waits on it. */
const renderHouseholdExport: WorkerTask<HouseholdExportPdfInput, Uint8Array> = (input) => renderHouseholdExportPdf(input);
export default renderHouseholdExport;
