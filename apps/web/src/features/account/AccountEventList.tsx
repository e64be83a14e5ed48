import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { auditList } from '@thuis/domain';
import { Alert, Button, ButtonGroup, DataTable, Paragraph, QueryState } from '../../ui';
import { formatDateTime } from '../../lib/dates';
import { auditActionLabel, auditActor, formatAuditDetails } from '../audit/details';
import { useAuditText } from '../audit/useAuditText';

type Page = z.infer<typeof auditList>;

/**
 * Account events, newest first, page by page from the server. `showAccount` adds whose account it is
 * (the administrator's list of all accounts); a failed log-in on an unknown address has none.
 */
export function AccountEventList({ query, showAccount }: { query: UseInfiniteQueryResult<InfiniteData<Page>>; showAccount: boolean }) {
  const { t } = useTranslation();
  const text = useAuditText();
  // A failed "load older" keeps the lines already shown.
  const firstLoad = { isPending: query.isPending, isError: query.isError && !query.data, error: query.error, data: query.data };
  return (
    <QueryState query={firstLoad}>
      {(data) => {
        const entries = data.pages.flatMap((p) => p.entries);
        if (entries.length === 0) return <Paragraph>{t('accountEvents.none')}</Paragraph>;
        return (
          <>
            <DataTable
              caption={t('accountEvents.caption')}
              rows={entries}
              rowKey={(e) => e.id}
              columns={[
                { label: t('accountEvents.when'), cell: (e) => <span className="thuis-nowrap">{formatDateTime(e.at, text.locale)}</span> },
                { label: t('accountEvents.what'), cell: (e) => auditActionLabel(text, e.action) },
                showAccount && { label: t('accountEvents.whose'), cell: (e) => e.subjectName ?? t('accountEvents.unknownAccount') },
                { label: t('accountEvents.who'), cell: (e) => auditActor(text, e) },
                { label: t('accountEvents.details'), cell: (e) => formatAuditDetails(text, e) },
              ]}
            />
            {query.hasNextPage ? (
              <ButtonGroup>
                <Button appearance="secondary" busy={query.isFetchingNextPage} disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                  {query.isFetchingNextPage ? t('accountEvents.loadingMore') : t('accountEvents.loadMore')}
                </Button>
              </ButtonGroup>
            ) : null}
            {query.isError ? <Alert type="error">{query.error?.message ?? t('common.loadFailed')}</Alert> : null}
          </>
        );
      }}
    </QueryState>
  );
}
