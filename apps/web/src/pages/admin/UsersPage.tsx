import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ActionLabel, Alert, ButtonLink, DataTable, PageTitle, QueryState, StatusBadge } from '../../ui';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useUsers } from '../../features/users/hooks';
import { AdminNav } from './AdminNav';

export function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('users.title'));
  const users = useUsers();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;

  return (
    <>
      <AdminNav />
      <PageTitle
        title={t('users.title')}
        lead={t('users.intro')}
        actions={
          <ButtonLink to="/admin/users/new" appearance="primary">
            {t('users.new')}
          </ButtonLink>
        }
      />
      {flash ? <Alert type="ok">{flash}</Alert> : null}
      <QueryState query={users} empty={t('users.empty')}>
        {(list) => (
          <DataTable
            caption={t('users.title')}
            rows={list}
            rowKey={(u) => u.id}
            columns={[
              { label: t('fields.displayName'), cell: (u) => u.displayName },
              { label: t('fields.email'), cell: (u) => u.email, className: 'thuis-break' },
              { label: t('fields.organisationId'), cell: (u) => u.organisationName },
              {
                label: t('users.rights'),
                cell: (u) =>
                  [u.isAdmin ? t('users.admin') : null, u.canCreateProjects ? t('users.starter') : null].filter(Boolean).join(', ') || t('common.none'),
              },
              {
                label: t('users.status'),
                cell: (u) => <StatusBadge tone={u.active ? 'done' : 'neutral'}>{u.active ? t('users.active') : t('users.inactive')}</StatusBadge>,
              },
              {
                label: t('common.actions'),
                cell: (u) => (
                  <ButtonLink to={`/admin/users/${u.id}/edit`} appearance="secondary">
                    <ActionLabel visible={t('common.edit')} full={t('users.edit', { name: u.displayName })} />
                  </ButtonLink>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
