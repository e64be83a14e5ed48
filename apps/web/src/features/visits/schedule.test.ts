import { describe, expect, it } from 'vitest';
import type { Visit } from '@thuis/domain';
import {
  addDays,
  dayRange,
  doorOutcomes,
  groupByDay,
  isIsoDate,
  minutesBetween,
  mondayOf,
  outcomeChoices,
  timeOf,
  visitorChoices,
  weekRange,
} from './schedule';

const visit = (id: string, startsAt: string, addressLabel = 'Dorpsstraat 1'): Visit => ({
  id,
  addressId: id,
  addressLabel,
  kind: 'joint_intake',
  startsAt,
  endsAt: startsAt,
  visitors: [],
  outcome: null,
  registered: false,
  invitedOn: null,
  note: '',
  warnings: [],
});

describe('week and day ranges', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
  it('is not thrown off by the change to summer time', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
  });
  it('finds the Monday of a week', () => {
    expect(mondayOf('2026-03-04')).toBe('2026-03-02'); // Wednesday
    expect(mondayOf('2026-03-02')).toBe('2026-03-02'); // Monday itself
    expect(mondayOf('2026-03-08')).toBe('2026-03-02'); // Sunday belongs to the week before
    expect(mondayOf('2027-01-01')).toBe('2026-12-28'); // across the new year
  });
  it('gives Monday to Sunday with the next Monday as exclusive end', () => {
    const week = weekRange('2026-03-08');
    expect(week.from).toBe('2026-03-02');
    expect(week.to).toBe('2026-03-09');
    expect(week.days).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
  });
  it('gives one day with the next day as exclusive end', () => {
    expect(dayRange('2026-02-28')).toEqual({ from: '2026-02-28', to: '2026-03-01' });
  });
  it('checks dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('28-02-2026')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('visit times', () => {
  it('reads the local time and the length', () => {
    expect(timeOf('2026-03-02T09:30')).toBe('09:30');
    expect(minutesBetween('2026-03-02T09:30', '2026-03-02T10:45')).toBe(75);
  });
  it('groups a week per day in time order, with empty days', () => {
    const groups = groupByDay(
      [visit('b', '2026-03-03T14:00'), visit('a', '2026-03-03T09:00'), visit('c', '2026-03-08T10:00'), visit('x', '2026-03-09T10:00')],
      weekRange('2026-03-02').days,
    );
    expect(groups).toHaveLength(7);
    expect(groups[1]!.visits.map((v) => v.id)).toEqual(['a', 'b']);
    expect(groups[6]!.visits.map((v) => v.id)).toEqual(['c']);
    expect(groups[0]!.visits).toEqual([]);
  });
});

describe('outcome choices', () => {
  it('offers every outcome to the social team (visits.plan)', () => {
    expect(outcomeChoices(['visits.read', 'visits.plan', 'visits.record'])).toEqual([
      'completed_with_conversation',
      'technical_only',
      'conversation_declined',
      'not_at_home',
      'moved',
      'cancelled',
    ]);
  });
  it('offers the contractor nothing about the social conversation', () => {
    expect(outcomeChoices(['visits.read', 'visits.record'])).toEqual(['technical_only', 'not_at_home', 'moved', 'cancelled']);
  });
});

describe('visitor choices', () => {
  const members = [
    { name: 'leader', role: 'project_leader' as const },
    { name: 'contractor', role: 'site_manager' as const },
    { name: 'partner', role: 'partner_contact' as const },
    { name: 'residents', role: 'resident_group' as const },
  ];
  it('offers the social team and the contractor for an intake', () => {
    expect(visitorChoices(members, 'joint_intake').map((m) => m.name)).toEqual(['leader', 'contractor']);
  });
  it('also offers partner contacts on a final visit (the warm hand-over)', () => {
    expect(visitorChoices(members, 'final_visit').map((m) => m.name)).toEqual(['leader', 'contractor', 'partner']);
  });
});

describe('doorOutcomes', () => {
  it('offers the social team conversation, not at home and declined in one tap, the contractor technical only and not at home', () => {
    expect(doorOutcomes(['visits.read', 'visits.plan', 'visits.record'])).toEqual(['completed_with_conversation', 'not_at_home', 'conversation_declined']);
    expect(doorOutcomes(['visits.read', 'visits.record'])).toEqual(['technical_only', 'not_at_home']);
  });
});
