import { normalisePostcode } from './postcode.js';

/** The fields of a home that an import can fill, in the order the mapping form shows them. */
export const addressImportFields = ['unitId', 'street', 'houseNumber', 'addition', 'postcode', 'city', 'building', 'homeType'] as const;
export type AddressImportField = (typeof addressImportFields)[number];
export const requiredAddressImportFields: readonly AddressImportField[] = ['unitId', 'street', 'houseNumber', 'postcode', 'city'];

/** Which column (0-based) of the file holds each field; absent fields are not imported. */
export type ColumnMapping = Partial<Record<AddressImportField, number>>;

export interface ImportedAddress {
  /** 1-based row number in the file, counting the header as row 1 (as a spreadsheet shows it). */
  row: number;
  unitId: string;
  street: string;
  houseNumber: number;
  addition: string;
  postcode: string;
  city: string;
  building: string | null;
  homeType: string;
}

export interface RowProblem {
  row: number;
  field: AddressImportField;
  key: string;
  value: string;
}

const synonyms: Record<AddressImportField, string[]> = {
  unitId: ['vhe', 'vhenummer', 'vhe-nummer', 'eenheid', 'eenheidnummer', 'eenheidsnummer', 'unitid', 'unit', 'objectnummer', 'id'],
  street: ['straat', 'straatnaam', 'street'],
  houseNumber: ['huisnummer', 'nummer', 'huisnr', 'nr', 'number', 'housenumber'],
  addition: ['toevoeging', 'huisnummertoevoeging', 'huisletter', 'addition', 'suffix'],
  postcode: ['postcode', 'zip', 'postalcode'],
  city: ['plaats', 'woonplaats', 'stad', 'city', 'town'],
  building: ['complex', 'gebouw', 'blok', 'complexnummer', 'building', 'block'],
  homeType: ['type', 'woningtype', 'typewoning', 'soortwoning', 'hometype'],
};

const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Guesses the mapping from the header names a corporation's export usually has. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const field of addressImportFields) {
    const index = headers.findIndex((h, i) => !used.has(i) && synonyms[field].map(squash).includes(squash(h)));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

/** Fields the mapping must have before rows can be checked. */
export function missingMappedFields(mapping: ColumnMapping): AddressImportField[] {
  return requiredAddressImportFields.filter((f) => mapping[f] === undefined);
}

const addressKey = (a: Pick<ImportedAddress, 'postcode' | 'houseNumber' | 'addition'>) =>
  `${a.postcode}|${a.houseNumber}|${a.addition.toLowerCase()}`;

/**
 * Checks every data row (without the header) and turns the good ones into addresses. A row with a
 * problem is named with its row number, the field and the reason; the import commits only when
 * there are no problems at all.
 * @param knownBuildings building codes of the project, lower-cased
 */
export function checkImportRows(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  knownBuildings: ReadonlySet<string>,
): { addresses: ImportedAddress[]; problems: RowProblem[] } {
  const addresses: ImportedAddress[] = [];
  const problems: RowProblem[] = [];
  const seenAddress = new Map<string, number>();
  const seenUnit = new Map<string, number>();

  rows.forEach((cells, index) => {
    const row = index + 2;
    const cell = (field: AddressImportField) => {
      const column = mapping[field];
      return column === undefined ? '' : String(cells[column] ?? '').trim();
    };
    if (cells.every((c) => String(c ?? '').trim() === '')) return; // blank lines at the end of exports
    const rowProblems: RowProblem[] = [];
    const problem = (field: AddressImportField, key: string) => rowProblems.push({ row, field, key, value: cell(field) });

    for (const field of requiredAddressImportFields) if (cell(field) === '') problem(field, 'errors.required');
    const numberText = cell('houseNumber');
    const houseNumber = Number(numberText);
    if (numberText !== '' && (!/^\d{1,5}$/.test(numberText) || houseNumber < 1)) problem('houseNumber', 'errors.houseNumber');
    const postcode = cell('postcode') === '' ? null : normalisePostcode(cell('postcode'));
    if (cell('postcode') !== '' && !postcode) problem('postcode', 'errors.postcode');
    if (cell('addition').length > 10) problem('addition', 'errors.additionTooLong');
    for (const field of ['unitId', 'street', 'city', 'homeType', 'building'] as const)
      if (cell(field).length > 120) problem(field, 'errors.tooLongValue');
    const building = cell('building') || null;
    if (building && !knownBuildings.has(building.toLowerCase())) problem('building', 'errors.unknownBuilding');

    if (rowProblems.length === 0) {
      const address: ImportedAddress = {
        row,
        unitId: cell('unitId'),
        street: cell('street'),
        houseNumber,
        addition: cell('addition'),
        postcode: postcode!,
        city: cell('city'),
        building,
        homeType: cell('homeType'),
      };
      const firstWithAddress = seenAddress.get(addressKey(address));
      const firstWithUnit = seenUnit.get(address.unitId);
      if (firstWithAddress !== undefined) problem('houseNumber', 'errors.duplicateAddress');
      else if (firstWithUnit !== undefined) problem('unitId', 'errors.duplicateUnit');
      else {
        seenAddress.set(addressKey(address), row);
        seenUnit.set(address.unitId, row);
        addresses.push(address);
      }
    }
    problems.push(...rowProblems);
  });
  return { addresses, problems };
}
