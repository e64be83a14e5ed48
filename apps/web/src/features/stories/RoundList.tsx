import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Paragraph, QueryState } from '../../ui';
import { formatDate } from '../../lib/dates';
import { useDeleteRound, useStoryRounds } from './hooks';

/** The selection rounds held: the group, the date, how many took part, and what it chose and why. */
export function RoundList({ projectId, canWrite }: { projectId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const rounds = useStoryRounds(projectId);
  const remove = useDeleteRound(projectId);
  return (
    <QueryState query={rounds}>
      {(list) =>
        list.length === 0 ? (
          <Paragraph>{t('storiesPage.noRounds')}</Paragraph>
        ) : (
          <ul className="thuis-story-list">
            {list.map((r) => {
              const title = t('storiesPage.roundHeading', { group: t(`storiesPage.groupKinds.${r.groupKind}`), date: formatDate(r.heldOn, i18n.language) });
              return (
                <Card as="li" key={r.id}>
                  <Heading level={4}>{title}</Heading>
                  <Paragraph>{t('storiesPage.roundFacts', { participants: r.participants, count: r.reviewedCount })}</Paragraph>
                  {r.note ? <Paragraph className="thuis-preline">{r.note}</Paragraph> : null}
                  <ul>
                    {r.selections.map((s) => (
                      <li key={s.storyId}>
                        <strong>{s.storyTitle}</strong> ({t(`storiesPage.tellerKinds.${s.tellerKind}`)}): {s.reason}
                      </li>
                    ))}
                  </ul>
                  {canWrite ? (
                    <Button appearance="subtle" onClick={() => void remove.mutate(r.id)} aria-label={t('storiesPage.deleteRoundFor', { title })}>
                      {t('common.delete')}
                    </Button>
                  ) : null}
                </Card>
              );
            })}
          </ul>
        )
      }
    </QueryState>
  );
}
