import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  openTextCategories,
  publicationInput,
  publicationKinds,
  quoteInput,
  searchTerms,
  type OpenTextCategory,
  type Publication,
  type ProjectDetail,
  type PublicationInput,
  type QuoteInput,
  type Theme,
} from '@thuis/domain';
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
  SelectField,
  StatusBadge,
  TextAreaField,
  TextField,
} from '../../ui';
import { formatDateTime } from '../../lib/dates';
import { formatNumber } from '../../lib/numbers';
import { emptyToNull, translatedZodResolver } from '../../lib/forms';
import { identifyingWarning, withIdentifyingCheck } from '../../lib/identifying';
import { problemFrom, useFormSubmit, type FormProblem as Problem } from '../../lib/useFormErrors';
import { usePictureTranslate } from '../../features/picture/fieldLabels';
import type { PictureFilters } from '../../features/picture/filters';
import {
  useAddQuote,
  useApproveQuote,
  useCreatePublication,
  usePublications,
  usePooledTexts,
  useQuotes,
  useReviewPublication,
  useThemeBoard,
} from '../../features/picture/hooks';
import { FocusedAlert } from '../../features/picture/controls';
import { PictureSubPage } from '../../features/picture/PictureNav';
import { loadedTexts } from '../../features/picture/texts';
import { publicationPdfUrl, reviewStep, shortText, stageTone, versionsByKind } from '../../features/picture/publications';

const allRegistrations: PictureFilters = {};

/** Statements offered in the quote form's list at most (the search narrows it down). */
const maxStatementOptions = 200;

/**
 * Phase 3, step 3: the picture as a report, a talking poster and feedback to residents. The team
 * picks quotes (approved only without identifying details) and makes versions that go through
 * review; every member sees the versions their role may see, with the PDF.
 */
export function PicturePublicationsPage() {
  const { t } = useTranslation();
  return (
    <PictureSubPage permission="project.read" title={t('picturePublications.title')} lead={t('picturePublications.intro')}>
      {(project) => (
        <>
          {project.permissions.includes('registrations.read') ? <QuotesSection project={project} /> : null}
          {project.permissions.includes('picture.work') ? <NewVersionSection project={project} /> : null}
          <VersionsSection project={project} />
        </>
      )}
    </PictureSubPage>
  );
}

// ---- Quotes ----

type QuoteValues = z.input<typeof quoteInput>;
const quotePaths = ['category', 'text', 'themeId', 'registrationId'] as const;
const emptyQuote: QuoteValues = { registrationId: null, category: openTextCategories[0], text: '', themeId: null };

