import { describe, expect, it } from 'vitest';
import { addMonths, DEFAULT_RETENTION_MONTHS, purgeDateOf, purgeIsDue, retentionInput } from './retention.js';

describe('retention', () => {
  it('adds calendar months, keeping the day or falling on the last day of the month', () => {
    expect(addMonths('2019-12-20', 24)).toBe('2021-12-20');
    expect(addMonths('2019-08-31', 6)).toBe('2020-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it("purges after the project's end plus its own period, or the default when it set none", () => {
    expect(DEFAULT_RETENTION_MONTHS).toBe(24);
    expect(purgeDateOf('2019-12-20', null)).toBe('2021-12-20');
    expect(purgeDateOf('2019-12-20', 96)).toBe('2027-12-20');
    expect(purgeDateOf(null, 12)).toBeNull();
  });

  it('is due from the purge day on, never for a project without an end', () => {
    expect(purgeIsDue('2019-12-20', 96, '2027-12-19')).toBe(false);
    expect(purgeIsDue('2019-12-20', 96, '2027-12-20')).toBe(true);
    expect(purgeIsDue(null, 1, '2099-01-01')).toBe(false);
  });

  it('takes a whole number of months from 1 to 240, or none for the default', () => {
    expect(retentionInput.safeParse({ retentionMonths: 0 }).success).toBe(false);
    expect(retentionInput.safeParse({ retentionMonths: 241 }).success).toBe(false);
    expect(retentionInput.safeParse({ retentionMonths: 1.5 }).success).toBe(false);
    expect(retentionInput.parse({ retentionMonths: null }).retentionMonths).toBeNull();
  });
});
