import { useTranslation } from 'react-i18next';
import type { visitProgressGroup } from '@thuis/domain';
import type { z } from 'zod';
import { Paragraph, QueryState, Section, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '../../ui';
import { formatNumber } from '../../lib/numbers';
import { useVisitProgress } from './hooks';

type Group = z.output<typeof visitProgressGroup>;

/**
 * "Voortgang": homes visited and with a social conversation, in total, per building phase and per
 * sub-neighbourhood. The contractor's answer has no conversations and keeps small counts back (null).
 */
export function VisitProgressSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const progress = useVisitProgress(projectId);
  return (
    <Section title={t('homeVisits.progress.title')}>
      <QueryState query={progress}>
        {(data) => {
          const conversations = data.total.conversationPct !== null;
          const kept = [data.total, ...data.byBuildingPhase, ...data.bySubNeighbourhood].some((g) => g.homes === null || g.visited === null);
          return (
            <>
              <Paragraph>{conversations ? t('homeVisits.progress.intro') : t('homeVisits.progress.introWorks')}</Paragraph>
              {kept ? <Paragraph>{t('homeVisits.progress.keptBack')}</Paragraph> : null}
              <ProgressGroups
                title={t('homeVisits.progress.total')}
                groups={[{ ...data.total, name: t('homeVisits.progress.allHomes') }]}
                conversations={conversations}
              />
              <ProgressGroups title={t('homeVisits.progress.byBuildingPhase')} groups={data.byBuildingPhase} conversations={conversations} />
              <ProgressGroups title={t('homeVisits.progress.bySubNeighbourhood')} groups={data.bySubNeighbourhood} conversations={conversations} />
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}

function ProgressGroups({ title, groups, conversations }: { title: string; groups: readonly Group[]; conversations: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const hidden = t('homeVisits.progress.hidden');
  const n = (value: number | null) => (value === null ? hidden : formatNumber(value, lang));
  const pct = (value: number | null) => (value === null ? hidden : t('homeVisits.progress.percent', { value: formatNumber(value, lang, 0) }));
  const summary = groups
    .map((g) =>
      t(conversations ? 'homeVisits.progress.summary' : 'homeVisits.progress.summaryWorks', {
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
                  <span className="thuis-bars__bar thuis-bars__bar--visited" style={{ inlineSize: `${Math.min(100, g.visitedPct ?? 0)}%` }} />
                  {conversations ? (
                    <span className="thuis-bars__bar thuis-bars__bar--conversation" style={{ inlineSize: `${Math.min(100, g.conversationPct ?? 0)}%` }} />
                  ) : null}
                </span>
                <span className="thuis-bars__value">{conversations ? `${pct(g.visitedPct)} / ${pct(g.conversationPct)}` : pct(g.visitedPct)}</span>
              </div>
            ))}
          </div>
          <p className="thuis-bars__legend" aria-hidden="true">
            <span className="thuis-bars__key thuis-bars__key--visited" /> {t('homeVisits.progress.visited')}
            {conversations ? (
              <>
                {' '}
                <span className="thuis-bars__key thuis-bars__key--conversation" /> {t('homeVisits.progress.withConversation')}
              </>
            ) : null}
          </p>
          <Table caption={title}>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('homeVisits.progress.group')}</TableHeaderCell>
                <TableHeaderCell>{t('homeVisits.progress.homes')}</TableHeaderCell>
                <TableHeaderCell>{t('homeVisits.progress.visited')}</TableHeaderCell>
                <TableHeaderCell>{t('homeVisits.progress.visitedPct')}</TableHeaderCell>
                {conversations ? <TableHeaderCell>{t('homeVisits.progress.withConversation')}</TableHeaderCell> : null}
                {conversations ? <TableHeaderCell>{t('homeVisits.progress.conversationPct')}</TableHeaderCell> : null}
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
                  {conversations ? (
                    <TableCell label={t('homeVisits.progress.withConversation')} className="thuis-number">
                      {n(g.withConversation)}
                    </TableCell>
                  ) : null}
                  {conversations ? (
                    <TableCell label={t('homeVisits.progress.conversationPct')} className="thuis-number">
                      {pct(g.conversationPct)}
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Section>
  );
}
