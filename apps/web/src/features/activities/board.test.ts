import { describe, expect, it } from 'vitest';
import type { Activity } from '@thuis/domain';
import { boardColumns, inputOf } from './board';
import { activityQueryString, filtersFromParams, hasFilters } from './filters';
import { activityChartOption } from './progressChart';

const activity = (over: Partial<Activity>): Activity => ({
  id: '6f1c1f4e-8a4c-4f7e-9d2a-0c3b1a2d3e4f',
  kind: 'collective_activity',
  title: 'Wandelclub',
  description: '',
  status: 'running',
  themes: [{ id: '7a2d2f5e-9b5d-4a8f-8e3b-1d4c2b3e4f50', name: 'Ontmoeting' }],
  place: '',
  startsOn: null,
  endsOn: null,
  recurrence: 'weekly',
  recurrenceNote: '',
  buildingPhaseId: null,
  buildingPhaseName: null,
  owners: [{ id: '8b3e3a6f-0c6e-4b9a-9f4c-2e5d3c4f5a61', name: 'Marieke' }],
  residentOrganisers: 2,
  residentOrganisersNote: '',
  partners: [
    {
      organisationId: '9c4f4b7a-1d7f-4cab-8a5d-3f6e4d5a6b72',
      name: 'Gemeente',
      request: 'Vergunning',
      requestedOn: null,
      decision: 'pending',
      decidedOn: null,
      decisionNote: '',
    },
  ],
  budgetEuros: null,
  budgetHours: 10,
  bookedHours: 0,
  reach: { participants: 12, firstTimers: 3 },
  lasts: false,
  successorOwner: '',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('activity board', () => {
  it('has a column per status in the order of the register, each with its activities', () => {
    const columns = boardColumns([activity({ status: 'done', title: 'Bankjes' }), activity({ status: 'proposed', title: 'Moestuin' })]);
    expect(columns.map((c) => c.status)).toEqual(['proposed', 'planned', 'running', 'done', 'stopped']);
    expect(columns[0]!.activities.map((a) => a.title)).toEqual(['Moestuin']);
    expect(columns[3]!.activities.map((a) => a.title)).toEqual(['Bankjes']);
  });

  it('moves an activity by saving it as it is with another status, partners by organisation id only', () => {
    const input = inputOf(activity({}), { status: 'done' });
    expect(input).toMatchObject({
      status: 'done',
      themeIds: ['7a2d2f5e-9b5d-4a8f-8e3b-1d4c2b3e4f50'],
      ownerIds: ['8b3e3a6f-0c6e-4b9a-9f4c-2e5d3c4f5a61'],
      budgetHours: 10,
    });
    expect(input.partners[0]!.name).toBe('');
  });
});

describe('activity filters', () => {
  it('reads known filters from the address and leaves out the rest', () => {
    const filters = filtersFromParams(
      new URLSearchParams('kind=physical_change&status=bogus&themeId=not-a-uuid&buildingPhaseId=7a2d2f5e-9b5d-4a8f-8e3b-1d4c2b3e4f50'),
    );
    expect(filters).toEqual({ kind: 'physical_change', buildingPhaseId: '7a2d2f5e-9b5d-4a8f-8e3b-1d4c2b3e4f50' });
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters({})).toBe(false);
    expect(activityQueryString(filters)).toBe('kind=physical_change&buildingPhaseId=7a2d2f5e-9b5d-4a8f-8e3b-1d4c2b3e4f50&pageSize=500');
  });
});

describe('activity chart', () => {
  it('stacks a bar per theme by kind, activities without a theme under their own label', () => {
    const option = activityChartOption(
      [
        {
          themeId: '7a2d2f5e-9b5d-4a8f-8e3b-1d4c2b3e4f50',
          themeName: 'Ontmoeting',
          counts: [
            { kind: 'personal_connection', count: 0 },
            { kind: 'collective_activity', count: 3 },
            { kind: 'physical_change', count: 1 },
          ],
        },
        {
          themeId: null,
          themeName: '',
          counts: [
            { kind: 'personal_connection', count: 2 },
            { kind: 'collective_activity', count: 0 },
            { kind: 'physical_change', count: 0 },
          ],
        },
      ],
      { kind: (k) => k, noTheme: 'Zonder thema', description: 'x' },
    );
    expect(option.yAxis.data).toEqual(['Ontmoeting', 'Zonder thema']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['personal_connection', [0, 2]],
      ['collective_activity', [3, 0]],
      ['physical_change', [1, 0]],
    ]);
  });
});
