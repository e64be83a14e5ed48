import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Organisation } from '@thuis/domain';
import {
  ActionLabel,
  Alert,
  Button,
  ButtonGroup,
  ButtonLink,
  FormProblem,
  Loading,
  PageTitle,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '../../ui';
import { useActionFeedback } from '../../lib/useActionProblem';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useDeleteOrganisation, useOrganisations } from '../../features/organisations/hooks';
import { AdminNav } from './AdminNav';

export function OrganisationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisations.title'));
  const organisations = useOrganisations();
  const remove = useDeleteOrganisation();
  const feedback = useActionFeedback();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;

  const onDelete = async (o: Organisation) => {
    if (!window.confirm(t('organisations.confirmDelete', { name: o.name }))) return;
    feedback.clear();
    try {
      await remove.mutateAsync(o.id);
      feedback.ok(t('organisations.deleted', { name: o.name }));
    } catch (error) {
      feedback.fail(error);
    }
  };

  return (
    <>
      <AdminNav />
      <PageTitle
        title={t('organisations.title')}
        lead={t('organisations.intro')}
        actions={
          <ButtonLink to="/admin/organisations/new" appearance="primary">
            {t('organisations.new')}
          </ButtonLink>
        }
      />
      {flash && !feedback.success && !feedback.problem ? <Alert type="ok">{flash}</Alert> : null}
      <FormProblem problem={feedback.problem} />
      {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
      {organisations.isPending ? (
        <Loading>{t('app.loading')}</Loading>
      ) : organisations.isError ? (
        <Alert type="error">{organisations.error.message}</Alert>
      ) : organisations.data.length === 0 ? (
        <Paragraph>{t('organisations.empty')}</Paragraph>
      ) : (
        <>
          <Table caption={t('organisations.title')}>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('fields.name')}</TableHeaderCell>
                <TableHeaderCell>{t('fields.type')}</TableHeaderCell>
                <TableHeaderCell>{t('organisations.users')}</TableHeaderCell>
                <TableHeaderCell>{t('common.actions')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {organisations.data.map((o) => (
                <TableRow key={o.id}>
                  <TableCell label={t('fields.name')}>{o.name}</TableCell>
                  <TableCell label={t('fields.type')}>{t(`organisationTypes.${o.type}`)}</TableCell>
                  <TableCell label={t('organisations.users')} className="thuis-number">
                    {o.userCount}
                  </TableCell>
                  <TableCell label={t('common.actions')}>
                    <ButtonGroup>
                      <ButtonLink to={`/admin/organisations/${o.id}/edit`} appearance="secondary">
                        <ActionLabel visible={t('common.edit')} full={t('organisations.edit', { name: o.name })} />
                      </ButtonLink>
                      {o.userCount === 0 ? (
                        <Button
                          appearance="subtle"
                          danger
                          disabled={remove.isPending}
                          onClick={() => void onDelete(o)}
                        >
                          <ActionLabel visible={t('common.delete')} full={t('organisations.delete', { name: o.name })} />
                        </Button>
                      ) : null}
                    </ButtonGroup>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Paragraph className="thuis-muted">{t('organisations.inUseHint')}</Paragraph>
        </>
      )}
    </>
  );
}