function QuotesSection({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const pictureT = usePictureTranslate();
  const canWork = project.permissions.includes('picture.work');
  const board = useThemeBoard(project.id);
  const quotes = useQuotes(project.id);
  const add = useAddQuote(project.id);
  const approve = useApproveQuote(project.id);
  const [added, setAdded] = useState(false);
  const [refused, setRefused] = useState<Record<string, Problem>>({});
  const [approvedText, setApprovedText] = useState<string | null>(null);
  const [statementId, setStatementId] = useState('');
  const [search, setSearch] = useState('');

  const form = useForm<QuoteValues, unknown, QuoteInput>({
    resolver: withIdentifyingCheck(translatedZodResolver(quoteInput, pictureT), ['text'], t),
    defaultValues: emptyQuote,
  });
  const { submit, problem } = useFormSubmit(form, quotePaths, async (values) => {
    setAdded(false);
    await add.mutateAsync(values);
    form.reset({ ...emptyQuote, category: values.category });
    setStatementId('');
    setAdded(true);
  });
  const { errors, isSubmitting } = form.formState;
  const category = form.watch('category') ?? openTextCategories[0];
  const themes: readonly Theme[] = board.data?.themes ?? [];
  const themeName = (id: string | null) => (id ? (themes.find((th) => th.id === id)?.name ?? null) : null);

  // The server searches the statements of the category; the list offers the first of those found.
  const terms = searchTerms(useDeferredValue(search));
  const found = usePooledTexts(project.id, allRegistrations, category as OpenTextCategory, terms.join(' '), canWork, maxStatementOptions);
  const statements = useMemo(() => loadedTexts(found.data), [found.data]);
  const matched = found.data?.pages[0]?.matched ?? 0;

  const chooseStatement = (registrationId: string) => {
    setStatementId(registrationId);
    setAdded(false);
    const found = statements.find((s) => s.registrationId === registrationId);
    form.setValue('registrationId', found ? registrationId : null);
    if (found) form.setValue('text', found.text, { shouldValidate: false });
  };

  const onApprove = async (quoteId: string, text: string) => {
    setApprovedText(null);
    try {
      await approve.mutateAsync(quoteId);
      setRefused(({ [quoteId]: _, ...rest }) => rest);
      setApprovedText(text);
    } catch (error) {
      setRefused((r) => ({ ...r, [quoteId]: problemFrom(error, t('errors.server')) }));
    }
  };

  const rephrase = (quote: { category: QuoteValues['category']; text: string; themeId: string | null }) => {
    setAdded(false);
    setStatementId('');
    form.reset({ registrationId: null, category: quote.category, text: quote.text, themeId: quote.themeId });
    // After the reset has been rendered.
    requestAnimationFrame(() => form.setFocus('text', { shouldSelect: true }));
  };

  const title = t('picturePublications.quotesTitle');
  const formTitle = t('picturePublications.quoteFormTitle');
  return (
    <Section title={title}>
      <Paragraph>{t('picturePublications.quotesIntro')}</Paragraph>
      {canWork ? (
        <form onSubmit={submit} noValidate className="thuis-form thuis-quote-form" aria-label={formTitle}>
          <Heading level={3}>{formTitle}</Heading>
          {added ? <Alert type="ok">{t('picturePublications.quoteAdded')}</Alert> : null}
          <FormProblem problem={problem} />
          <SelectField
            label={t('picturePublications.quoteCategory')}
            options={openTextCategories.map((c) => ({ value: c, label: t(`fields.${c}`) }))}
            error={errors.category?.message}
            {...form.register('category', {
              onChange: () => {
                setStatementId('');
                form.setValue('registrationId', null);
              },
            })}
          />
          <TextField
            type="search"
            label={t('picturePublications.statementSearch')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            autoComplete="off"
          />
          <SelectField
            label={t('picturePublications.statement')}
            description={
              found.isPending ? t('app.loading') : t('picturePublications.statementHint', { count: matched, number: formatNumber(matched, i18n.language) })
            }
            placeholder={t('picturePublications.ownQuote')}
            value={statementId}
            onChange={(e) => chooseStatement(e.target.value)}
            options={statements.map((s) => ({ value: s.registrationId, label: shortText(s.text, 90) }))}
          />
          <TextAreaField
            label={t('picturePublications.quoteText')}
            description={t('picturePublications.quoteTextHint')}
            rows={4}
            error={errors.text?.message ?? identifyingWarning(form.watch('text'), t)}
            {...form.register('text')}
          />
          <SelectField
            label={t('picturePublications.quoteTheme')}
            optionalText={t('common.optional')}
            placeholder={t('picturePublications.noTheme')}
            options={themes.map((th) => ({ value: th.id, label: `${th.name} (${t(`themeValences.${th.valence}`)})` }))}
            error={errors.themeId?.message}
            {...form.register('themeId', { setValueAs: emptyToNull })}
          />
          <FormButtons busy={isSubmitting} submitLabel={t('picturePublications.addQuote')} />
        </form>
      ) : null}
      <Heading level={3} className="thuis-subheading">
        {t('picturePublications.quoteListTitle')}
      </Heading>
      {approvedText ? <FocusedAlert key={approvedText}>{t('picturePublications.quoteApproved', { text: shortText(approvedText) })}</FocusedAlert> : null}
      <QueryState query={quotes}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph>{t('picturePublications.noQuotes')}</Paragraph>
          ) : (
            <ul className="thuis-quote-list">
              {list.map((q) => {
                const theme = themeName(q.themeId);
                const refusal = refused[q.id];
                return (
                  <li key={q.id} className="thuis-card thuis-quote-item">
                    <blockquote className="thuis-quote">{q.text}</blockquote>
                    <p className="thuis-quote-item__meta">
                      {t(`fields.${q.category}`)}
                      {theme ? ` · ${t('picturePublications.quoteThemeIs', { name: theme })}` : ''} ·{' '}
                      {q.approved ? (
                        <StatusBadge tone="done">
                          {q.approvedByName ? t('picturePublications.approvedBy', { name: q.approvedByName }) : t('picturePublications.approved')}
                        </StatusBadge>
                      ) : (
                        <StatusBadge tone="neutral">{t('picturePublications.notApproved')}</StatusBadge>
                      )}
                    </p>
                    {refusal ? (
                      <Alert type="error" title={t('picturePublications.refusedTitle')}>
                        <p className="utrecht-paragraph">
                          {refusal.details.find((d) => d.path === 'text')?.message ?? refusal.details[0]?.message ?? refusal.message}
                        </p>
                        <p className="utrecht-paragraph">{t('picturePublications.refusedHint')}</p>
                      </Alert>
                    ) : null}
                    {canWork && !q.approved ? (
                      <ButtonGroup>
                        <Button appearance={refusal ? 'secondary' : 'primary'} disabled={approve.isPending} onClick={() => void onApprove(q.id, q.text)}>
                          <ActionLabel visible={t('picturePublications.approve')} full={t('picturePublications.approveFull', { text: shortText(q.text) })} />
                        </Button>
                        {refusal ? (
                          <Button appearance={'primary'} onClick={() => rephrase(q)}>
                            <ActionLabel
                              visible={t('picturePublications.rephrase')}
                              full={t('picturePublications.rephraseFull', { text: shortText(q.text) })}
                            />
                          </Button>
                        ) : null}
                      </ButtonGroup>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryState>
    </Section>
  );
}

// ---- A new version ----

type VersionValues = z.input<typeof publicationInput>;
const versionPaths = ['kind', 'title', 'introduction'] as const;

function NewVersionSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const pictureT = usePictureTranslate();
  const create = useCreatePublication(project.id);
  const [made, setMade] = useState<string | null>(null);
  const defaults = (): VersionValues => ({
    kind: 'report',
    title: t('picturePublications.defaultTitle', { neighbourhood: project.neighbourhood }),
    introduction: '',
  });
  const form = useForm<VersionValues, unknown, PublicationInput>({ resolver: translatedZodResolver(publicationInput, pictureT), defaultValues: defaults() });
  const { submit, problem } = useFormSubmit(form, versionPaths, async (values) => {
    setMade(null);
    const list = await create.mutateAsync(values);
    const newest = list.filter((p) => p.kind === values.kind).sort((a, b) => b.version - a.version)[0];
    form.reset({ ...defaults(), kind: values.kind, title: values.title });
    setMade(t('picturePublications.created', { kind: t(`publicationKinds.${values.kind}`), version: newest?.version ?? '' }));
  });
  const { errors, isSubmitting } = form.formState;
  const title = t('picturePublications.newTitle');
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
        <FormButtons busy={isSubmitting} submitLabel={t('picturePublications.create')} />
      </form>
    </Section>
  );
}

// ---- The versions ----

function VersionsSection({ project }: { project: ProjectDetail }) {
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
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
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
        <div className="thuis-version__header">
          <Heading level={4} id={headingId}>
            {t('picturePublications.versionHeading', { version: p.version, title: p.title })}
          </Heading>
          <StatusBadge tone={stageTone(p.stage)}>{t(`reviewStages.${p.stage}`)}</StatusBadge>
        </div>
        <p className="thuis-muted">
          {t('picturePublications.madeBy', { name: p.createdByName || t('common.unknown'), date: formatDateTime(p.createdAt, lang) })}
        </p>
        {p.reviews.length > 0 ? (
          <ol className="thuis-plain-list thuis-version__reviews" aria-label={t('picturePublications.historyOf', { name })}>
            {p.reviews.map((r, i) => (
              <li key={i}>
                <strong>{t(`picturePublications.history.${r.stage}`)}</strong>{' '}
                {t('picturePublications.historyBy', { name: r.byName || t('common.unknown'), date: formatDateTime(r.at, lang) })}
                {r.note ? <span className="thuis-preline thuis-version__note">{r.note}</span> : null}
              </li>
            ))}
          </ol>
        ) : null}
        <ButtonGroup>
          <DownloadLink href={publicationPdfUrl(project.id, p.id)}>
            <ActionLabel visible={t('picturePublications.download')} full={t('picturePublications.downloadFull', { name })} />
          </DownloadLink>
        </ButtonGroup>
        {advanced ? <FocusedAlert key={advanced}>{advanced}</FocusedAlert> : null}
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
