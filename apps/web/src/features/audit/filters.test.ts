import { describe, expect, it } from 'vitest';
import { auditFiltersFromParams, auditLink, auditQueryString, hasAuditFilters } from './filters';

const id = '3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b';

describe('audit log filters in the address', () => {
  it('reads codes and an id, also codes the app does not know yet', () => {
    const params = new URLSearchParams({ resourceType: 'referral', resourceId: id, action: 'shred', view: 'x' });
    expect(auditFiltersFromParams(params)).toEqual({ resourceType: 'referral', resourceId: id, action: 'shred' });
  });

  it('reads the household whose readers are asked for, and writes it for the API', () => {
    expect(auditFiltersFromParams(new URLSearchParams({ householdId: id, action: 'read' }))).toEqual({ householdId: id, action: 'read' });
    expect(auditFiltersFromParams(new URLSearchParams({ householdId: '12345' }))).toEqual({});
    expect(auditQueryString({ action: 'read', householdId: id })).toBe(`householdId=${id}&action=read`);
    expect(hasAuditFilters({ householdId: id })).toBe(true);
  });

  it('leaves out malformed values', () => {
    const params = new URLSearchParams({ resourceType: 'Referral; drop', resourceId: 'a/b', action: 'x'.repeat(41) });
    expect(auditFiltersFromParams(params)).toEqual({});
    expect(auditFiltersFromParams(new URLSearchParams('resourceType=&action='))).toEqual({});
  });

  it('writes the query for the API in a fixed order, with the page to start before', () => {
    expect(auditQueryString({ action: 'read', resourceId: id, resourceType: 'referral' })).toBe(`resourceType=referral&resourceId=${id}&action=read`);
    expect(auditQueryString({ action: 'read' }, '1234')).toBe('action=read&before=1234');
    expect(auditQueryString({}, null)).toBe('');
  });

  it('links to the lines about one item', () => {
    expect(auditLink('p1', { resourceType: 'referral', resourceId: id, action: 'read' })).toBe(
      `/projects/p1/audit?resourceType=referral&resourceId=${id}&action=read`,
    );
    expect(auditLink('p1', {})).toBe('/projects/p1/audit');
  });

  it('knows when a filter is set', () => {
    expect(hasAuditFilters({})).toBe(false);
    expect(hasAuditFilters({ resourceId: id })).toBe(true);
  });
});
