/** The five phases of the approach, in order (DOMAIN.md). */
export const phaseKeys = ['preparation', 'home_visits', 'neighbourhood_picture', 'social_connecting', 'evaluation'] as const;
export type PhaseKey = (typeof phaseKeys)[number];

export const phaseStatuses = ['not_started', 'in_progress', 'done'] as const;
export type PhaseStatus = (typeof phaseStatuses)[number];

export interface PhaseDates {
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  status: PhaseStatus;
}

export interface PhaseRecord extends PhaseDates {
  phase: PhaseKey;
}

/** Rule violations of one phase's dates and status, as (field, error key) pairs. */
export function phaseDateProblems(p: PhaseDates): { field: keyof PhaseDates; key: string }[] {
  const problems: { field: keyof PhaseDates; key: string }[] = [];
  // ISO dates compare correctly as strings.
  if (p.plannedStart && p.plannedEnd && p.plannedEnd < p.plannedStart) problems.push({ field: 'plannedEnd', key: 'errors.endBeforeStart' });
  if (p.actualStart && p.actualEnd && p.actualEnd < p.actualStart) problems.push({ field: 'actualEnd', key: 'errors.endBeforeStart' });
  if (p.actualEnd && !p.actualStart) problems.push({ field: 'actualStart', key: 'errors.startNeededForEnd' });
  if (p.status === 'not_started' && p.actualStart) problems.push({ field: 'status', key: 'errors.startedPhaseNotStarted' });
  if (p.status === 'in_progress' && !p.actualStart) problems.push({ field: 'actualStart', key: 'errors.inProgressNeedsStart' });
  if (p.status === 'done' && !p.actualEnd) problems.push({ field: 'actualEnd', key: 'errors.doneNeedsEnd' });
  if (p.status !== 'done' && p.actualEnd) problems.push({ field: 'status', key: 'errors.endedPhaseNotDone' });
  return problems;
}

export interface PhaseOverview {
  phase: PhaseKey;
  status: PhaseStatus;
  /** Planned end has passed while the phase is not done. */
  late: boolean;
}

export interface ProjectProgress {
  phases: PhaseOverview[];
  /** The phase the project is in now: the last one in progress, else the first not done; null when all are done. */
  current: PhaseKey | null;
  doneCount: number;
}

/** Where a project stands in the five phases on a given day (ISO date, Europe/Amsterdam). */
export function projectProgress(records: readonly PhaseRecord[], today: string): ProjectProgress {
  const byKey = new Map(records.map((r) => [r.phase, r]));
  const phases = phaseKeys.map((phase): PhaseOverview => {
    const r = byKey.get(phase);
    const status = r?.status ?? 'not_started';
    const late = status !== 'done' && !!r?.plannedEnd && r.plannedEnd < today;
    return { phase, status, late };
  });
  const inProgress = phases.filter((p) => p.status === 'in_progress').at(-1);
  const firstOpen = phases.find((p) => p.status !== 'done');
  return {
    phases,
    current: (inProgress ?? firstOpen)?.phase ?? null,
    doneCount: phases.filter((p) => p.status === 'done').length,
  };
}

/** Today's date in Europe/Amsterdam as YYYY-MM-DD. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}
