export interface Reminder {
  id: string;
  projectId: string;
  projectName: string;
  title: string;
  dueOn: string;
}

/** The overdue actions per project (projects by name), the longest overdue first within a project. */
export function groupRemindersByProject(reminders: readonly Reminder[]): { projectId: string; projectName: string; actions: Reminder[] }[] {
  const groups = new Map<string, { projectId: string; projectName: string; actions: Reminder[] }>();
  for (const r of reminders) {
    const group = groups.get(r.projectId) ?? { projectId: r.projectId, projectName: r.projectName, actions: [] };
    group.actions.push(r);
    groups.set(r.projectId, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.projectName.localeCompare(b.projectName, 'nl'))
    .map((g) => ({ ...g, actions: g.actions.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title, 'nl')) }));
}
