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
      { row: 2, unitId: 'VHE-1', street: 'Lankforst', houseNumber: 12, addition: 'A', postcode: '6538 AB', city: 'Nijmegen', building: 'A', homeType: 'maisonnette' },
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
