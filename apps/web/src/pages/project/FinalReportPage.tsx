import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  finalReportInput,
  finalReportReviewInput,
  planReviewDecisions,
  sharingInput,
  sharingVenues,
  type FinalReportInput,
  type FinalReportReviewInput,
  type FinalReportVersion,
  type ProjectDetail,
  type SharingInput,
} from '@thuis/domain';
import type { z } from 'zod';
import {
  ActionLabel,
  ButtonGroup,
  DownloadLink,
  FormButtons,
  FormProblem,
  Heading,
  Paragraph,
  QueryState,
  RadioGroup,
  Section,
  SelectField,
  StatusBadge,
  TextAreaField,
  TextField,
} from '../../ui';
import { formatDate, formatDateTime } from '../../lib/dates';
import { translatedZodResolver } from '../../lib/forms';
import { identifyingWarning, withIdentifyingCheck } from '../../lib/identifying';
import { useFormSubmit } from '../../lib/useFormErrors';
import { finalReportPdfUrl } from '../../features/final-report/api';
import { useFinalReports, useMakeFinalReport, useRecordSharing, useReviewFinalReport } from '../../features/final-report/hooks';
import { stageTone } from '../../features/picture/publications';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { useFieldTranslate } from '../../lib/fieldLabels';

/**
 * Phase 5: the final evaluation report. A version is made from the project as it is then (and stays
 * so), reviewed like the picture and the action plan, downloaded as a PDF; where a published version
 * was shared is recorded with it.
 */
export function FinalReportPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="finalReport.read" title={t('finalReport.title')} lead={t('finalReport.intro')}>
      {(project) => <Reports project={project} />}
    </ProjectSubPage>
  );
}

