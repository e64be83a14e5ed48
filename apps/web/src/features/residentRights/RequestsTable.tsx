import { useTranslation } from 'react-i18next';
import type { ResidentRequest } from '@thuis/domain';
import { ActionLabel, ButtonGroup, DataTable, DownloadLink, StatusBadge } from '../../ui';
import { formatDate } from '../../lib/dates';
import { exportJsonUrl, exportPdfUrl } from './api';
import { CompleteRequest } from './CompleteRequest';

/** One page of requests: what was asked, when it came in, when it is due (overdue stands out) and what to do. */
export function RequestsTable({ projectId, requests }: { projectId: string; requests: readonly ResidentRequest[] }) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable
      caption={t('residentRights.tableCaption')}
      rows={requests}
      rowKey={(r) => r.id}
      columns={[
        { label: t('residentRights.address'), cell: (r) => r.address || '–' },
        { label: t('residentRights.kind'), cell: (r) => t(`residentRights.kinds.${r.kind}`) },
        { label: t('residentRights.receivedOn'), cell: (r) => formatDate(r.receivedOn, i18n.language) },
        { label: t('residentRights.dueOn'), cell: (r) => formatDate(r.dueOn, i18n.language) },
        {
          label: t('residentRights.status'),
          cell: (r) =>
            r.status === 'done' ? (
              <StatusBadge tone="done">{t('residentRights.statuses.done')}</StatusBadge>
            ) : r.overdue ? (
              <StatusBadge tone="danger">{t('residentRights.statuses.overdue')}</StatusBadge>
            ) : (
              <StatusBadge tone="active">{t('residentRights.statuses.open')}</StatusBadge>
            ),
        },
        {
          label: t('residentRights.actions'),
          cell: (r) => (
            <ButtonGroup>
              {r.kind === 'access' ? (
                <>
                  <DownloadLink href={exportPdfUrl(projectId, r.id)}>
                    <ActionLabel visible={t('residentRights.downloadPdf')} full={t('residentRights.downloadPdfFull', { address: r.address })} />
                  </DownloadLink>
                  <DownloadLink href={exportJsonUrl(projectId, r.id)}>
                    <ActionLabel visible={t('residentRights.downloadJson')} full={t('residentRights.downloadJsonFull', { address: r.address })} />
                  </DownloadLink>
                </>
              ) : null}
              {r.status === 'open' ? <CompleteRequest projectId={projectId} request={r} /> : null}
            </ButtonGroup>
          ),
        },
      ]}
    />
  );
}
