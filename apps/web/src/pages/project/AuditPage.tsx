import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ProjectDetail } from '@thuis/domain';
import { Alert, Button, ButtonGroup, CheckboxField, DataTable, Link, Paragraph, QueryState, Section, SelectField, type Option } from '../../ui';
import { formatDateTime } from '../../lib/dates';
import { useSearchParamUpdate } from '../../lib/useSearchParamUpdate';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import type { AuditEntry } from '../../features/audit/api';
import { auditActionLabel, auditActor, auditResourceTypeLabel, auditSubjectLabel, formatAuditDetails } from '../../features/audit/details';
import { useAuditText } from '../../features/audit/useAuditText';
import {
  auditActions,
  auditFilterKeys,
  auditFiltersFromParams,
  auditResourceTypes,
  hasAuditFilters,
  readAction,
  type AuditFilters,
} from '../../features/audit/filters';
import { useAuditLog } from '../../features/audit/hooks';

export function AuditPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="project.audit.read" title={t('auditPage.title')} lead={t('auditPage.intro')}>
      {(project) => <AuditView project={project} />}
    </ProjectSubPage>
  );
}

function AuditView({ project }: { project: ProjectDetail }) {
  const [params, update] = useSearchParamUpdate();
  const filters = useMemo(() => auditFiltersFromParams(params), [params]);
  return (
    <>
      <Filters filters={filters} onChange={update} />
      <AuditList project={project} filters={filters} />
    </>
  );
}

/** The known codes, translated and in alphabetical order; a code from the address the app does not know is kept, as is. */
function codeOptions(codes: readonly string[], current: string | undefined, label: (code: string) => string): Option[] {
  const options = codes.map((c) => ({ value: c, label: label(c) })).sort((a, b) => a.label.localeCompare(b.label));
  return current && !codes.includes(current) ? [...options, { value: current, label: current }] : options;
}

function Filters({ filters, onChange }: { filters: AuditFilters; onChange: (changes: Record<string, string | null>) => void }) {
  const { t } = useTranslation();
  const text = useAuditText();
  // The address changes in a transition; the checkbox follows the click at once.
  const [readOnly, setReadOnly] = useState(filters.action === readAction);
  useEffect(() => setReadOnly(filters.action === readAction), [filters.action]);
  return (
    <>
      <div className="thuis-filter-form thuis-no-print" role="group" aria-label={t('auditPage.filters')}>
        <SelectField
          label={t('auditPage.filterResourceType')}
          placeholder={t('auditPage.allResourceTypes')}
          value={filters.resourceType ?? ''}
          // Another kind of item: the lines about one item of the previous kind no longer fit.
          onChange={(e) => onChange({ resourceType: e.target.value, resourceId: null })}
          options={codeOptions(auditResourceTypes, filters.resourceType, (c) => auditResourceTypeLabel(text, c))}
        />
        <SelectField
          label={t('auditPage.filterAction')}
          placeholder={t('auditPage.allActions')}
          value={filters.action ?? ''}
          onChange={(e) => onChange({ action: e.target.value })}
          options={codeOptions(auditActions, filters.action, (c) => auditActionLabel(text, c))}
        />
        <CheckboxField
          label={t('auditPage.readOnly')}
          checked={readOnly}
          onChange={(e) => {
            setReadOnly(e.target.checked);
            onChange({ action: e.target.checked ? readAction : null });
          }}
        />
        {hasAuditFilters(filters) ? (
          <ButtonGroup>
            <Button appearance="subtle" onClick={() => onChange(Object.fromEntries(auditFilterKeys.map((k) => [k, null])))}>
              {t('auditPage.clearFilters')}
            </Button>
          </ButtonGroup>
        ) : null}
      </div>
      {filters.resourceId ? <OneItemNotice resourceType={filters.resourceType} /> : null}
      {filters.householdId ? <OneHouseholdNotice /> : null}
    </>
  );
}

/** Shown when a link (e.g. "who has viewed this?" at a referral) limited the log to one item. */
function OneItemNotice({ resourceType }: { resourceType: string | undefined }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const referral = resourceType === 'referral';
  const withoutItem = new URLSearchParams(params);
  withoutItem.delete('resourceId');
  return (
    <Alert type="info">
      <Paragraph>
        {referral ? t('auditPage.oneReferral') : t('auditPage.oneItem')}{' '}
        <Link to={{ search: withoutItem.toString() }} replace>
          {referral ? t('auditPage.showAllReferrals') : t('auditPage.showAllItems')}
        </Link>
      </Paragraph>
    </Alert>
  );
}

/** Shown when the log is limited to who saw one household (its own lines and the lists that showed it). */
function OneHouseholdNotice() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const withoutHousehold = new URLSearchParams(params);
  withoutHousehold.delete('householdId');
  return (
    <Alert type="info">
      <Paragraph>
        {t('auditPage.oneHousehold')}{' '}
        <Link to={{ search: withoutHousehold.toString() }} replace>
          {t('auditPage.showAllHouseholds')}
        </Link>
      </Paragraph>
    </Alert>
  );
}

function AuditList({ project, filters }: { project: ProjectDetail; filters: AuditFilters }) {
  const { t } = useTranslation();
  const log = useAuditLog(project.id, filters);
  // A failed "load older lines" keeps the lines already shown; only a first load without lines shows just the error.
  const firstLoad = { isPending: log.isPending, isError: log.isError && !log.data, error: log.error, data: log.data };
  return (
    <Section title={t('auditPage.listTitle')}>
      <QueryState query={firstLoad}>
        {(data) => {
          const entries = data.pages.flatMap((p) => p.entries);
          if (entries.length === 0) return <Paragraph>{hasAuditFilters(filters) ? t('auditPage.noneFiltered') : t('auditPage.none')}</Paragraph>;
          return (
            <>
              <Paragraph>
                {t('auditPage.count', { count: entries.length })}
                {log.hasNextPage ? ` ${t('auditPage.countMore')}` : ''}
              </Paragraph>
              <AuditTable entries={entries} />
              {log.hasNextPage ? (
                <ButtonGroup className="thuis-no-print">
                  <Button appearance="secondary" busy={log.isFetchingNextPage} disabled={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
                    {log.isFetchingNextPage ? t('auditPage.loadingMore') : t('auditPage.loadMore')}
                  </Button>
                </ButtonGroup>
              ) : null}
              {log.isError ? <Alert type="error">{log.error?.message ?? t('common.loadFailed')}</Alert> : null}
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}

function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const text = useAuditText();
  return (
    <DataTable
      caption={t('auditPage.tableCaption')}
      rows={entries}
      rowKey={(e) => e.id}
      columns={[
        { label: t('auditPage.when'), cell: (e) => <span className="thuis-nowrap">{formatDateTime(e.at, text.locale)}</span> },
        { label: t('auditPage.who'), cell: (e) => auditActor(text, e) },
        { label: t('auditPage.action'), cell: (e) => auditActionLabel(text, e.action) },
        { label: t('auditPage.resourceType'), cell: (e) => auditSubjectLabel(text, e) },
        { label: t('auditPage.details'), cell: (e) => formatAuditDetails(text, e) },
      ]}
    />
  );
}
