import { addressImportFields, type AddressImportField, type ColumnMapping, type ImportJob } from '@thuis/domain';

export type ImportStep = 'upload' | 'mapping' | 'checking' | 'report' | 'committing' | 'done' | 'failed';

/** Which screen of the import wizard belongs to the job's status. */
export function importStep(job: Pick<ImportJob, 'status'> | undefined): ImportStep {
  if (!job) return 'upload';
  switch (job.status) {
    case 'uploaded':
      return 'mapping';
    case 'checking':
      return 'checking';
    case 'checked':
      return 'report';
    case 'committing':
      return 'committing';
    case 'committed':
      return 'done';
    default:
      return 'failed';
  }
}

/** The select values ("" = not imported, else the column index) as the API's mapping. */
export function mappingFromForm(values: Partial<Record<AddressImportField, string>>): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const field of addressImportFields) {
    const value = values[field];
    if (value !== undefined && value !== '' && /^\d+$/.test(value)) mapping[field] = Number(value);
  }
  return mapping;
}
