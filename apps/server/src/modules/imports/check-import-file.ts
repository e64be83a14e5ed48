import { checkImportRows, type ColumnMapping, type FileFormat, type ImportedAddress, type RowProblem } from '@thuis/domain';
import type { ImportRepository } from './repository.js';
import { readSpreadsheet, type FileKind } from './read-spreadsheet.js';

const addressKey = (a: { postcode: string; houseNumber: number; addition: string }) => `${a.postcode}|${a.houseNumber}|${a.addition.toLowerCase()}`;

/**
 * Reads the stored file in its format, with its mapping, and checks every row against the rules and
 * against the project as it is now (known buildings, an address that belongs to another unit id).
 */
export async function checkImportFile(
  imports: ImportRepository,
  job: { projectId: string; fileKind: FileKind; file: Buffer; format: FileFormat | null; mapping: ColumnMapping },
): Promise<{ totalRows: number; addresses: ImportedAddress[]; problems: RowProblem[]; newCount: number; updatedCount: number }> {
  // Read as the preview showed it: in the format detected at upload or chosen since.
  const sheet = await readSpreadsheet(job.fileKind, job.file, job.format ?? {});
  const { addresses, problems } = checkImportRows(sheet.rows, job.mapping, await imports.buildingCodes(job.projectId));
  const existing = await imports.existingAddresses(job.projectId);
  const unitByAddress = new Map(existing.map((a) => [addressKey(a), a.unitId]));
  const knownUnits = new Set(existing.map((a) => a.unitId));
  for (const address of addresses) {
    const owner = unitByAddress.get(addressKey(address));
    if (owner !== undefined && owner !== address.unitId)
      problems.push({ row: address.row, field: 'houseNumber', key: 'errors.addressTakenByOtherUnit', value: String(address.houseNumber) });
  }
  problems.sort((a, b) => a.row - b.row);
  const newCount = addresses.filter((a) => !knownUnits.has(a.unitId)).length;
  return { totalRows: sheet.rows.length, addresses, problems, newCount, updatedCount: addresses.length - newCount };
}
