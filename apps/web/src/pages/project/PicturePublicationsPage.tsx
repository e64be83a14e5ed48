import { useDeferredValue, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { openTextCategories, quoteInput, searchTerms, type OpenTextCategory, type ProjectDetail, type QuoteInput, type Theme } from '@thuis/domain';
import type { z } from 'zod';
import {
  ActionLabel,
  Alert,
  Button,
  ButtonGroup,
  FormButtons,
  FormProblem,
  Heading,
  Paragraph,
  QueryState,
  Section,
  SelectField,
  StatusBadge,
  TextAreaField,
  TextField,
} from '../../ui';
import { formatNumber } from '../../lib/numbers';
import { emptyToNull, translatedZodResolver } from '../../lib/forms';
import { identifyingWarning, withIdentifyingCheck } from '../../lib/identifying';
import { problemFrom, useFormSubmit, type FormProblem as Problem } from '../../lib/useFormErrors';
import { usePictureTranslate } from '../../features/picture/fieldLabels';
import type { PictureFilters } from '../../features/picture/filters';
import { useAddQuote, useApproveQuote, usePooledTexts, useQuotes, useThemeBoard } from '../../features/picture/hooks';
import { PictureSubPage } from '../../features/picture/PictureNav';
import { NewVersionSection, VersionsSection } from '../../features/picture/PublicationVersions';
import { loadedTexts } from '../../features/picture/texts';
import { shortText } from '../../features/picture/publications';

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
      {approvedText ? (
        <Alert type="ok" focus key={approvedText}>
          {t('picturePublications.quoteApproved', { text: shortText(approvedText) })}
        </Alert>
      ) : null}
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
