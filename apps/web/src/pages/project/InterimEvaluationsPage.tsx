import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collaborationPairs, socialTeamRoles, type InterimEvaluation, type ProjectDetail } from '@thuis/domain';
import { Alert, Button, ButtonGroup, Card, DataList, FormProblem, Heading, Loading, Paragraph, QueryState, StatusBadge } from '../../ui';
import { formatShortDate } from '../../lib/dates';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { useBuildingPhases } from '../../features/addresses/hooks';
import { useTeam } from '../../features/team/hooks';
import { InterimEvaluationForm } from '../../features/interimEvaluations/InterimEvaluationForm';
import { useDeleteInterimEvaluation, useInterimEvaluations } from '../../features/interimEvaluations/hooks';
import { problemFrom, type FormProblem as Problem } from '../../lib/useFormErrors';
import { useInterimTitle } from '../../features/interimEvaluations/title';
import { BeforeAfterSection } from '../../features/beforeAfter/BeforeAfterSection';

type Editing = { mode: 'new' } | { mode: 'edit'; evaluation: InterimEvaluation } | null;
const pageSize = 20;

export function InterimEvaluationsPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="evaluations.read" title={t('interimEvaluations.title')} lead={t('interimEvaluations.intro')}>
      {(project) => <InterimEvaluationsView project={project} />}
    </ProjectSubPage>
  );
}

function InterimEvaluationsView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const canWrite = project.permissions.includes('evaluations.write');
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const list = useInterimEvaluations(project.id, page, pageSize);
  const remove = useDeleteInterimEvaluation(project.id);
  const titleOf = useInterimTitle();
  const [problem, setProblem] = useState<Problem | null>(null);
  const begin = (next: Editing) => {
    setNotice(null);
    setProblem(null);
    setEditing(next);
  };
  const confirmDelete = (e: InterimEvaluation) => {
    const title = titleOf(e);
    const message = e.adjustments.length
      ? t('interimEvaluations.deleteConfirmWithActions', { title, count: e.adjustments.length })
      : t('interimEvaluations.deleteConfirm', { title });
    if (!window.confirm(message)) return;
    setNotice(null);
    setProblem(null);
    remove.mutateAsync(e.id).then(
      () => {
        if (editing?.mode === 'edit' && editing.evaluation.id === e.id) setEditing(null);
        setNotice(t('interimEvaluations.deleted', { title }));
      },
      (error: unknown) => setProblem(problemFrom(error, t('errors.server'))),
    );
  };

  return (
    <>
      {canWrite && editing?.mode !== 'new' ? (
        <div className="thuis-toolbar thuis-no-print">
          <Button appearance="primary" onClick={() => begin({ mode: 'new' })}>
            {t('interimEvaluations.newEvaluation')}
          </Button>
        </div>
      ) : null}
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <FormProblem problem={problem} />
      {editing && canWrite ? (
        <InterimEditor
          project={project}
          editing={editing}
          onDone={(message) => {
            setEditing(null);
            if (message) setNotice(message);
          }}
        />
      ) : null}
      <QueryState query={list} empty={<Paragraph>{t('interimEvaluations.none')}</Paragraph>}>
        {(data) =>
          data.evaluations.length === 0 ? (
            <Paragraph>{t('interimEvaluations.none')}</Paragraph>
          ) : (
            <>
              <ol className="thuis-card-list thuis-interim-list" aria-label={t('interimEvaluations.listLabel')}>
                {data.evaluations.map((e) => (
                  <EvaluationCard
                    key={e.id}
                    evaluation={e}
                    canWrite={canWrite}
                    onEdit={() => begin({ mode: 'edit', evaluation: e })}
                    onDelete={() => confirmDelete(e)}
                  />
                ))}
              </ol>
              {data.total > data.pageSize ? (
                <nav aria-label={t('interimEvaluations.pages')}>
                  <ButtonGroup>
                    <Button disabled={page <= 1} onClick={() => setPage(page - 1)}>
                      {t('interimEvaluations.previous')}
                    </Button>
                    <span>{t('interimEvaluations.pageOf', { page, pages: Math.ceil(data.total / data.pageSize) })}</span>
                    <Button disabled={page * data.pageSize >= data.total} onClick={() => setPage(page + 1)}>
                      {t('interimEvaluations.next')}
                    </Button>
                  </ButtonGroup>
                </nav>
              ) : null}
            </>
          )
        }
      </QueryState>
      <BeforeAfterSection project={project} />
    </>
  );
}

