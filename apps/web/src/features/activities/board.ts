import { activityStatuses, type Activity, type ActivityInput, type ActivityStatus } from '@thuis/domain';

/** The board: one column per status, in the order of the register's life (proposed … stopped). */
export function boardColumns(activities: readonly Activity[]): { status: ActivityStatus; activities: Activity[] }[] {
  return activityStatuses.map((status) => ({ status, activities: activities.filter((a) => a.status === status) }));
}

/** The input that saves an activity as it is, with the given changes (e.g. moving it on the board). */
export function inputOf(a: Activity, changes: Partial<ActivityInput> = {}): ActivityInput {
  return {
    kind: a.kind,
    title: a.title,
    description: a.description,
    status: a.status,
    themeIds: a.themes.map((t) => t.id),
    place: a.place,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    recurrence: a.recurrence,
    recurrenceNote: a.recurrenceNote,
    buildingPhaseId: a.buildingPhaseId,
    ownerIds: a.owners.map((o) => o.id),
    residentOrganisers: a.residentOrganisers,
    residentOrganisersNote: a.residentOrganisersNote,
    // A partner named by organisation keeps only its id: the server shows the organisation's current name.
    partners: a.partners.map((p) => ({ ...p, name: p.organisationId ? '' : p.name })),
    budgetEuros: a.budgetEuros,
    budgetHours: a.budgetHours,
    lasts: a.lasts,
    successorOwner: a.successorOwner,
    ...changes,
  };
}
