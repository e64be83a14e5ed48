import type { ColumnMapping, FileFormat } from '@thuis/domain';
import { runInWorker } from '../../platform/jobs/worker.js';
import type { ImportRowsInput, ReadImport } from './read-import-rows.js';
import type { FileKind } from './read-spreadsheet.js';

/**
 * Reads the stored file in its format, with its mapping, and checks every row against the rules;
 * the reading and checking run in a worker thread (read-import-rows.ts), so other requests are
 * answered meanwhile. What needs the project (buildings, addresses of other units) is checked
 * set-based on the staged rows (repository.ts).
 */
export function checkImportFile(job: { id: string; fileKind: FileKind; file: Buffer; format: FileFormat | null; mapping: ColumnMapping }): Promise<ReadImport> {
  const input: ImportRowsInput = {
    jobId: job.id,
    fileKind: job.fileKind,
    file: job.file,
    // Read as the preview showed it: in the format detected at upload or chosen since.
    format: job.format,
    mapping: job.mapping,
  };
  return runInWorker<ImportRowsInput, ReadImport>(new URL('./read-import-rows.ts', import.meta.url), input);
}
