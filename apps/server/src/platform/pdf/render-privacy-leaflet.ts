import type { WorkerTask } from '../jobs/worker.js';
import { renderPrivacyLeafletPdf, type PrivacyLeafletPdfInput } from './privacy-leaflet-pdf.js';

/** The privacy leaflet, laid out in a worker thread so no request waits on it. */
const renderPrivacyLeaflet: WorkerTask<PrivacyLeafletPdfInput, Uint8Array> = (input) => renderPrivacyLeafletPdf(input);
export default renderPrivacyLeaflet;
