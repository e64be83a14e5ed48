import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { residentRequestStatuses, type ProjectDetail, type ResidentRequestStatus } from '@thuis/domain';
import { Alert, Button, ButtonGroup, Link, Paragraph, QueryState, Section, SelectField, StatusBadge } from '../../ui';
import { formatDateTime } from '../../lib/dates';
import { useSearchParamUpdate } from '../../lib/useSearchParamUpdate';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { PAGE_SIZE, type RequestFilters } from '../../features/residentRights/api';
import { useHouseholdPrivacy, useResidentRequests } from '../../features/residentRights/hooks';
import { NewRequestForm } from '../../features/residentRights/NewRequestForm';
import { RequestsTable } from '../../features/residentRights/RequestsTable';

/** Residents' requests under the GDPR (access, rectification, erasure, objection): per project, or for one household from its page. */
export function ResidentRequestsPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="residentsRights.handle" title={t('residentRights.title')} lead={t('residentRights.intro')}>
      {(project) => <ResidentRequestsView project={project} />}
    </ProjectSubPage>
  );
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function ResidentRequestsView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const [params, update] = useSearchParamUpdate();
  const filters = useMemo<RequestFilters>(() => {
    const householdId = params.get('householdId') ?? '';
    const status = params.get('status') ?? '';
    const page = Number(params.get('page') ?? '1');
    return {
      ...(uuid.test(householdId) ? { householdId } : {}),
      ...((residentRequestStatuses as readonly string[]).includes(status) ? { status: status as ResidentRequestStatus } : {}),
      page: Number.isInteger(page) && page > 0 ? page : 1,
    };
  }, [params]);
  const requests = useResidentRequests(project.id, filters);
  const back = params.get('back');

  return (
    <>
      {filters.householdId ? (
        <HouseholdPart projectId={project.id} householdId={filters.householdId} back={back?.startsWith(`/projects/${project.id}/`) ? back : null} />
      ) : null}
      <Section title={filters.householdId ? t('residentRights.householdRequests') : t('residentRights.allRequests')}>
        {filters.householdId ? (
          <p>
            <Link to={`/projects/${project.id}/resident-requests`}>{t('residentRights.showAll')}</Link>
          </p>
        ) : null}
        <div className="thuis-filter-form" role="group" aria-label={t('residentRights.filters')}>
          <SelectField
            label={t('residentRights.status')}
            placeholder={t('residentRights.allStatuses')}
            value={filters.status ?? ''}
            onChange={(e) => update({ status: e.target.value, page: null })}
            options={residentRequestStatuses.map((s) => ({ value: s, label: t(`residentRights.statuses.${s}`) }))}
          />
        </div>
        <QueryState query={requests}>
          {(data) => (
            <>
              {data.overdue > 0 ? <Alert type="warning">{t('residentRights.overdueCount', { count: data.overdue })}</Alert> : null}
              {data.requests.length === 0 ? (
                <Paragraph>{t('residentRights.none')}</Paragraph>
              ) : (
                <RequestsTable projectId={project.id} requests={data.requests} />
              )}
              {data.total > PAGE_SIZE ? (
                <ButtonGroup>
                  <Button appearance="subtle" disabled={data.page <= 1} onClick={() => update({ page: String(data.page - 1) })}>
                    {t('residentRights.previous')}
                  </Button>
                  <span className="thuis-muted">{t('residentRights.pageOf', { page: data.page, pages: Math.ceil(data.total / PAGE_SIZE) })}</span>
                  <Button appearance="subtle" disabled={data.page * PAGE_SIZE >= data.total} onClick={() => update({ page: String(data.page + 1) })}>
                    {t('residentRights.next')}
                  </Button>
                </ButtonGroup>
              ) : null}
            </>
          )}
        </QueryState>
      </Section>
    </>
  );
}

/** The household the page was opened for: whether it objected or was erased, and a form for a new request. */
function HouseholdPart({ projectId, householdId, back }: { projectId: string; householdId: string; back: string | null }) {
  const { t, i18n } = useTranslation();
  const privacy = useHouseholdPrivacy(projectId, householdId);
  return (
    <Section title={t('residentRights.newTitle')}>
      {back ? (
        <p>
          <Link to={back}>{t('residentRights.backToHousehold')}</Link>
        </p>
      ) : null}
      <QueryState query={privacy}>
        {(p) => (
          <ButtonGroup>
            {p.noContact ? <StatusBadge tone="danger">{t('residentRights.noContact')}</StatusBadge> : null}
            {p.identityErasedAt ? (
              <StatusBadge tone="neutral">{t('residentRights.erasedAt', { date: formatDateTime(p.identityErasedAt, i18n.language) })}</StatusBadge>
            ) : null}
          </ButtonGroup>
        )}
      </QueryState>
      <Paragraph>{t('residentRights.newIntro')}</Paragraph>
      <NewRequestForm projectId={projectId} householdId={householdId} />
    </Section>
  );
}
