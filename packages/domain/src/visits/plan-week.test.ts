import { describe, expect, it } from 'vitest';
import { batchProblems, busyClashes, spreadVisits, visitBatchInput, visitSpreadInput, workingDays, type SpreadHome } from './plan-week.js';

const home = (n: number, extra: Partial<SpreadHome> = {}): SpreadHome => ({
  addressId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  addressLabel: `Spoorstraat ${n}`,
  noContact: false,
  openVisit: false,
  ...extra,
});
const homes = (count: number) => Array.from({ length: count }, (_, i) => home(i + 1));
// Thursday 3 December 2026: the week turns after two days.
const settings = { firstDay: '2026-12-03', firstTime: '09:00', durationMinutes: 60, slotsPerDay: 4, days: 5 };

/** Whether any two of the proposed visits overlap (they all share the same visitors). */
function overlapping(visits: readonly { startsAt: string | null; endsAt: string | null }[]) {
  const planned = visits.filter((v) => v.startsAt).sort((a, b) => a.startsAt!.localeCompare(b.startsAt!));
  return planned.some((v, i) => i > 0 && planned[i - 1]!.endsAt! > v.startsAt!);
}

describe('spreadVisits', () => {
  it('fills the slots day by day, back to back, and skips the weekend', () => {
    const { visits } = spreadVisits(homes(20), settings);
    expect(visits.map((v) => v.startsAt)).toEqual([
      ...['09:00', '10:00', '11:00', '12:00'].map((t) => `2026-12-03T${t}`),
      ...['09:00', '10:00', '11:00', '12:00'].map((t) => `2026-12-04T${t}`),
      ...['07', '08', '09'].flatMap((d) => ['09:00', '10:00', '11:00', '12:00'].map((t) => `2026-12-${d}T${t}`)),
    ]);
    expect(visits.every((v) => v.problem === null)).toBe(true);
    expect(visits[0]!.endsAt).toBe('2026-12-03T10:00');
    expect(overlapping(visits)).toBe(false);
  });

  it('gives no slot to a home whose household objected or that has an open visit, and keeps its slot for the next', () => {
    const { visits } = spreadVisits([home(1), home(2, { noContact: true }), home(3, { openVisit: true }), home(4)], settings);
    expect(visits.map((v) => [v.addressLabel, v.startsAt, v.problem])).toEqual([
      ['Spoorstraat 1', '2026-12-03T09:00', null],
      ['Spoorstraat 2', null, 'objection'],
      ['Spoorstraat 3', null, 'openVisit'],
      ['Spoorstraat 4', '2026-12-03T10:00', null],
    ]);
  });

  it('passes over a slot in which a visitor already has a visit, so no visitor is double-booked', () => {
    const busy = [{ visitorName: 'Peter Bouwer', startsAt: '2026-12-03T09:30', endsAt: '2026-12-03T10:30' }];
    const { visits, busySlots } = spreadVisits(homes(3), settings, busy);
    expect(visits.map((v) => v.startsAt)).toEqual(['2026-12-03T11:00', '2026-12-03T12:00', '2026-12-04T09:00']);
    expect(busySlots).toEqual([
      { startsAt: '2026-12-03T09:00', visitorNames: ['Peter Bouwer'] },
      { startsAt: '2026-12-03T10:00', visitorNames: ['Peter Bouwer'] },
    ]);
    const all = spreadVisits(homes(20), settings, busy).visits;
    expect(overlapping([...all, { startsAt: busy[0]!.startsAt, endsAt: busy[0]!.endsAt }])).toBe(false);
  });

  it('says which homes are left when the slots run out', () => {
    const { visits } = spreadVisits(homes(5), { ...settings, slotsPerDay: 2, days: 2 });
    expect(visits.map((v) => v.problem)).toEqual([null, null, null, null, 'noSlot']);
  });

  it('plans nothing without a signed privacy plan', () => {
    const { visits } = spreadVisits(homes(2), settings, [], { privacyPlanSigned: false });
    expect(visits.map((v) => [v.startsAt, v.problem])).toEqual([
      [null, 'privacyPlan'],
      [null, 'privacyPlan'],
    ]);
  });

  it('starts on Monday when the first day is a Saturday', () => {
    expect(workingDays('2026-12-05', 2)).toEqual(['2026-12-07', '2026-12-08']);
  });
});

describe('batchProblems', () => {
  it('finds a home twice and overlapping visits within one batch', () => {
    const visits = [
      { addressId: 'a', startsAt: '2026-12-03T09:00' },
      { addressId: 'b', startsAt: '2026-12-03T09:30' },
      { addressId: 'a', startsAt: '2026-12-03T11:00' },
      { addressId: 'c', startsAt: '2026-12-03T10:00' },
    ];
    expect(batchProblems(visits, 60)).toEqual([
      { index: 1, field: 'startsAt', key: 'planWeek.errors.overlap' },
      { index: 2, field: 'addressId', key: 'errors.duplicate' },
      { index: 3, field: 'startsAt', key: 'planWeek.errors.overlap' },
    ]);
    expect(batchProblems(visits.slice(2), 60)).toEqual([]);
  });
});

describe('schemas', () => {
  it('checks the slots and the batch', () => {
    const base = {
      addressIds: [home(1).addressId],
      kind: 'joint_intake',
      visitorIds: [home(9).addressId],
      ...settings,
    };
    expect(visitSpreadInput.safeParse(base).success).toBe(true);
    expect(visitSpreadInput.safeParse({ ...base, firstTime: '9 uur' }).error?.issues[0]?.message).toBe('planWeek.errors.time');
    expect(visitSpreadInput.safeParse({ ...base, slotsPerDay: 0 }).success).toBe(false);
    const batch = { requestId: home(5).addressId, kind: 'follow_up', visitorIds: base.visitorIds, durationMinutes: 60, visits: [] };
    expect(visitBatchInput.safeParse(batch).success).toBe(false);
    expect(visitBatchInput.safeParse({ ...batch, visits: [{ addressId: home(1).addressId, startsAt: '2026-12-03T09:00' }] }).data?.note).toBe('');
  });
});

describe('busyClashes', () => {
  it('names the visitors who already have a visit at a visit of the batch', () => {
    const busy = [{ visitorName: 'Peter Bouwer', startsAt: '2026-12-03T09:30', endsAt: '2026-12-03T10:30' }];
    const visits = [{ startsAt: '2026-12-03T08:45' }, { startsAt: '2026-12-03T10:00' }, { startsAt: '2026-12-03T10:30' }, { startsAt: '2026-12-03T08:30' }];
    expect([...busyClashes(visits, 60, busy)]).toEqual([
      [0, ['Peter Bouwer']],
      [1, ['Peter Bouwer']],
    ]);
  });
});
