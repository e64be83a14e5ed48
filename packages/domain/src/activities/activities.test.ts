import { describe, expect, it } from 'vitest';
import { activityCounts, activityInput, activityPartnerInput, activityReachInput, activityTexts, protectReach, sumReach } from './activities.js';

const theme = '6f1c1f4e-8a4c-4f7e-9d2a-0c3b1a2d3e4f';
const otherTheme = '7a2d2f5e-9b5d-4a8f-8e3b-1d4c2b3e4f50';

describe('activity input', () => {
  it('fills the defaults of a new proposal', () => {
    const parsed = activityInput.parse({ kind: 'collective_activity', title: 'Wekelijkse wandelclub' });
    expect(parsed).toMatchObject({ status: 'proposed', recurrence: 'once', themeIds: [], residentOrganisers: 0, lasts: false, budgetEuros: null });
  });

  it('refuses an end before the start, naming the end date', () => {
    const result = activityInput.safeParse({ kind: 'collective_activity', title: 'Buurtfeest', startsOn: '2026-06-10', endsOn: '2026-06-09' });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ['endsOn'], message: 'errors.endBeforeStart' })]);
  });

  it('asks who takes over an activity that lasts', () => {
    const result = activityInput.safeParse({ kind: 'collective_activity', title: 'Wandelclub', lasts: true });
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ['successorOwner'], message: 'errors.lastingNeedsOwner' })]);
    expect(activityInput.safeParse({ kind: 'collective_activity', title: 'Wandelclub', lasts: true, successorOwner: 'Buurtvereniging' }).success).toBe(true);
  });

  it('refuses a theme chosen twice and hours not in quarters', () => {
    const result = activityInput.safeParse({ kind: 'physical_change', title: 'Bankjes', themeIds: [theme, theme], budgetHours: 1.1 });
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['themeIds', 'budgetHours']));
  });

  it('asks a partner for an organisation or a name, and a decision for its date', () => {
    expect(activityPartnerInput.safeParse({}).error!.issues[0]!.path).toEqual(['name']);
    const decided = activityPartnerInput.safeParse({ name: 'Gemeente', decision: 'approved' });
    expect(decided.error!.issues).toEqual([expect.objectContaining({ path: ['decidedOn'], message: 'errors.decisionNeedsDate' })]);
    const early = activityPartnerInput.safeParse({ name: 'Gemeente', requestedOn: '2026-03-01', decision: 'approved', decidedOn: '2026-02-01' });
    expect(early.error!.issues).toEqual([expect.objectContaining({ message: 'errors.decisionBeforeRequest' })]);
  });

  it('lists every non-empty free text with its field path for the identifying check', () => {
    const input = activityInput.parse({
      kind: 'physical_change',
      title: 'Verlichting achterpaden',
      place: 'Achterpaden',
      partners: [{ name: 'Gemeente', request: 'Lampen plaatsen' }],
    });
    expect(activityTexts(input).map((t) => t.path.join('.'))).toEqual(['title', 'place', 'partners.0.name', 'partners.0.request']);
  });
});

describe('reach', () => {
  it('refuses more first-timers than participants', () => {
    expect(activityReachInput.safeParse({ participants: 3, firstTimers: 4 }).error!.issues[0]!.path).toEqual(['firstTimers']);
    expect(activityReachInput.parse({ participants: 12 })).toEqual({ heldOn: null, participants: 12, firstTimers: 0, note: '' });
  });

  it('sums occasions and totals', () => {
    expect(
      sumReach([
        { participants: 12, firstTimers: 4 },
        { participants: 9, firstTimers: 1 },
      ]),
    ).toEqual({ participants: 21, firstTimers: 5 });
  });

  it('holds back small counts and anything that would give them away', () => {
    const { perActivity, total } = protectReach([
      { participants: 40, firstTimers: 12 },
      { participants: 3, firstTimers: 1 },
      { participants: 25, firstTimers: 10 },
    ]);
    expect(perActivity[0]).toEqual({ participants: 40, firstTimers: 12 });
    expect(perActivity[1]!.participants).toBeNull();
    expect(perActivity[1]!.firstTimers).toBeNull();
    // The small activity cannot be found back from the total minus the other two.
    const shownParticipants = [total.participants, perActivity[0]!.participants, perActivity[2]!.participants];
    expect(shownParticipants.includes(null)).toBe(true);
  });

  it('shows nothing to protect for an empty register', () => {
    expect(protectReach([])).toEqual({ perActivity: [], total: { participants: 0, firstTimers: 0 } });
  });
});

describe('activity counts', () => {
  it('counts per kind and per theme, activities without a theme under none', () => {
    const { byKind, byTheme } = activityCounts([
      { kind: 'collective_activity', themeIds: [theme] },
      { kind: 'collective_activity', themeIds: [theme, otherTheme] },
      { kind: 'physical_change', themeIds: [] },
    ]);
    expect(byKind).toEqual([
      { kind: 'personal_connection', count: 0 },
      { kind: 'collective_activity', count: 2 },
      { kind: 'physical_change', count: 1 },
    ]);
    expect(byTheme.find((t) => t.themeId === theme)!.counts.find((c) => c.kind === 'collective_activity')!.count).toBe(2);
    expect(byTheme.find((t) => t.themeId === otherTheme)!.counts.find((c) => c.kind === 'collective_activity')!.count).toBe(1);
    expect(byTheme.find((t) => t.themeId === null)!.counts.find((c) => c.kind === 'physical_change')!.count).toBe(1);
  });
});
