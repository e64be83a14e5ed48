import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Organisation } from '@thuis/domain';
import { ActionLabel, Alert, Button, ButtonGroup, ButtonLink, DataTable, FormProblem, PageTitle, Paragraph, QueryState } from '../../ui';
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
    await feedback.run(() => remove.mutateAsync(o.id), t('organisations.deleted', { name: o.name }));
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
      <QueryState query={organisations} empty={t('organisations.empty')}>
        {(list) => (
          <>
            <DataTable
              caption={t('organisations.title')}
              rows={list}
              rowKey={(o) => o.id}
              columns={[
                { label: t('fields.name'), cell: (o) => o.name },
                { label: t('fields.type'), cell: (o) => t(`organisationTypes.${o.type}`) },
                { label: t('organisations.users'), cell: (o) => o.userCount, className: 'thuis-number' },
                {
                  label: t('common.actions'),
                  cell: (o) => (
                    <ButtonGroup>
                      <ButtonLink to={`/admin/organisations/${o.id}/edit`} appearance="secondary">
                        <ActionLabel visible={t('common.edit')} full={t('organisations.edit', { name: o.name })} />
                      </ButtonLink>
                      {o.userCount === 0 ? (
                        <Button appearance="subtle" danger disabled={remove.isPending} onClick={() => void onDelete(o)}>
                          <ActionLabel visible={t('common.delete')} full={t('organisations.delete', { name: o.name })} />
                        </Button>
                      ) : null}
                    </ButtonGroup>
                  ),
                },
              ]}
            />
            <Paragraph className="thuis-muted">{t('organisations.inUseHint')}</Paragraph>
          </>
        )}
      </QueryState>
    </>
  );
}
