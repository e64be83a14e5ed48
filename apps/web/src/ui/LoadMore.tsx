import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { ActionLabel } from './content';

/**
 * Below a paged list: how many of how many are shown (announced to screen readers when it changes)
 * and "Meer laden" while more follow.
 */
export function LoadMore({
  shown,
  total,
  hasMore,
  loading,
  onLoadMore,
  label,
}: {
  shown: number;
  total?: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** What the list holds, for the button's full name ("Meer laden: doorverwijzingen"). */
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="thuis-load-more thuis-no-print">
      <p className="thuis-hint" role="status" aria-live="polite">
        {total === undefined ? t('pagedLists.shownCount', { count: shown }) : t('pagedLists.shownOfTotal', { shown, count: total })}
      </p>
      {hasMore ? (
        <Button appearance="secondary" busy={loading} disabled={loading} onClick={onLoadMore}>
          {loading ? (
            t('app.loading')
          ) : label ? (
            <ActionLabel visible={t('pagedLists.loadMore')} full={t('pagedLists.loadMoreOf', { list: label })} />
          ) : (
            t('pagedLists.loadMore')
          )}
        </Button>
      ) : null}
    </div>
  );
}
