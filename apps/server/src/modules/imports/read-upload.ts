import type { FileFormat } from '@thuis/domain';
import { ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import type { WorkerTask } from '../../platform/jobs/worker.js';
import { readSpreadsheet, type FileKind, type Sheet } from './read-spreadsheet.js';

export interface ReadUploadInput {
  kind: FileKind;
  bytes: Uint8Array;
  chosen: Partial<FileFormat>;
}
/** A class does not cross to the main thread, so a problem with the file comes back as data. */
export type ReadUploadResult = { sheet: Sheet } | { problems: FieldProblem[] } | { unreadable: true };

/** An uploaded file read in a worker thread: seconds of synchronous work for a large one (read-spreadsheet.ts). */
const readUpload: WorkerTask<ReadUploadInput, ReadUploadResult> = async ({ kind, bytes, chosen }) => {
  try {
    return { sheet: await readSpreadsheet(kind, Buffer.from(bytes), chosen) };
  } catch (error) {
    if (error instanceof ValidationError) return { problems: error.problems };
    return { unreadable: true };
  }
};
export default readUpload;