/** The form with what it chooses from: the team's professionals as participants, the social team as owners, the building phases. */
function InterimEditor({ project, editing, onDone }: { project: ProjectDetail; editing: NonNullable<Editing>; onDone: (message: string | null) => void }) {
  const { t } = useTranslation();
  const team = useTeam(project.id);
  const phases = useBuildingPhases(project.id);
  const titleOf = useInterimTitle();
  if (team.isPending || phases.isPending) return <Loading>{t('app.loading')}</Loading>;
  const members = team.data ?? [];
  const evaluation = editing.mode === 'edit' ? editing.evaluation : null;
  return (
    <InterimEvaluationForm
      key={evaluation?.id ?? 'new'}
      projectId={project.id}
      evaluation={evaluation}
      participants={members.filter((m) => m.role !== 'resident_group' && m.role !== 'policy_viewer').map((m) => ({ id: m.userId, name: m.displayName }))}
      owners={members.filter((m) => socialTeamRoles.includes(m.role)).map((m) => ({ id: m.userId, name: m.displayName }))}
      phases={phases.data ?? []}
      onSaved={(saved, created) => onDone(t(created ? 'interimEvaluations.created' : 'interimEvaluations.saved', { title: titleOf(saved) }))}
      onCancel={() => onDone(null)}
    />
  );
}

function EvaluationCard({
  evaluation: e,
  canWrite,
  onEdit,
  onDelete,
}: {
  evaluation: InterimEvaluation;
  canWrite: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const titleOf = useInterimTitle();
  const title = titleOf(e);
  const text = (value: string) => (value ? <span className="thuis-interim-text">{value}</span> : '–');
  return (
    <Card as="li">
      <article aria-label={title}>
        <Heading level={2}>{title}</Heading>
        <Paragraph>{t('interimEvaluations.heldOnText', { date: formatShortDate(e.heldOn, lang) })}</Paragraph>
        <DataList
          items={[
            {
              key: 'participants',
              label: t('interimEvaluations.whoTookPart'),
              value: [e.participants.map((p) => p.name).join(', '), t('interimEvaluations.residentsPresent', { count: e.residentGroupPresent })]
                .filter(Boolean)
                .join('; '),
            },
            { key: 'wentWell', label: t('fields.wentWell'), value: text(e.wentWell) },
            { key: 'bottlenecks', label: t('fields.bottlenecks'), value: text(e.bottlenecks) },
            ...collaborationPairs.map((pair) => ({
              key: pair,
              label: t(`fields.${pair}`),
              value: e.collaboration[pair] ? t(`interimEvaluations.ratings.${e.collaboration[pair]}`) : t('interimEvaluations.notDiscussed'),
            })),
            { key: 'collaborationNote', label: t('fields.collaborationNote'), value: text(e.collaborationNote) },
          ]}
        />
        <Heading level={3}>{t('fields.adjustments')}</Heading>
        {e.adjustments.length === 0 ? (
          <Paragraph>{t('interimEvaluations.noAdjustments')}</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list">
            {e.adjustments.map((a) => (
              <li className="utrecht-unordered-list__item" key={a.actionId}>
                {t('interimEvaluations.adjustmentLine', {
                  title: a.title,
                  owner: a.ownerName,
                  due: a.dueOn ? formatShortDate(a.dueOn, lang) : t('interimEvaluations.noDueDate'),
                })}{' '}
                <StatusBadge tone={a.status === 'done' ? 'done' : a.overdue ? 'danger' : 'neutral'}>
                  {a.overdue ? t('interimEvaluations.overdue') : t(`actionStatuses.${a.status}`)}
                </StatusBadge>
              </li>
            ))}
          </ul>
        )}
        {canWrite ? (
          <ButtonGroup>
            <Button onClick={onEdit}>{t('interimEvaluations.edit', { title })}</Button>
            <Button appearance="subtle" danger onClick={onDelete}>
              {t('interimEvaluations.delete', { title })}
            </Button>
          </ButtonGroup>
        ) : null}
      </article>
    </Card>
  );
}
