import { normalisePostcode } from './postcode.js';
import { inNetherlands, looksLikeRd, parseCoordinate, rdToWgs84 } from '../places/coordinates.js';

/** The fields of a home that an import can fill, in the order the mapping form shows them. */
export const addressImportFields = [
  'unitId',
  'street',
  'houseNumber',
  'addition',
  'postcode',
  'city',
  'building',
  'homeType',
  'latitude',
  'longitude',
  'rdX',
  'rdY',
] as const;
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
  /** WGS84 degrees, from latitude/longitude columns or converted from RD x/y; null when the row has none. */
  latitude: number | null;
  longitude: number | null;
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
  latitude: ['lat', 'latitude', 'breedtegraad', 'wgs84lat', 'noorderbreedte'],
  longitude: ['lon', 'lng', 'long', 'longitude', 'lengtegraad', 'wgs84lon', 'oosterlengte'],
  rdX: ['x', 'rdx', 'xrd', 'xcoord', 'xcoordinaat', 'coordinaatx', 'xco'],
  rdY: ['y', 'rdy', 'yrd', 'ycoord', 'ycoordinaat', 'coordinaaty', 'yco'],
};

// Accents dropped, not the letter: 'X-coördinaat' is 'xcoordinaat'.
const squash = (header: string) =>
  header
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

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

const addressKey = (a: Pick<ImportedAddress, 'postcode' | 'houseNumber' | 'addition'>) => `${a.postcode}|${a.houseNumber}|${a.addition.toLowerCase()}`;

/**
 * Checks every data row (without the header) and turns the good ones into addresses. A row with a
 * problem is named with its row number, the field and the reason; the import commits only when
 * there are no problems at all.
 * @param knownBuildings building codes of the project, lower-cased; absent when the caller checks
 *   the buildings itself (the server does, set-based, against the project as it is at the commit)
 */
export function checkImportRows(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  knownBuildings?: ReadonlySet<string>,
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
    for (const field of ['unitId', 'street', 'city', 'homeType', 'building'] as const) if (cell(field).length > 120) problem(field, 'errors.tooLongValue');
    const position = readPosition(cell, problem);
    const building = cell('building') || null;
    if (building && knownBuildings && !knownBuildings.has(building.toLowerCase())) problem('building', 'errors.unknownBuilding');

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
        latitude: position?.latitude ?? null,
        longitude: position?.longitude ?? null,
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

/**
 * A row's position: WGS84 latitude/longitude as they are, RD x/y (EPSG:28992) converted. A pair
 * half filled in, metres in the degree columns (or the reverse) or a spot outside the Netherlands is
 * a problem naming the column; a row without coordinates simply has no position.
 */
function readPosition(
  cell: (field: AddressImportField) => string,
  problem: (field: AddressImportField, key: string) => void,
): { latitude: number; longitude: number } | null {
  for (const [first, second, kind] of [
    ['latitude', 'longitude', 'wgs84'],
    ['rdX', 'rdY', 'rd'],
  ] as const) {
    const a = cell(first);
    const b = cell(second);
    if (a === '' && b === '') continue;
    if (a === '' || b === '') {
      problem(a === '' ? first : second, 'errors.coordinatePair');
      return null;
    }
    const x = parseCoordinate(a);
    const y = parseCoordinate(b);
    if (x === null || y === null) {
      problem(x === null ? first : second, 'errors.coordinate');
      return null;
    }
    if (kind === 'wgs84') {
      if (looksLikeRd(y, x) || looksLikeRd(x, y)) {
        problem(first, 'errors.coordinateLooksRd');
        return null;
      }
      const position = { latitude: x, longitude: y };
      if (!inNetherlands(position)) {
        problem(first, inNetherlands({ latitude: y, longitude: x }) ? 'errors.coordinateSwapped' : 'errors.outsideNetherlands');
        return null;
      }
      return position;
    }
    if (!looksLikeRd(x, y)) {
      problem(
        first,
        looksLikeRd(y, x) ? 'errors.coordinateSwapped' : Math.abs(x) <= 180 && Math.abs(y) <= 180 ? 'errors.coordinateLooksWgs84' : 'errors.outsideNetherlands',
      );
      return null;
    }
    const position = rdToWgs84(x, y);
    if (!inNetherlands(position)) {
      problem(first, 'errors.outsideNetherlands');
      return null;
    }
    return position;
  }
  return null;
}
