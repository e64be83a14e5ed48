import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { publicationInput, publicationKinds, type ProjectDetail, type Publication, type PublicationInput } from '@thuis/domain';
import type { z } from 'zod';
import {
  ActionLabel,
  Alert,
  Button,
  ButtonGroup,
  DownloadLink,
  FormButtons,
  FormProblem,
  Heading,
  Paragraph,
  QueryState,
  RadioGroup,
  Section,
  TextAreaField,
  TextField,
} from '../../ui';
import { translatedZodResolver } from '../../lib/forms';
import { problemFrom, useFormSubmit, type FormProblem as Problem } from '../../lib/useFormErrors';
import { ReviewHistory } from '../review/ReviewHistory';
import { VersionHeader } from '../review/VersionHeader';
import { usePictureTranslate } from './fieldLabels';
import { useCreatePublication, usePublications, useReviewPublication } from './hooks';
import { publicationPdfUrl, reviewStep, versionsByKind } from './publications';

/**
 * The versions of the picture as a report, a talking poster and feedback (phase 3, step 3): making a
 * new one, and taking each through its review stages to publication.
 */

// ---- A new version ----

type VersionValues = z.input<typeof publicationInput>;
const versionPaths = ['kind', 'title', 'introduction', 'meetingAt', 'meetingPlace', 'meetingContact'] as const;

export function NewVersionSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const pictureT = usePictureTranslate();
  const create = useCreatePublication(project.id);
  const [made, setMade] = useState<string | null>(null);
  const defaults = (): VersionValues => ({
    kind: 'report',
    title: t('picturePublications.defaultTitle', { neighbourhood: project.neighbourhood }),
    introduction: '',
    meetingAt: '',
    meetingPlace: '',
    meetingContact: '',
  });
  const form = useForm<VersionValues, unknown, PublicationInput>({ resolver: translatedZodResolver(publicationInput, pictureT), defaultValues: defaults() });
  const { submit, problem } = useFormSubmit(form, versionPaths, async (values) => {
    setMade(null);
    const list = await create.mutateAsync(values);
    const newest = list.filter((p) => p.kind === values.kind).sort((a, b) => b.version - a.version)[0];
    form.reset({
      ...defaults(),
      kind: values.kind,
      title: values.title,
      meetingAt: values.meetingAt,
      meetingPlace: values.meetingPlace,
      meetingContact: values.meetingContact,
    });
    setMade(t('picturePublications.created', { kind: t(`publicationKinds.${values.kind}`), version: newest?.version ?? '' }));
  });
  const { errors, isSubmitting } = form.formState;
  const title = t('picturePublications.newTitle');
  // The poster invites to a meeting: when, where and whom to ask are asked for the poster only.
  const poster = form.watch('kind') === 'poster';
  return (
    <Section title={title}>
      <Paragraph>{t('picturePublications.newIntro')}</Paragraph>
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        {made ? <Alert type="ok">{made}</Alert> : null}
        <FormProblem problem={problem} />
        <RadioGroup
          idPrefix="publication-kind"
          legend={t('picturePublications.kind')}
          error={errors.kind?.message}
          options={publicationKinds.map((k) => ({ value: k, label: t(`publicationKinds.${k}`) }))}
          inputProps={form.register('kind')}
        />
        <TextField label={t('picturePublications.versionTitle')} autoComplete="off" error={errors.title?.message} {...form.register('title')} />
        <TextAreaField
          label={t('picturePublications.introduction')}
          optionalText={t('common.optional')}
          description={t('picturePublications.introductionHint')}
          rows={5}
          error={errors.introduction?.message}
          {...form.register('introduction')}
        />
        {poster ? (
          <fieldset className="thuis-fieldset">
            <legend>{t('posterMeeting.legend')}</legend>
            <Paragraph>{t('posterMeeting.intro')}</Paragraph>
            <TextField type="datetime-local" label={t('posterMeeting.at')} error={errors.meetingAt?.message} {...form.register('meetingAt')} />
            <TextField
              label={t('posterMeeting.place')}
              description={t('posterMeeting.placeHint')}
              autoComplete="off"
              error={errors.meetingPlace?.message}
              {...form.register('meetingPlace')}
            />
            <TextField
              label={t('posterMeeting.contact')}
              description={t('posterMeeting.contactHint')}
              autoComplete="off"
              error={errors.meetingContact?.message}
              {...form.register('meetingContact')}
            />
          </fieldset>
        ) : null}
        <FormButtons busy={isSubmitting} submitLabel={t('picturePublications.create')} />
      </form>
    </Section>
  );
}

