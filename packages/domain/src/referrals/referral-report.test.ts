import { describe, expect, it } from 'vitest';
import { percentOf, referralReport, type ReferralFact } from './referral-report.js';

/** `count` referrals of distinct households to a partner in a group. */
function referrals(groupId: string, partnerId: string, count: number, offset = 0): ReferralFact[] {
  return Array.from({ length: count }, (_, i) => ({ groupId, partnerId, householdKey: `${groupId}-h${offset + i}` }));
}

describe('referralReport', () => {
  it('reproduces the workshop table of Utrecht-Overvecht (THEMA dreven and Stroys)', () => {
    const facts = [
      ...referrals('dreven', 'dock', 36),
      ...referrals('dreven', 'wi', 23, 100),
      ...referrals('dreven', 'buurtteam', 13, 200),
      ...referrals('stroys', 'dock', 39),
      ...referrals('stroys', 'wi', 28, 100),
      ...referrals('stroys', 'buurtteam', 12, 200),
    ];
    const rows = referralReport(
      [
        { groupId: 'dreven', name: 'THEMA dreven', homes: 432, spokenTo: 400 },
        { groupId: 'stroys', name: 'Stroys', homes: 264, spokenTo: 240 },
      ],
      ['dock', 'wi', 'buurtteam'],
      facts,
    );
    expect(rows.map((r) => [r.name, ...r.perPartner.map((c) => `${c.count} (${c.percent}%)`), `${r.total.count} (${r.total.percent}%)`])).toEqual([
      ['THEMA dreven', '36 (9%)', '23 (6%)', '13 (3%)', '72 (18%)'],
      ['Stroys', '39 (16%)', '28 (12%)', '12 (5%)', '79 (33%)'],
    ]);
  });

  it('counts a household with several referrals once per partner and once among households referred', () => {
    const facts: ReferralFact[] = [
      { groupId: 'g', householdKey: 'a', partnerId: 'dock' },
      { groupId: 'g', householdKey: 'a', partnerId: 'dock' },
      { groupId: 'g', householdKey: 'a', partnerId: 'wi' },
      { groupId: 'g', householdKey: 'b', partnerId: 'wi' },
    ];
    const [row] = referralReport([{ groupId: 'g', name: 'Fase 1', homes: 10, spokenTo: 8 }], ['dock', 'wi'], facts);
    expect(row!.perPartner.map((c) => c.count)).toEqual([1, 2]);
    expect(row!.total).toEqual({ partnerId: 'total', count: 3, percent: 38 });
    expect(row!.householdsReferred).toEqual({ partnerId: 'households', count: 2, percent: 25 });
  });

  it('shows an empty group with zeros and no percentage', () => {
    const [row] = referralReport([{ groupId: 'g', name: 'Fase 3', homes: 150, spokenTo: 0 }], ['dock'], []);
    expect(row!.perPartner).toEqual([{ partnerId: 'dock', count: 0, percent: null }]);
    expect(row!.total.percent).toBeNull();
  });

  it('ignores referrals of other groups and partners outside the catalogue', () => {
    const [row] = referralReport(
      [{ groupId: 'g', name: 'Fase 1', homes: 5, spokenTo: 4 }],
      ['dock'],
      [
        { groupId: 'other', householdKey: 'x', partnerId: 'dock' },
        { groupId: 'g', householdKey: 'y', partnerId: 'unknown' },
      ],
    );
    expect(row!.total.count).toBe(0);
    expect(row!.householdsReferred.count).toBe(0);
  });
});

describe('percentOf', () => {
  it('rounds half up and avoids float surprises', () => {
    expect(percentOf(23, 400)).toBe(6); // 5.75
    expect(percentOf(13, 400)).toBe(3); // 3.25
    expect(percentOf(1, 8)).toBe(13); // 12.5
    expect(percentOf(79, 240)).toBe(33); // 32.92
    expect(percentOf(0, 0)).toBeNull();
  });
});
