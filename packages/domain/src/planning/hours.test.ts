import { describe, expect, it } from 'vitest';
import { defaultHourBudget, hoursOverview } from './hours.js';

describe('hoursOverview', () => {
  it('computes the Spoorbuurt budget from the handbook model', () => {
    const overview = hoursOverview(defaultHourBudget(), 499, []);
    const budget = Object.fromEntries(overview.map((o) => [o.phase, o.budget]));
    expect(budget).toEqual({ preparation: 0, home_visits: 1996, neighbourhood_picture: 150, social_connecting: 200, evaluation: 10 });
  });
  it('sums booked hours per phase and per organisation', () => {
    const overview = hoursOverview(defaultHourBudget(), 104, [
      { phase: 'home_visits', organisationId: 'welfare', hours: 2.5 },
      { phase: 'home_visits', organisationId: 'welfare', hours: 1.25 },
      { phase: 'home_visits', organisationId: 'corporation', hours: 4 },
    ]);
    expect(overview.find((o) => o.phase === 'home_visits')).toEqual({
      phase: 'home_visits',
      budget: 416,
      actual: 7.75,
      byOrganisation: [
        { organisationId: 'welfare', hours: 3.75 },
        { organisationId: 'corporation', hours: 4 },
      ],
    });
  });
  it('uses edited figures', () => {
    const lines = defaultHourBudget().map((l) => (l.key === 'intake' ? { ...l, hours: 3 } : l));
    expect(hoursOverview(lines, 10, []).find((o) => o.phase === 'home_visits')?.budget).toBe(30);
  });
});