// ---- The versions ----

export function VersionsSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const publications = usePublications(project.id);
  const team = project.permissions.includes('picture.work');
  return (
    <Section title={t('picturePublications.versionsTitle')}>
      <QueryState query={publications}>
        {(list) => {
          const groups = versionsByKind(list).filter((g) => team || g.versions.length > 0);
          if (groups.length === 0) return <Paragraph>{t('picturePublications.noVersionsMember')}</Paragraph>;
          return groups.map((g) => (
            <div key={g.kind} className="thuis-version-group">
              <Heading level={3}>{t(`publicationKinds.${g.kind}`)}</Heading>
              {g.versions.length === 0 ? (
                <Paragraph className="thuis-muted">{t('picturePublications.noVersions')}</Paragraph>
              ) : (
                <ul className="thuis-version-list">
                  {g.versions.map((p) => (
                    <Version key={p.id} project={project} publication={p} />
                  ))}
                </ul>
              )}
            </div>
          ));
        }}
      </QueryState>
    </Section>
  );
}

function Version({ project, publication: p }: { project: ProjectDetail; publication: Publication }) {
  const { t } = useTranslation();
  const headingId = useId();
  const kind = t(`publicationKinds.${p.kind}`);
  const name = t('picturePublications.versionName', { kind, version: p.version });
  const canWork = project.permissions.includes('picture.work');
  const step = reviewStep(p.stage);
  // Kept here, so the message stays once the version is published and its review form is gone.
  const [advanced, setAdvanced] = useState<string | null>(null);
  return (
    <li className="thuis-card thuis-version">
      <article aria-labelledby={headingId}>
        <VersionHeader
          headingId={headingId}
          level={4}
          heading={t('picturePublications.versionHeading', { version: p.version, title: p.title })}
          stage={p.stage}
          madeByKey="picturePublications.madeBy"
          createdByName={p.createdByName}
          createdAt={p.createdAt}
        />
        {p.reviews.length > 0 ? (
          <ReviewHistory
            reviews={p.reviews}
            label={t('picturePublications.historyOf', { name })}
            byKey="picturePublications.historyBy"
            describe={(r) => t(`picturePublications.history.${r.stage}`)}
          />
        ) : null}
        <ButtonGroup>
          <DownloadLink href={publicationPdfUrl(project.id, p.id)}>
            <ActionLabel visible={t('picturePublications.download')} full={t('picturePublications.downloadFull', { name })} />
          </DownloadLink>
        </ButtonGroup>
        {advanced ? (
          <Alert type="ok" focus key={advanced}>
            {advanced}
          </Alert>
        ) : null}
        {canWork && step ? <ReviewForm projectId={project.id} publication={p} name={name} step={step} onAdvanced={setAdvanced} /> : null}
      </article>
    </li>
  );
}

function ReviewForm({
  projectId,
  publication,
  name,
  step,
  onAdvanced,
}: {
  projectId: string;
  publication: Publication;
  name: string;
  step: NonNullable<ReturnType<typeof reviewStep>>;
  onAdvanced: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const review = useReviewPublication(projectId);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const onNext = async () => {
    setProblem(null);
    onAdvanced(null);
    try {
      await review.mutateAsync({ publicationId: publication.id, note: note.trim() });
      setNote('');
      onAdvanced(t('picturePublications.advanced', { name, stage: t(`reviewStages.${step.next}`) }));
    } catch (error) {
      setProblem(problemFrom(error, t('errors.server')));
    }
  };
  return (
    <div className="thuis-version__review">
      <FormProblem problem={problem} />
      <TextAreaField
        label={
          <>
            {t(step.noteKey)}
            <span className="thuis-visually-hidden"> {t('picturePublications.noteOf', { name })}</span>
          </>
        }
        optionalText={t('common.optional')}
        description={t(`picturePublications.hint.${publication.stage}`)}
        rows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <ButtonGroup>
        <Button appearance="primary" busy={review.isPending} disabled={review.isPending} onClick={() => void onNext()}>
          <ActionLabel visible={t(step.buttonKey)} full={t('picturePublications.nextFull', { step: t(step.buttonKey), name })} />
        </Button>
      </ButtonGroup>
    </div>
  );
}
