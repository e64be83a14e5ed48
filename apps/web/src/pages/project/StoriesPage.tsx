import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail, Story } from '@thuis/domain';
import { Alert, Paragraph, Section } from '../../ui';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { useActivities } from '../../features/activities/hooks';
import { useThemeBoard } from '../../features/picture/hooks';
import { StoryForm } from '../../features/stories/StoryForm';
import { StoryList } from '../../features/stories/StoryList';
import { RoundForm } from '../../features/stories/RoundForm';
import { RoundList } from '../../features/stories/RoundList';
import { StoryComparisonSection } from '../../features/stories/StoryComparisonSection';

/** Most Significant Change (phase 5): record stories, hold selection rounds, compare tellers and groups. */
export function StoriesPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="stories.compare" title={t('storiesPage.title')} lead={t('storiesPage.intro')}>
      {(project) => <StoriesView project={project} />}
    </ProjectSubPage>
  );
}

const noActivities: { id: string; title: string }[] = [];
const noThemes: { id: string; name: string }[] = [];

function StoriesView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const can = (p: ProjectDetail['permissions'][number]) => project.permissions.includes(p);
  const canWrite = can('stories.write');
  const [editing, setEditing] = useState<Story | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [roundSaved, setRoundSaved] = useState<string | null>(null);

  return (
    <>
      {saved ? <Alert type="ok">{t('storiesPage.saved', { title: saved })}</Alert> : null}
      {canWrite ? (
        <RecordSection
          project={project}
          editing={editing}
          onDone={(story) => {
            setEditing(null);
            setSaved(story?.storyTitle ?? null);
          }}
        />
      ) : null}
      {can('stories.selected.read') ? (
        <StoryList
          projectId={project.id}
          canWrite={canWrite}
          onEdit={(story) => {
            setEditing(story);
            setSaved(null);
            window.scrollTo({ top: 0 });
          }}
        />
      ) : (
        <Paragraph>{t('storiesPage.policyIntro')}</Paragraph>
      )}
      {can('stories.selected.read') ? (
        <Section id="selectierondes" title={t('storiesPage.roundsTitle')}>
          <Paragraph>{t('storiesPage.roundsIntro')}</Paragraph>
          {roundSaved ? <Alert type="ok">{roundSaved}</Alert> : null}
          <RoundList projectId={project.id} canWrite={canWrite} />
          {can('stories.select') ? (
            <Section level={3} title={canWrite ? t('storiesPage.roundTitle') : t('storiesPage.ownRoundTitle')}>
              <RoundForm
                projectId={project.id}
                ownGroup={!canWrite}
                onDone={(round) => setRoundSaved(t('storiesPage.roundSaved', { count: round.selections.length }))}
              />
            </Section>
          ) : null}
        </Section>
      ) : null}
      <StoryComparisonSection projectId={project.id} />
    </>
  );
}

/** The story form for the social team, offering the register's activities and the picture's top 5 themes. */
function RecordSection({ project, editing, onDone }: { project: ProjectDetail; editing: Story | null; onDone: (story: Story | null) => void }) {
  const { t } = useTranslation();
  const activities = useActivities(project.id, {});
  const board = useThemeBoard(project.id);
  const topThemes = useMemo(() => {
    if (!board.data) return noThemes;
    const names = new Map(board.data.themes.map((th) => [th.id, th.name]));
    return [...board.data.topLists.promising, ...board.data.topLists.concern].flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : []));
  }, [board.data]);
  const activityOptions = useMemo(() => activities.data?.activities.map((a) => ({ id: a.id, title: a.title })) ?? noActivities, [activities.data]);
  return (
    <Section id="vastleggen" title={editing ? t('storiesPage.editTitle', { title: editing.storyTitle }) : t('storiesPage.recordTitle')}>
      <StoryForm key={editing?.id ?? 'new'} projectId={project.id} editing={editing} activities={activityOptions} themes={topThemes} onDone={onDone} />
    </Section>
  );
}
