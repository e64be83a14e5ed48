import { describe, expect, it } from 'vitest';
import { hasPictureFilters, pictureFiltersFromParams, pictureQueryString } from './filters';

const phase = '6f1c1b7e-8d5c-4a57-9a43-2b8e1f3f0a01';
const version = '0b9d1c2e-3f4a-4b5c-8d6e-7f8091a2b3c4';

describe('picture filters', () => {
  it('reads the selection from the address and leaves out malformed values', () => {
    const params = new URLSearchParams({ buildingPhaseId: phase, subNeighbourhoodId: 'noord', ageGroup: '65_plus', formVersionId: version, view: 'texts' });
    expect(pictureFiltersFromParams(params)).toEqual({ buildingPhaseId: phase, ageGroup: '65_plus', formVersionId: version });
    expect(pictureFiltersFromParams(new URLSearchParams({ ageGroup: 'DROP TABLE' }))).toEqual({});
  });

  it('writes the query string in a fixed order', () => {
    expect(pictureQueryString({ formVersionId: version, ageGroup: '18_26', buildingPhaseId: phase })).toBe(
      `buildingPhaseId=${phase}&ageGroup=18_26&formVersionId=${version}`,
    );
    expect(pictureQueryString({})).toBe('');
  });

  it('knows whether anything is selected', () => {
    expect(hasPictureFilters({})).toBe(false);
    expect(hasPictureFilters({ ageGroup: '65_plus' })).toBe(true);
  });
});
