import { lazy, Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectionGroupKind, StoryComparison, StoryTellerKind } from '@thuis/domain';
import { DataTable, Loading, Paragraph, QueryState, Section } from '../../ui';
import { formatNumber } from '../../lib/numbers';
import { useStoryComparison } from './hooks';

const StoryComparisonChart = lazy(() => import('./StoryComparisonChart'));

type Row = StoryComparison['selected']['rows'][number];

/** Which kinds of tellers told stories, and whose stories each kind of group selected. */
export function StoryComparisonSection({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const comparison = useStoryComparison(projectId);
  const count = (n: number | null) => (n === null ? t('storiesPage.suppressed') : formatNumber(n, i18n.language));
  const tellerLabel = useCallback((k: StoryTellerKind) => t(`storiesPage.tellerKinds.${k}`), [t]);
  const groupLabel = useCallback((k: SelectionGroupKind) => t(`storiesPage.groupKinds.${k}`), [t]);
  return (
    <Section id="vergelijking" title={t('storiesPage.compareTitle')}>
      <Paragraph>{t('storiesPage.compareIntro')}</Paragraph>
      <QueryState query={comparison}>
        {(c) => {
          type ThemeRow = StoryComparison['byTheme'][number] & { key: string; label: string };
          const themeRows: ThemeRow[] = [
            ...c.byTheme.map((r) => ({ ...r, key: r.themeId ?? 'none', label: r.themeId ? r.themeName : t('storiesPage.noTheme') })),
            { themeId: null, themeName: '', counts: c.told.counts, total: c.told.total, key: 'total', label: t('storiesPage.total') },
          ];
          const summary = t('storiesPage.chartSummary', {
            groups: c.selected.rows
              .map((r) => `${groupLabel(r.groupKind)}: ${c.tellerKinds.map((k, i) => `${tellerLabel(k)} ${count(r.counts[i] ?? null)}`).join(', ')}`)
              .join('; '),
          });
          return (
            <>
              {c.exact ? null : <Paragraph>{t('storiesPage.protected')}</Paragraph>}
              <DataTable
                caption={t('storiesPage.toldCaption')}
                rows={themeRows}
                rowKey={(r) => r.key}
                columns={[
                  { label: t('fields.themeId'), cell: (r) => r.label },
                  ...c.tellerKinds.map((k, i) => ({ label: tellerLabel(k), cell: (r: ThemeRow) => count(r.counts[i] ?? null) })),
                  { label: t('storiesPage.total'), cell: (r) => count(r.total) },
                ]}
              />
              {c.selected.rows.length === 0 ? (
                <Paragraph>{t('storiesPage.noRoundsYet')}</Paragraph>
              ) : (
                <>
                  {c.selected.rows.some((r) => r.counts.some((n) => n !== null && n > 0)) ? (
                    <Suspense fallback={<Loading>{t('app.loading')}</Loading>}>
                      <StoryComparisonChart comparison={c} tellerLabel={tellerLabel} groupLabel={groupLabel} summary={summary} />
                    </Suspense>
                  ) : null}
                  <DataTable
                    caption={t('storiesPage.selectedCaption')}
                    rows={[
                      ...c.selected.rows,
                      {
                        groupKind: 'total',
                        rounds: c.selected.rows.reduce((s, r) => s + r.rounds, 0),
                        counts: c.selected.columnTotals,
                        total: c.selected.total,
                      } as Row | (Omit<Row, 'groupKind'> & { groupKind: 'total' }),
                    ]}
                    rowKey={(r) => r.groupKind}
                    columns={[
                      { label: t('fields.groupKind'), cell: (r) => (r.groupKind === 'total' ? t('storiesPage.total') : groupLabel(r.groupKind)) },
                      { label: t('storiesPage.rounds'), cell: (r) => formatNumber(r.rounds, i18n.language) },
                      ...c.tellerKinds.map((k, i) => ({ label: tellerLabel(k), cell: (r: { counts: (number | null)[] }) => count(r.counts[i] ?? null) })),
                      { label: t('storiesPage.total'), cell: (r) => count(r.total) },
                    ]}
                  />
                </>
              )}
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}