function Reports({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const reports = useFinalReports(project.id);
  return (
    <QueryState query={reports}>
      {(data) => (
        <>
          {data.mayStartVersion ? <NewVersion project={project} /> : null}
          <Section title={t('finalReport.versionsTitle')}>
            {data.versions.length === 0 ? <Paragraph>{t('finalReport.noVersions')}</Paragraph> : null}
            <ul className="thuis-version-list">
              {data.versions.map((v) => (
                <Version key={v.id} project={project} version={v} mayShare={data.mayRecordSharing} />
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
  const reportT = useFieldTranslate('finalReport.fields');
  const make = useMakeFinalReport(project.id);
  const form = useForm<z.input<typeof finalReportInput>, unknown, FinalReportInput>({
    resolver: withIdentifyingCheck(translatedZodResolver(finalReportInput, reportT), ['title', 'introduction'], t),
    defaultValues: { title: t('finalReport.defaultTitle', { neighbourhood: project.neighbourhood }), introduction: '' },
  });
  const { submit, problem } = useFormSubmit(form, ['title', 'introduction'], async (values) => {
    await make.mutateAsync(values);
  });
  const { errors, isSubmitting } = form.formState;
  const title = t('finalReport.newTitle');
  return (
    <Section title={title}>
      <Paragraph>{t('finalReport.newIntro')}</Paragraph>
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        <FormProblem problem={problem} />
        <TextField label={t('finalReport.fields.title')} autoComplete="off" error={errors.title?.message} {...form.register('title')} />
        <TextAreaField
          label={t('finalReport.fields.introduction')}
          optionalText={t('common.optional')}
          rows={4}
          error={errors.introduction?.message ?? identifyingWarning(form.watch('introduction') ?? '', t)}
          {...form.register('introduction')}
        />
        <FormButtons busy={isSubmitting} submitLabel={t('finalReport.make')} />
      </form>
    </Section>
  );
}

function Version({ project, version: v, mayShare }: { project: ProjectDetail; version: FinalReportVersion; mayShare: boolean }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const name = t('finalReport.versionName', { version: v.version });
  return (
    <li className="thuis-card thuis-version">
      <article aria-labelledby={headingId}>
        <div className="thuis-version__header">
          <Heading level={3} id={headingId}>
            {t('finalReport.versionHeading', { version: v.version, title: v.title })}
          </Heading>
          <StatusBadge tone={stageTone(v.stage)}>{t(`reviewStages.${v.stage}`)}</StatusBadge>
        </div>
        <p className="thuis-muted">
          {t('finalReport.madeBy', { name: v.createdByName || t('common.unknown'), date: formatDateTime(v.createdAt, i18n.language) })}
        </p>
        <Paragraph>
          {t('finalReport.sectionsAre', { names: v.sections.map((key) => t(`finalReport.sectionNames.${key}`, { defaultValue: key })).join(', ') })}
        </Paragraph>
        <ButtonGroup>
          <DownloadLink href={finalReportPdfUrl(project.id, v.id)}>
            <ActionLabel visible={t('finalReport.download')} full={t('finalReport.downloadFull', { name })} />
          </DownloadLink>
        </ButtonGroup>
        {v.reviews.length > 0 ? (
          <>
            <Heading level={4}>{t('finalReport.historyTitle')}</Heading>
            <ol className="thuis-plain-list thuis-version__reviews">
              {v.reviews.map((r, i) => (
                <li key={i}>
                  <strong>{t(`finalReport.history.${r.decision}`, { stage: t(`reviewStages.${r.stage}`) })}</strong>{' '}
                  {t('finalReport.historyBy', { name: r.byName || t('common.unknown'), date: formatDateTime(r.at, i18n.language) })}
                  {r.note ? <span className="thuis-preline thuis-version__note">{r.note}</span> : null}
                </li>
              ))}
            </ol>
          </>
        ) : null}
        {v.mayReview ? <ReviewForm project={project} version={v} name={name} /> : null}
        {v.stage === 'published' ? (
          <>
            <Heading level={4}>{t('finalReport.sharedTitle')}</Heading>
            {v.sharings.length === 0 ? <Paragraph className="thuis-muted">{t('finalReport.notShared')}</Paragraph> : null}
            <ul className="thuis-plain-list">
              {v.sharings.map((s) => (
                <li key={s.id}>
                  <strong>{t(`finalReport.venues.${s.venue}`)}</strong>, {formatDate(s.sharedOn, i18n.language)}
                  {s.note ? ` – ${s.note}` : ''}
                </li>
              ))}
            </ul>
            {mayShare ? <SharingForm project={project} version={v} name={name} /> : null}
          </>
        ) : null}
      </article>
    </li>
  );
}

function ReviewForm({ project, version, name }: { project: ProjectDetail; version: FinalReportVersion; name: string }) {
  const { t } = useTranslation();
  const reportT = useFieldTranslate('finalReport.fields');
  const review = useReviewFinalReport(project.id);
  const form = useForm<z.input<typeof finalReportReviewInput>, unknown, FinalReportReviewInput>({
    resolver: withIdentifyingCheck(translatedZodResolver(finalReportReviewInput, reportT), ['note'], t),
    defaultValues: { decision: 'approve', note: '' },
  });
  const { submit, problem } = useFormSubmit(form, ['decision', 'note'], async (values) => {
    await review.mutateAsync({ reportId: version.id, input: values });
    form.reset({ decision: 'approve', note: '' });
  });
  const { errors, isSubmitting } = form.formState;
  const title = t('finalReport.reviewTitle', { name, stage: t(`reviewStages.${version.stage}`) });
  const decisions = planReviewDecisions.filter((d) => d === 'approve' || version.stage !== 'concept');
  return (
    <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
      <Heading level={4}>{title}</Heading>
      <Paragraph>{t(`finalReport.reviewHint.${version.stage}`)}</Paragraph>
      <FormProblem problem={problem} />
      <RadioGroup
        idPrefix={`decision-${version.id}`}
        legend={t('finalReport.fields.decision')}
        error={errors.decision?.message}
        options={decisions.map((d) => ({ value: d, label: t(`finalReport.decisions.${d}`) }))}
        inputProps={form.register('decision')}
      />
      <TextAreaField
        label={t('finalReport.fields.note')}
        optionalText={t('common.optional')}
        rows={3}
        error={errors.note?.message ?? identifyingWarning(form.watch('note') ?? '', t)}
        {...form.register('note')}
      />
      <FormButtons busy={isSubmitting} submitLabel={t('finalReport.recordReview')} />
    </form>
  );
}

function SharingForm({ project, version, name }: { project: ProjectDetail; version: FinalReportVersion; name: string }) {
  const { t } = useTranslation();
  const reportT = useFieldTranslate('finalReport.fields');
  const share = useRecordSharing(project.id);
  const empty = { venue: 'area_table' as const, sharedOn: '', note: '' };
  const form = useForm<z.input<typeof sharingInput>, unknown, SharingInput>({
    resolver: withIdentifyingCheck(translatedZodResolver(sharingInput, reportT), ['note'], t),
    defaultValues: empty,
  });
  const { submit, problem } = useFormSubmit(form, ['venue', 'sharedOn', 'note'], async (values) => {
    await share.mutateAsync({ reportId: version.id, input: values });
    form.reset(empty);
  });
  const { errors, isSubmitting } = form.formState;
  const title = t('finalReport.shareTitle', { name });
  return (
    <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
      <Heading level={4}>{title}</Heading>
      <FormProblem problem={problem} />
      <SelectField
        label={t('finalReport.fields.venue')}
        options={sharingVenues.map((v) => ({ value: v, label: t(`finalReport.venues.${v}`) }))}
        error={errors.venue?.message}
        {...form.register('venue')}
      />
      <TextField type="date" label={t('finalReport.fields.sharedOn')} error={errors.sharedOn?.message} {...form.register('sharedOn')} />
      <TextAreaField
        label={t('finalReport.fields.note')}
        optionalText={t('common.optional')}
        rows={2}
        error={errors.note?.message ?? identifyingWarning(form.watch('note') ?? '', t)}
        {...form.register('note')}
      />
      <FormButtons busy={isSubmitting} submitLabel={t('finalReport.recordSharing')} />
    </form>
  );
}
