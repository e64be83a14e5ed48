import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  activityKinds,
  goalKinds,
  planActivityProposal,
  planGoalInput,
  planVersionInput,
  type PlanActivityProposal,
  type PlanGoal,
  type PlanGoalInput,
  type PlanSources,
  type PlanVersion,
  type PlanVersionInput,
  type ProjectDetail,
} from '@thuis/domain';
import type { z } from 'zod';
import {
  ActionLabel,
  Alert,
  Button,
  ButtonGroup,
  CheckboxList,
  DownloadLink,
  FormButtons,
  FormProblem,
  Heading,
  Paragraph,
  QueryState,
  RadioGroup,
  Section,
  SelectField,
  TextAreaField,
  TextField,
} from '../../ui';
import { formatNumber } from '../../lib/numbers';
import { translatedZodResolver } from '../../lib/forms';
import { identifyingWarning, withIdentifyingCheck } from '../../lib/identifying';
import { useFormSubmit } from '../../lib/useFormErrors';
import { planPdfUrl } from '../../features/action-plan/api';
import {
  useActionPlan,
  useDeletePlanGoal,
  usePlanSources,
  useProposePlanActivity,
  useReviewPlanVersion,
  useSavePlanGoal,
  useStartPlanVersion,
} from '../../features/action-plan/hooks';
import { ReviewDecisionForm } from '../../features/review/ReviewDecisionForm';
import { ReviewHistory } from '../../features/review/ReviewHistory';
import { VersionHeader } from '../../features/review/VersionHeader';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { useFieldTranslate } from '../../lib/fieldLabels';

/**
 * Phase 4: the action plan the social team makes with the resident project group, in versions
 * reviewed like the picture. Goals of two kinds, linked to the top 5 themes, the outcomes of the
 * conversations about the picture and the activities of the register. No personal data.
 */
export function ActionPlanPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="project.read" title={t('actionPlan.title')} lead={t('actionPlan.intro')}>
      {(project) => <Plan project={project} />}
    </ProjectSubPage>
  );
}

