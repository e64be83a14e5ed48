import { useTranslation } from 'react-i18next';
import type { visitProgressGroup } from '@thuis/domain';
import type { z } from 'zod';
import { Paragraph, QueryState, Section, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '../../ui';
import { formatNumber } from '../../lib/numbers';
import { useVisitProgress } from './hooks';

type Group = z.output<typeof visitProgressGroup>;

/** "Voortgang": homes visited and with a social conversation, in total, per building phase and per sub-neighbourhood. */
export function VisitProgressSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const progress = useVisitProgress(projectId);
  return (
    <Section title={t('homeVisits.progress.title')}>
      <Paragraph>{t('homeVisits.progress.intro')}</Paragraph>
      <QueryState query={progress}>
        {(data) => (
          <>
            <ProgressGroups title={t('homeVisits.progress.total')} groups={[{ ...data.total, name: t('homeVisits.progress.allHomes') }]} />
            <ProgressGroups title={t('homeVisits.progress.byBuildingPhase')} groups={data.byBuildingPhase} />
            <ProgressGroups title={t('homeVisits.progress.bySubNeighbourhood')} groups={data.bySubNeighbourhood} />
          </>
        )}
      </QueryState>
    </Section>
  );
}

function ProgressGroups({ title, groups }: { title: string; groups: readonly Group[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (value: number) => formatNumber(value, lang);
  const pct = (value: number) => t('homeVisits.progress.percent', { value: formatNumber(value, lang, 0) });
  const summary = groups
    .map((g) =>
      t('homeVisits.progress.summary', {
        name: g.name,
        homes: n(g.homes),
        visited: n(g.visited),
        visitedPct: pct(g.visitedPct),
        withConversation: n(g.withConversation),
        conversationPct: pct(g.conversationPct),
      }),
    )
    .join(' ');
  return (
    <Section title={title} level={3}>
      {groups.length === 0 ? (
        <Paragraph>{t('homeVisits.progress.noGroups')}</Paragraph>
      ) : (
        <>
          <div className="thuis-bars" role="img" aria-label={summary}>
            {groups.map((g) => (
              <div className="thuis-bars__row" key={g.groupId ?? 'none'}>
                <span className="thuis-bars__name">{g.name}</span>
                <span className="thuis-bars__track">
                  <span className="thuis-bars__bar thuis-bars__bar--visited" style={{ inlineSize: `${Math.min(100, g.visitedPct)}%` }} />
                  <span className="thuis-bars__bar thuis-bars__bar--conversation" style={{ inlineSize: `${Math.min(100, g.conversationPct)}%` }} />
                </span>
                <span className="thuis-bars__value">
                  {pct(g.visitedPct)} / {pct(g.conversationPct)}
                </span>
              </div>
            ))}
          </div>
          <p className="thuis-bars__legend" aria-hidden="true">
            <span className="thuis-bars__key thuis-bars__key--visited" /> {t('homeVisits.progress.visited')}{' '}
            <span className="thuis-bars__key thuis-bars__key--conversation" /> {t('homeVisits.progress.withConversation')}
          </p>
          <Table caption={title}>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('homeVisits.progress.group')}</TableHeaderCell>
                <TableHeaderCell>{t('homeVisits.progress.homes')}</TableHeaderCell>
                <TableHeaderCell>{t('homeVisits.progress.visited')}</TableHeaderCell>
                <TableHeaderCell>{t('homeVisits.progress.visitedPct')}</TableHeaderCell>
                <TableHeaderCell>{t('homeVisits.progress.withConversation')}</TableHeaderCell>
                <TableHeaderCell>{t('homeVisits.progress.conversationPct')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {groups.map((g) => (
                <TableRow key={g.groupId ?? 'none'}>
                  <TableCell label={t('homeVisits.progress.group')}>{g.name}</TableCell>
                  <TableCell label={t('homeVisits.progress.homes')} className="thuis-number">
                    {n(g.homes)}
                  </TableCell>
                  <TableCell label={t('homeVisits.progress.visited')} className="thuis-number">
                    {n(g.visited)}
                  </TableCell>
                  <TableCell label={t('homeVisits.progress.visitedPct')} className="thuis-number">
                    {pct(g.visitedPct)}
                  </TableCell>
                  <TableCell label={t('homeVisits.progress.withConversation')} className="thuis-number">
                    {n(g.withConversation)}
                  </TableCell>
                  <TableCell label={t('homeVisits.progress.conversationPct')} className="thuis-number">
                    {pct(g.conversationPct)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Section>
  );
}
