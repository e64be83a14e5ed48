import type { ColumnMapping, FileFormat } from '@thuis/domain';
import { runInWorker } from '../../platform/jobs/worker.js';
import type { CheckedImport, ImportRowsInput } from './read-import-rows.js';
import type { ImportRepository } from './repository.js';
import type { FileKind } from './read-spreadsheet.js';

/**
 * Reads the stored file in its format, with its mapping, and checks every row against the rules and
 * against the project as it is now; the reading and checking run in a worker thread
 * (read-import-rows.ts), so other requests are answered meanwhile.
 */
export async function checkImportFile(
  imports: ImportRepository,
  job: { projectId: string; fileKind: FileKind; file: Buffer; format: FileFormat | null; mapping: ColumnMapping },
): Promise<CheckedImport> {
  const input: ImportRowsInput = {
    fileKind: job.fileKind,
    file: job.file,
    // Read as the preview showed it: in the format detected at upload or chosen since.
    format: job.format,
    mapping: job.mapping,
    buildingCodes: await imports.buildingCodes(job.projectId),
    existing: await imports.existingAddresses(job.projectId),
  };
  return runInWorker<ImportRowsInput, CheckedImport>(new URL('./read-import-rows.ts', import.meta.url), input);
}