function Plan({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const plan = useActionPlan(project.id);
  const proposer = project.permissions.includes('actionPlan.propose');
  const sources = usePlanSources(project.id, proposer);
  return (
    <QueryState query={plan}>
      {(data) => (
        <>
          {data.mayStartVersion ? <NewVersion project={project} /> : null}
          <Section title={t('actionPlan.versionsTitle')}>
            {data.versions.length === 0 ? <Paragraph>{t('actionPlan.noVersions')}</Paragraph> : null}
            <ul className="thuis-version-list">
              {data.versions.map((v) => (
                <Version key={v.id} project={project} version={v} sources={sources.data ?? null} />
              ))}
            </ul>
          </Section>
        </>
      )}
    </QueryState>
  );
}

function NewVersion({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const planT = useFieldTranslate('actionPlan.fields');
  const start = useStartPlanVersion(project.id);
  const form = useForm<z.input<typeof planVersionInput>, unknown, PlanVersionInput>({
    resolver: withIdentifyingCheck(translatedZodResolver(planVersionInput, planT), ['title', 'introduction'], t),
    defaultValues: { title: t('actionPlan.defaultTitle', { neighbourhood: project.neighbourhood }), introduction: '' },
  });
  const { submit, problem } = useFormSubmit(form, ['title', 'introduction'], async (values) => {
    await start.mutateAsync(values);
  });
  const { errors, isSubmitting } = form.formState;
  const title = t('actionPlan.newTitle');
  return (
    <Section title={title}>
      <Paragraph>{t('actionPlan.newIntro')}</Paragraph>
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        <FormProblem problem={problem} />
        <TextField label={t('actionPlan.fields.title')} autoComplete="off" error={errors.title?.message} {...form.register('title')} />
        <TextAreaField
          label={t('actionPlan.fields.introduction')}
          optionalText={t('common.optional')}
          rows={4}
          error={errors.introduction?.message ?? identifyingWarning(form.watch('introduction') ?? '', t)}
          {...form.register('introduction')}
        />
        <FormButtons busy={isSubmitting} submitLabel={t('actionPlan.start')} />
      </form>
    </Section>
  );
}

function Version({ project, version: v, sources }: { project: ProjectDetail; version: PlanVersion; sources: PlanSources | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  const name = t('actionPlan.versionName', { version: v.version });
  const [editing, setEditing] = useState<PlanGoal | null>(null);
  const review = useReviewPlanVersion(project.id);
  return (
    <li className="thuis-card thuis-version">
      <article aria-labelledby={headingId}>
        <VersionHeader
          headingId={headingId}
          level={3}
          heading={t('actionPlan.versionHeading', { version: v.version, title: v.title })}
          stage={v.stage}
          madeByKey="actionPlan.madeBy"
          createdByName={v.createdByName}
          createdAt={v.createdAt}
        />
        {v.introduction ? <Paragraph className="thuis-preline">{v.introduction}</Paragraph> : null}
        <ButtonGroup>
          <DownloadLink href={planPdfUrl(project.id, v.id)}>
            <ActionLabel visible={t('actionPlan.download')} full={t('actionPlan.downloadFull', { name })} />
          </DownloadLink>
        </ButtonGroup>
        {goalKinds.map((kind) => {
          const goals = v.goals.filter((g) => g.kind === kind);
          return (
            <section key={kind} aria-label={`${t(`actionPlan.goalKinds.${kind}`)} – ${name}`}>
              <Heading level={4}>{t(`actionPlan.goalKinds.${kind}`)}</Heading>
              {goals.length === 0 ? <Paragraph className="thuis-muted">{t('actionPlan.noGoals')}</Paragraph> : null}
              <ul className="thuis-plain-list">
                {goals.map((g) => (
                  <Goal key={g.id} project={project} version={v} goal={g} onEdit={() => setEditing(g)} />
                ))}
              </ul>
            </section>
          );
        })}
        {v.mayEdit && sources ? (
          <GoalForm key={editing?.id ?? 'new'} project={project} version={v} sources={sources} goal={editing} onDone={() => setEditing(null)} />
        ) : null}
        {v.reviews.length > 0 ? (
          <>
            <Heading level={4}>{t('actionPlan.historyTitle')}</Heading>
            <ReviewHistory
              reviews={v.reviews}
              byKey="actionPlan.historyBy"
              describe={(r) => t(`actionPlan.history.${r.decision}`, { stage: t(`reviewStages.${r.stage}`) })}
            />
          </>
        ) : null}
        {v.mayReview ? (
          <ReviewDecisionForm
            messages="actionPlan"
            versionId={v.id}
            stage={v.stage}
            name={name}
            onReview={(input) => review.mutateAsync({ versionId: v.id, input })}
          />
        ) : null}
      </article>
    </li>
  );
}

function Goal({ project, version, goal: g, onEdit }: { project: ProjectDetail; version: PlanVersion; goal: PlanGoal; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const remove = useDeletePlanGoal(project.id);
  const [proposing, setProposing] = useState(false);
  const count = (n: number | null) => (n === null ? t('actionPlan.hidden') : formatNumber(n, i18n.language));
  return (
    <li className="thuis-card">
      <h5 className="utrecht-heading-5">{g.title}</h5>
      {g.description ? <Paragraph className="thuis-preline">{g.description}</Paragraph> : null}
      {g.themes.length ? <Paragraph>{t('actionPlan.themesAre', { names: g.themes.map((th) => th.name).join(', ') })}</Paragraph> : null}
      {g.outcomes.length ? (
        <>
          <Paragraph>{t('actionPlan.outcomesAre')}</Paragraph>
          <ul>
            {g.outcomes.map((o) => (
              <li key={o.id}>{o.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      <Paragraph>{t('actionPlan.activitiesTitle')}</Paragraph>
      {g.activities.length === 0 ? <Paragraph className="thuis-muted">{t('actionPlan.noActivities')}</Paragraph> : null}
      <ul>
        {g.activities.map((a) => (
          <li key={a.id}>
            <strong>{a.title}</strong> – {t(`actionPlan.activityKinds.${a.kind}`)}, {t(`actionPlan.activityStatuses.${a.status}`)}
            {a.place ? `, ${a.place}` : ''}
            {a.reach.participants !== 0
              ? ` · ${t('actionPlan.reach', { participants: count(a.reach.participants), firstTimers: count(a.reach.firstTimers) })}`
              : ''}
          </li>
        ))}
      </ul>
      {version.mayEdit ? (
        <>
          <ButtonGroup>
            <Button appearance="secondary" onClick={onEdit}>
              <ActionLabel visible={t('actionPlan.editGoal')} full={t('actionPlan.editGoalFull', { title: g.title })} />
            </Button>
            <Button appearance="secondary" onClick={() => setProposing((p) => !p)} aria-expanded={proposing}>
              <ActionLabel visible={t('actionPlan.proposeActivity')} full={t('actionPlan.proposeActivityFull', { title: g.title })} />
            </Button>
            <Button appearance="secondary" disabled={remove.isPending} onClick={() => void remove.mutateAsync({ versionId: version.id, goalId: g.id })}>
              <ActionLabel visible={t('actionPlan.deleteGoal')} full={t('actionPlan.deleteGoalFull', { title: g.title })} />
            </Button>
          </ButtonGroup>
          {proposing ? <ActivityForm project={project} version={version} goal={g} onDone={() => setProposing(false)} /> : null}
        </>
      ) : null}
    </li>
  );
}

type GoalValues = z.input<typeof planGoalInput>;

function GoalForm({
  project,
  version,
  sources,
  goal,
  onDone,
}: {
  project: ProjectDetail;
  version: PlanVersion;
  sources: PlanSources;
  goal: PlanGoal | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const planT = useFieldTranslate('actionPlan.fields');
  const save = useSavePlanGoal(project.id);
  const [saved, setSaved] = useState(false);
  const empty: GoalValues = { kind: 'strengthen', title: '', description: '', themeIds: [], outcomeIds: [], activityIds: [] };
  const form = useForm<GoalValues, unknown, PlanGoalInput>({
    resolver: withIdentifyingCheck(translatedZodResolver(planGoalInput, planT), ['title', 'description'], t),
    defaultValues: goal
      ? {
          kind: goal.kind,
          title: goal.title,
          description: goal.description,
          themeIds: goal.themes.map((th) => th.id),
          outcomeIds: goal.outcomes.map((o) => o.id),
          activityIds: goal.activities.map((a) => a.id),
        }
      : empty,
  });
  const { submit, problem } = useFormSubmit(form, ['kind', 'title', 'description', 'themeIds', 'outcomeIds', 'activityIds'], async (values) => {
    setSaved(false);
    await save.mutateAsync({ versionId: version.id, goalId: goal?.id ?? null, input: values });
    form.reset(empty);
    setSaved(true);
    onDone();
  });
  const { errors, isSubmitting } = form.formState;
  const title = goal ? t('actionPlan.editGoalTitle', { title: goal.title }) : t('actionPlan.newGoalTitle');
  return (
    <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
      <Heading level={4}>{title}</Heading>
      {saved ? <Alert type="ok">{t('actionPlan.goalSaved')}</Alert> : null}
      <FormProblem problem={problem} />
      <RadioGroup
        idPrefix={`goal-kind-${version.id}`}
        legend={t('actionPlan.fields.kind')}
        error={errors.kind?.message}
        options={goalKinds.map((k) => ({ value: k, label: t(`actionPlan.goalKinds.${k}`) }))}
        inputProps={form.register('kind')}
      />
      <TextField
        label={t('actionPlan.fields.title')}
        autoComplete="off"
        error={errors.title?.message ?? identifyingWarning(form.watch('title') ?? '', t)}
        {...form.register('title')}
      />
      <TextAreaField
        label={t('actionPlan.fields.description')}
        optionalText={t('common.optional')}
        rows={3}
        error={errors.description?.message ?? identifyingWarning(form.watch('description') ?? '', t)}
        {...form.register('description')}
      />
      <Controller
        control={form.control}
        name="themeIds"
        render={({ field }) => (
          <CheckboxList
            idPrefix={`goal-themes-${version.id}`}
            legend={t('actionPlan.fields.themeIds')}
            description={sources.themes.length ? undefined : t('actionPlan.noTopThemes')}
            options={sources.themes.map((th) => ({ value: th.id, label: `${th.name} (${t(`themeValences.${th.valence}`)})` }))}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      />
      <Controller
        control={form.control}
        name="outcomeIds"
        render={({ field }) => (
          <CheckboxList
            idPrefix={`goal-outcomes-${version.id}`}
            legend={t('actionPlan.fields.outcomeIds')}
            description={sources.outcomes.length ? undefined : t('actionPlan.noOutcomes')}
            options={sources.outcomes.map((o) => ({ value: o.id, label: `${o.text} (${o.withWhom})` }))}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      />
      <Controller
        control={form.control}
        name="activityIds"
        render={({ field }) => (
          <CheckboxList
            idPrefix={`goal-activities-${version.id}`}
            legend={t('actionPlan.fields.activityIds')}
            description={sources.activities.length ? undefined : t('actionPlan.noRegister')}
            options={sources.activities.map((a) => ({ value: a.id, label: `${a.title} (${t(`actionPlan.activityStatuses.${a.status}`)})` }))}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      />
      <ButtonGroup>
        <FormButtons busy={isSubmitting} submitLabel={goal ? t('actionPlan.saveGoal') : t('actionPlan.addGoal')} />
        {goal ? (
          <Button appearance="secondary" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}

function ActivityForm({ project, version, goal, onDone }: { project: ProjectDetail; version: PlanVersion; goal: PlanGoal; onDone: () => void }) {
  const { t } = useTranslation();
  const planT = useFieldTranslate('actionPlan.fields');
  const propose = useProposePlanActivity(project.id);
  const form = useForm<z.input<typeof planActivityProposal>, unknown, PlanActivityProposal>({
    resolver: withIdentifyingCheck(translatedZodResolver(planActivityProposal, planT), ['title', 'description', 'place'], t),
    defaultValues: { kind: 'collective_activity', title: '', description: '', place: '' },
  });
  const { submit, problem } = useFormSubmit(form, ['kind', 'title', 'description', 'place'], async (values) => {
    await propose.mutateAsync({ versionId: version.id, goalId: goal.id, input: values });
    onDone();
  });
  const { errors, isSubmitting } = form.formState;
  const title = t('actionPlan.proposeActivityFull', { title: goal.title });
  return (
    <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
      <FormProblem problem={problem} />
      <SelectField
        label={t('actionPlan.fields.activityKind')}
        options={activityKinds.map((k) => ({ value: k, label: t(`actionPlan.activityKinds.${k}`) }))}
        error={errors.kind?.message}
        {...form.register('kind')}
      />
      <TextField
        label={t('actionPlan.fields.activityTitle')}
        autoComplete="off"
        error={errors.title?.message ?? identifyingWarning(form.watch('title') ?? '', t)}
        {...form.register('title')}
      />
      <TextAreaField
        label={t('actionPlan.fields.description')}
        optionalText={t('common.optional')}
        rows={3}
        error={errors.description?.message}
        {...form.register('description')}
      />
      <TextField
        label={t('actionPlan.fields.place')}
        optionalText={t('common.optional')}
        autoComplete="off"
        error={errors.place?.message}
        {...form.register('place')}
      />
      <FormButtons busy={isSubmitting} submitLabel={t('actionPlan.propose')} />
    </form>
  );
}
