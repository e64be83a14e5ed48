import { describe, expect, it } from 'vitest';
import { actionQueryString, filtersFromParams, hasFilters } from './filters';

const id = '3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b';

describe('action filters in the address', () => {
  it('reads known values and leaves out the rest', () => {
    const params = new URLSearchParams({ category: 'care', ownerId: id, buildingPhaseId: 'nope', status: 'busy', overdue: 'true', view: 'board' });
    expect(filtersFromParams(params)).toEqual({ category: 'care', ownerId: id, overdue: 'true' });
  });

  it('ignores overdue=false and an unknown category', () => {
    expect(filtersFromParams(new URLSearchParams('overdue=false&category=toString'))).toEqual({});
  });

  it('writes the query for the API in a fixed order', () => {
    expect(actionQueryString({ overdue: 'true', status: 'open', ownerId: id })).toBe(`ownerId=${id}&status=open&overdue=true`);
    expect(actionQueryString({})).toBe('');
  });

  it('knows when a filter is set', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ status: 'done' })).toBe(true);
  });
});
