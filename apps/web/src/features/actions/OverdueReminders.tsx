import { useTranslation } from 'react-i18next';
import { Alert, Link } from '../../ui';
import { formatShortDate } from '../../lib/dates';
import { useMyReminders } from './hooks';
import { groupRemindersByProject } from './reminders';

/** "Je hebt 3 acties over tijd": the signed-in person's own overdue actions, with a link per project. */
export function OverdueReminders({ userId }: { userId: string }) {
  const { t, i18n } = useTranslation();
  const reminders = useMyReminders();
  const list = reminders.data ?? [];
  if (list.length === 0) return null;
  return (
    <Alert type="warning" title={t('overdueReminders.title', { count: list.length })}>
      <ul className="utrecht-unordered-list thuis-reminders">
        {groupRemindersByProject(list).map((group) => (
          <li className="utrecht-unordered-list__item" key={group.projectId}>
            {/* The project's name stays outside the link: the project card below is the link named after the project. */}
            <strong>{group.projectName}</strong>
            {': '}
            <Link to={`/projects/${group.projectId}/actions?overdue=true&ownerId=${userId}`}>
              {t('overdueReminders.projectLink', { count: group.actions.length })}
            </Link>
            <ul className="utrecht-unordered-list">
              {group.actions.map((a) => (
                <li className="utrecht-unordered-list__item" key={a.id}>
                  {t('overdueReminders.action', { title: a.title, date: formatShortDate(a.dueOn, i18n.language) })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
