import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectProgress, todayInAmsterdam, type ProjectDetail } from '@thuis/domain';
import { Alert, Button, Card, DataList, Heading, Paragraph, Section, StatusBadge, type BadgeTone } from '../../ui';
import { formatDate } from '../../lib/dates';
import { PhaseForm } from './PhaseForm';
import { PhaseStepper } from './PhaseStepper';
import { useSavePhase } from './hooks';

const tones: Record<string, BadgeTone> = { done: 'done', in_progress: 'active', not_started: 'neutral', late: 'danger' };

/** Where the project stands: the stepper, then every phase with its dates; editable with project.phases.manage. */
export function PhasesSection({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSavePhase(project.id);
  const canManage = project.permissions.includes('project.phases.manage');
  const progress = projectProgress(project.phases, todayInAmsterdam());
  const lang = i18n.language;

  const range = (start: string | null, end: string | null) =>
    !start && !end
      ? t('progress.notSet')
      : t('progress.range', { start: start ? formatDate(start, lang) : t('progress.open'), end: end ? formatDate(end, lang) : t('progress.open') });

  return (
    <Section title={t('progress.title')} id="voortgang">
      <Paragraph>
        {progress.current ? t('progress.summaryCurrent', { done: progress.doneCount, phase: t(`phases.${progress.current}`) }) : t('projects.allPhasesDone')}
      </Paragraph>
      <PhaseStepper progress={progress} />
      {saved ? <Alert type="ok">{saved}</Alert> : null}
      <ol className="thuis-phase-list">
        {progress.phases.map((overview, index) => {
          const phase = project.phases.find((p) => p.phase === overview.phase);
          if (!phase) return null;
          const name = t(`phases.${phase.phase}`);
          return (
            <Card as="li" key={phase.phase} className="thuis-phase-card">
              <div className="thuis-phase-card__header">
                <Heading level={3}>
                  <span className="thuis-phase-card__number">{index + 1}.</span> {name}
                </Heading>
                <span className="thuis-badges">
                  <StatusBadge tone={tones[phase.status]}>{t(`phaseStatuses.${phase.status}`)}</StatusBadge>
                  {overview.late ? (
                    <StatusBadge tone="danger">
                      <span title={t('progress.lateLong')}>{t('progress.late')}</span>
                    </StatusBadge>
                  ) : null}
                </span>
              </div>
              {editing === phase.phase ? (
                <PhaseForm
                  phase={phase}
                  onCancel={() => setEditing(null)}
                  onSubmit={async (input) => {
                    await save.mutateAsync({ phase: phase.phase, input });
                    setEditing(null);
                    setSaved(t('progress.saved', { phase: name }));
                  }}
                />
              ) : (
                <>
                  <DataList
                    className="thuis-datalist--compact"
                    items={[
                      { key: 'planned', label: t('progress.planned'), value: range(phase.plannedStart, phase.plannedEnd) },
                      { key: 'actual', label: t('progress.actual'), value: range(phase.actualStart, phase.actualEnd) },
                    ]}
                  />
                  {canManage ? (
                    <Button
                      appearance="secondary"
                      onClick={() => {
                        setSaved(null);
                        setEditing(phase.phase);
                      }}
                    >
                      {t('progress.editPhase', { phase: name })}
                    </Button>
                  ) : null}
                </>
              )}
            </Card>
          );
        })}
      </ol>
    </Section>
  );
}
