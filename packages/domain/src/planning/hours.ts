import type { PhaseKey } from '../projects/phases.js';

/** The handbook's hour model (appendix 2): intake hours per address, fixed hours for the rest. */
export const hourBudgetLineKeys = ['preparation', 'intake', 'analysis', 'sharing', 'connecting', 'evaluation'] as const;
export type HourBudgetLineKey = (typeof hourBudgetLineKeys)[number];

export interface HourBudgetLine {
  key: HourBudgetLineKey;
  phase: PhaseKey;
  mode: 'per_address' | 'fixed';
  hours: number;
}

/** Defaults from the Spoorbuurt figures: 4 h per intake address, 100 h analysis and report, 50 h sharing, 200 h connecting, 10 h evaluation. */
export function defaultHourBudget(): HourBudgetLine[] {
  return [
    { key: 'preparation', phase: 'preparation', mode: 'fixed', hours: 0 },
    { key: 'intake', phase: 'home_visits', mode: 'per_address', hours: 4 },
    { key: 'analysis', phase: 'neighbourhood_picture', mode: 'fixed', hours: 100 },
    { key: 'sharing', phase: 'neighbourhood_picture', mode: 'fixed', hours: 50 },
    { key: 'connecting', phase: 'social_connecting', mode: 'fixed', hours: 200 },
    { key: 'evaluation', phase: 'evaluation', mode: 'fixed', hours: 10 },
  ];
}

export function lineHours(line: HourBudgetLine, addressCount: number): number {
  return line.mode === 'per_address' ? line.hours * addressCount : line.hours;
}

export interface HourBooking {
  phase: PhaseKey;
  organisationId: string;
  hours: number;
}

/** Budget against booked hours per phase, and booked hours per organisation within each phase. */
export function hoursOverview(lines: readonly HourBudgetLine[], addressCount: number, bookings: readonly HourBooking[]) {
  const phases = [...new Set(lines.map((l) => l.phase))];
  const allPhases = [...new Set([...phases, ...bookings.map((b) => b.phase)])];
  return allPhases.map((phase) => {
    const budget = lines.filter((l) => l.phase === phase).reduce((sum, l) => sum + lineHours(l, addressCount), 0);
    const inPhase = bookings.filter((b) => b.phase === phase);
    const byOrganisation = new Map<string, number>();
    for (const b of inPhase) byOrganisation.set(b.organisationId, (byOrganisation.get(b.organisationId) ?? 0) + b.hours);
    const actual = inPhase.reduce((sum, b) => sum + b.hours, 0);
    return {
      phase,
      budget: round2(budget),
      actual: round2(actual),
      byOrganisation: [...byOrganisation].map(([organisationId, hours]) => ({ organisationId, hours: round2(hours) })),
    };
  });
}

// Hours are booked in quarters; sums are shown with at most two decimals.
const round2 = (n: number) => Math.round(n * 100) / 100;
