import type { FileFormat } from '@thuis/domain';
import { ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import type { WorkerTask } from '../../platform/jobs/worker.js';
import { readSpreadsheet, type FileKind, type Sheet, type SheetPreview } from './read-spreadsheet.js';

export interface ReadUploadInput {
  kind: FileKind;
  bytes: Uint8Array;
  chosen: Partial<FileFormat>;
  /** Only a preview of this many rows and the count comes back, not every row. */
  sampleRows?: number;
}
/** A class does not cross to the main thread, so a problem with the file comes back as data. */
export type ReadUploadResult = { sheet: Sheet } | { preview: SheetPreview } | { problems: FieldProblem[] } | { unreadable: true };

/**
 * An uploaded file read in a worker thread: seconds of synchronous work for a large one (read-spreadsheet.ts).
 * A preview leaves the rows here: 100,000 rows copied to the main thread cost seconds of its time.
 */
const readUpload: WorkerTask<ReadUploadInput, ReadUploadResult> = async ({ kind, bytes, chosen, sampleRows }) => {
  try {
    const sheet = await readSpreadsheet(kind, Buffer.from(bytes), chosen);
    if (sampleRows === undefined) return { sheet };
    return { preview: { headers: sheet.headers, sample: sheet.rows.slice(0, sampleRows), rowCount: sheet.rows.length, format: sheet.format } };
  } catch (error) {
    if (error instanceof ValidationError) return { problems: error.problems };
    return { unreadable: true };
  }
};
export default readUpload;
