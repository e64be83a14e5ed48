import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  finalReportInput,
  sharingInput,
  sharingVenues,
  type FinalReportInput,
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
  Section,
  SelectField,
  TextAreaField,
  TextField,
} from '../../ui';
import { formatDate } from '../../lib/dates';
import { translatedZodResolver } from '../../lib/forms';
import { identifyingWarning, withIdentifyingCheck } from '../../lib/identifying';
import { useFormSubmit } from '../../lib/useFormErrors';
import { finalReportPdfUrl } from '../../features/final-report/api';
import { useFinalReports, useMakeFinalReport, useRecordSharing, useReviewFinalReport } from '../../features/final-report/hooks';
import { ReviewDecisionForm } from '../../features/review/ReviewDecisionForm';
import { ReviewHistory } from '../../features/review/ReviewHistory';
import { VersionHeader } from '../../features/review/VersionHeader';
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
  const review = useReviewFinalReport(project.id);
  return (
    <li className="thuis-card thuis-version">
      <article aria-labelledby={headingId}>
        <VersionHeader
          headingId={headingId}
          level={3}
          heading={t('finalReport.versionHeading', { version: v.version, title: v.title })}
          stage={v.stage}
          madeByKey="finalReport.madeBy"
          createdByName={v.createdByName}
          createdAt={v.createdAt}
        />
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
            <ReviewHistory
              reviews={v.reviews}
              byKey="finalReport.historyBy"
              describe={(r) => t(`finalReport.history.${r.decision}`, { stage: t(`reviewStages.${r.stage}`) })}
            />
          </>
        ) : null}
        {v.mayReview ? (
          <ReviewDecisionForm
            messages="finalReport"
            versionId={v.id}
            stage={v.stage}
            name={name}
            onReview={(input) => review.mutateAsync({ reportId: v.id, input })}
          />
        ) : null}
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
