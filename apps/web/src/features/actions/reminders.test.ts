import { describe, expect, it } from 'vitest';
import { groupRemindersByProject } from './reminders';

describe('overdue reminders', () => {
  it('groups per project by name, the longest overdue first', () => {
    const groups = groupRemindersByProject([
      { id: '1', projectId: 'p2', projectName: 'Spoorbuurt', title: 'Bellen', dueOn: '2026-03-05' },
      { id: '2', projectId: 'p1', projectName: 'Lankforst', title: 'Langsgaan', dueOn: '2026-03-04' },
      { id: '3', projectId: 'p2', projectName: 'Spoorbuurt', title: 'Aanvraag', dueOn: '2026-03-01' },
    ]);
    expect(groups.map((g) => [g.projectName, g.actions.map((a) => a.id)])).toEqual([
      ['Lankforst', ['2']],
      ['Spoorbuurt', ['3', '1']],
    ]);
  });

  it('gives nothing for no reminders', () => {
    expect(groupRemindersByProject([])).toEqual([]);
  });
});
