import { describe, expect, it } from 'vitest';
import { checkImportRows, missingMappedFields, suggestMapping, type ColumnMapping } from './import-rows.js';

const headers = ['VHE-nummer', 'Straat', 'Huisnummer', 'Toevoeging', 'Postcode', 'Plaats', 'Complex', 'Woningtype'];
const mapping: ColumnMapping = suggestMapping(headers);
const row = (overrides: Partial<Record<string, string>> = {}) => {
  const base = { unit: 'VHE-1', street: 'Lankforst', number: '12', addition: '', postcode: '6538 AB', city: 'Nijmegen', building: 'A', type: 'maisonnette' };
  const v = { ...base, ...overrides };
  return [v.unit, v.street, v.number, v.addition, v.postcode, v.city, v.building, v.type];
};
const buildings = new Set(['a', 'b']);

describe('suggestMapping', () => {
  it('recognises the usual column names of a corporation export', () => {
    expect(mapping).toEqual({ unitId: 0, street: 1, houseNumber: 2, addition: 3, postcode: 4, city: 5, building: 6, homeType: 7 });
  });
  it('reports the required fields that are not mapped', () => {
    expect(missingMappedFields({ street: 0 })).toEqual(['unitId', 'houseNumber', 'postcode', 'city']);
  });
});

describe('checkImportRows', () => {
  it('turns good rows into addresses with Dutch postcodes', () => {
    const { addresses, problems } = checkImportRows([row({ postcode: '6538ab', addition: 'A' })], mapping, buildings);
    expect(problems).toEqual([]);
    expect(addresses).toEqual([
      {
        row: 2,
        unitId: 'VHE-1',
        street: 'Lankforst',
        houseNumber: 12,
        addition: 'A',
        postcode: '6538 AB',
        city: 'Nijmegen',
        building: 'A',
        homeType: 'maisonnette',
        latitude: null,
        longitude: null,
      },
    ]);
  });

  it('names row and reason for each kind of error', () => {
    const { problems } = checkImportRows(
      [
        row(),
        row({ unit: 'VHE-2', postcode: '6538 A' }),
        row({ unit: 'VHE-3', number: '' }),
        row({ unit: 'VHE-4' }), // same address as row 2
        row({ unit: 'VHE-5', number: '14', building: 'Z' }),
        row({ unit: 'VHE-1', number: '16' }), // same unit id as row 2
        row({ unit: 'VHE-7', number: '12a' }),
      ],
      mapping,
      buildings,
    );
    expect(problems.map((p) => [p.row, p.field, p.key])).toEqual([
      [3, 'postcode', 'errors.postcode'],
      [4, 'houseNumber', 'errors.required'],
      [5, 'houseNumber', 'errors.duplicateAddress'],
      [6, 'building', 'errors.unknownBuilding'],
      [7, 'unitId', 'errors.duplicateUnit'],
      [8, 'houseNumber', 'errors.houseNumber'],
    ]);
  });

  it('treats additions case-insensitively when looking for duplicates', () => {
    const { problems } = checkImportRows([row({ addition: 'a' }), row({ unit: 'VHE-2', addition: 'A' })], mapping, buildings);
    expect(problems).toEqual([{ row: 3, field: 'houseNumber', key: 'errors.duplicateAddress', value: '12' }]);
  });

  it('skips blank lines and accepts a file without a building column', () => {
    const noBuilding = { ...mapping, building: undefined };
    const { addresses, problems } = checkImportRows([row(), ['', '', '', '', '', '', '', '']], noBuilding, new Set());
    expect(problems).toEqual([]);
    expect(addresses[0]?.building).toBeNull();
  });
});

describe('checkImportRows with coordinates', () => {
  const at = (unit: string, number: string, ...coordinates: string[]) => [unit, 'Lankforst', number, '', '6538 AB', 'Nijmegen', ...coordinates];

  it('recognises RD and WGS84 columns by their usual names', () => {
    expect(suggestMapping(['VHE', 'Straat', 'Huisnummer', 'Postcode', 'Plaats', 'X-coördinaat', 'Y-coördinaat'])).toMatchObject({ rdX: 5, rdY: 6 });
    expect(suggestMapping(['VHE', 'Straat', 'Huisnummer', 'Postcode', 'Plaats', 'lat', 'lon'])).toMatchObject({ latitude: 5, longitude: 6 });
  });

  it('converts RD x/y in metres (with a decimal comma) to WGS84', () => {
    const rd: ColumnMapping = { unitId: 0, street: 1, houseNumber: 2, addition: 3, postcode: 4, city: 5, rdX: 6, rdY: 7 };
    const { addresses, problems } = checkImportRows(
      [at('VHE-1', '12', '155000', '463000'), at('VHE-2', '14', '186771,4', '428553,7'), at('VHE-3', '16', '', '')],
      rd,
      new Set(),
    );
    expect(problems).toEqual([]);
    expect(addresses[0]!.latitude).toBeCloseTo(52.15517, 4);
    expect(addresses[0]!.longitude).toBeCloseTo(5.38721, 4);
    expect(addresses[1]!.latitude).toBeCloseTo(51.84, 1); // Nijmegen
    expect(addresses[2]).toMatchObject({ latitude: null, longitude: null });
  });

  it('takes WGS84 degrees as they are', () => {
    const wgs: ColumnMapping = { unitId: 0, street: 1, houseNumber: 2, addition: 3, postcode: 4, city: 5, latitude: 6, longitude: 7 };
    const { addresses, problems } = checkImportRows([at('VHE-1', '12', '51,8412', '5,8281')], wgs, new Set());
    expect(problems).toEqual([]);
    expect(addresses[0]).toMatchObject({ latitude: 51.8412, longitude: 5.8281 });
  });

  it('names the column of a half pair, metres in degree columns, swapped or foreign positions', () => {
    const wgs: ColumnMapping = { unitId: 0, street: 1, houseNumber: 2, addition: 3, postcode: 4, city: 5, latitude: 6, longitude: 7 };
    const rd: ColumnMapping = { unitId: 0, street: 1, houseNumber: 2, addition: 3, postcode: 4, city: 5, rdX: 6, rdY: 7 };
    const wgsProblems = checkImportRows(
      [
        at('VHE-1', '12', '51.84', ''),
        at('VHE-2', '14', '155000', '463000'),
        at('VHE-3', '16', '5.83', '51.84'),
        at('VHE-4', '18', '48.85', '2.35'),
        at('VHE-5', '20', 'noord', '5.8'),
      ],
      wgs,
      new Set(),
    ).problems;
    expect(wgsProblems.map((p) => [p.row, p.field, p.key])).toEqual([
      [2, 'longitude', 'errors.coordinatePair'],
      [3, 'latitude', 'errors.coordinateLooksRd'],
      [4, 'latitude', 'errors.coordinateSwapped'],
      [5, 'latitude', 'errors.outsideNetherlands'],
      [6, 'latitude', 'errors.coordinate'],
    ]);
    const rdProblems = checkImportRows([at('VHE-1', '12', '51.84', '5.83'), at('VHE-2', '14', '463000', '155000')], rd, new Set()).problems;
    expect(rdProblems.map((p) => [p.row, p.field, p.key])).toEqual([
      [2, 'rdX', 'errors.coordinateLooksWgs84'],
      [3, 'rdX', 'errors.coordinateSwapped'],
    ]);
  });
});
