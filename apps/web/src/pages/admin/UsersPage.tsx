import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import {
  ActionLabel,
  Alert,
  ButtonLink,
  Loading,
  PageTitle,
  Paragraph,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '../../ui';
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
      {users.isPending ? (
        <Loading>{t('app.loading')}</Loading>
      ) : users.isError ? (
        <Alert type="error">{users.error.message}</Alert>
      ) : users.data.length === 0 ? (
        <Paragraph>{t('users.empty')}</Paragraph>
      ) : (
        <Table caption={t('users.title')}>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t('fields.displayName')}</TableHeaderCell>
              <TableHeaderCell>{t('fields.email')}</TableHeaderCell>
              <TableHeaderCell>{t('fields.organisationId')}</TableHeaderCell>
              <TableHeaderCell>{t('users.rights')}</TableHeaderCell>
              <TableHeaderCell>{t('users.status')}</TableHeaderCell>
              <TableHeaderCell>{t('common.actions')}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {users.data.map((u) => (
              <TableRow key={u.id}>
                <TableCell label={t('fields.displayName')}>{u.displayName}</TableCell>
                <TableCell label={t('fields.email')} className="thuis-break">
                  {u.email}
                </TableCell>
                <TableCell label={t('fields.organisationId')}>{u.organisationName}</TableCell>
                <TableCell label={t('users.rights')}>
                  {[u.isAdmin ? t('users.admin') : null, u.canCreateProjects ? t('users.starter') : null].filter(Boolean).join(', ') ||
                    t('common.none')}
                </TableCell>
                <TableCell label={t('users.status')}>
                  <StatusBadge tone={u.active ? 'done' : 'neutral'}>{u.active ? t('users.active') : t('users.inactive')}</StatusBadge>
                </TableCell>
                <TableCell label={t('common.actions')}>
                  <ButtonLink to={`/admin/users/${u.id}/edit`} appearance="secondary">
                    <ActionLabel visible={t('common.edit')} full={t('users.edit', { name: u.displayName })} />
                  </ButtonLink>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
