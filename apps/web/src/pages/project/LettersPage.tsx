import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  formatVisitors,
  letterTemplateInput,
  mergeFields,
  mergeLetter,
  todayInAmsterdam,
  letterTemplate,
  type LetterTemplateInput,
  type MergeValues,
  type ProjectDetail,
  type VisitListItem,
} from '@thuis/domain';
import type { z } from 'zod';
import {
  Alert,
  Button,
  ButtonGroup,
  CheckboxField,
  FormProblem,
  Link,
  LoadMore,
  Paragraph,
  ProgressBar,
  QueryState,
  Section,
  StatusBadge,
  TextAreaField,
  TextField,
  type Column,
  DataTable,
} from '../../ui';
import { downloadBlob, isApiError } from '../../lib/api';
import { formatDate, formatShortDate } from '../../lib/dates';
import { translatedZodResolver } from '../../lib/forms';
import { useFormSubmit } from '../../lib/useFormErrors';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { chosenOnOffer, visitsToInvite } from '../../features/letters/batch';
import { lettersApi } from '../../features/letters/api';
import { useLetterJob, useLetterTemplate, useMarkLettersSent, useRequestLetters, useSaveLetterTemplate } from '../../features/letters/hooks';
import { useSearchParamUpdate } from '../../lib/useSearchParamUpdate';
import { useVisits } from '../../features/visits/hooks';
import { addDays, dateOf, isIsoDate, sortVisits, timeOf } from '../../features/visits/schedule';

export function LettersPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="visits.plan" title={t('invitations.title')} lead={t('invitations.intro')}>
      {(project) => (
        <>
          <p className="thuis-back">
            <Link to={`/projects/${project.id}/visits`}>{t('invitations.backToVisits')}</Link>
          </p>
          <LetterBatch project={project} />
          <QueryStateTemplate project={project} />
        </>
      )}
    </ProjectSubPage>
  );
}

function QueryStateTemplate({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const template = useLetterTemplate(project.id);
  return (
    <Section title={t('invitations.templateTitle')}>
      {/* Written once per project, read rarely: folded away below the batch, so making letters is at the top. */}
      <details className="thuis-figures thuis-letter-template">
        <summary>{t('lettersAndPartners.letters.templateSummary')}</summary>
        <QueryState query={template}>{(data) => <TemplateForm project={project} template={data} />}</QueryState>
      </details>
    </Section>
  );
}

/** A letter to a household without a contact name, merged as the printed letter would be (same salutation and visitors). */
function exampleValues(project: ProjectDetail, t: (key: string, params?: Record<string, string>) => string, lang: string): MergeValues {
  const address = t('invitations.example.adres');
  return {
    aanhef: t('letters.residentsOf', { address }),
    adres: address,
    postcode: '1234 AB',
    plaats: t('invitations.example.plaats'),
    datum: formatDate(addDays(todayInAmsterdam(), 14), lang),
    tijd: '10:00',
    bezoekers: formatVisitors(
      [
        { name: 'Anna de Vries', organisation: t('invitations.example.welfareOrganisation') },
        { name: 'Mehmet Yilmaz', organisation: t('invitations.example.contractor') },
      ],
      lang,
    ),
    project: project.name,
    afzender: t('invitations.example.afzender'),
    teamtelefoon: project.teamPhone || t('invitations.example.missing', { field: t('fields.teamPhone') }),
    teamemail: project.teamEmail || t('invitations.example.missing', { field: t('fields.teamEmail') }),
  };
}

function TemplateForm({ project, template }: { project: ProjectDetail; template: z.infer<typeof letterTemplate> }) {
  const { t, i18n } = useTranslation();
  const save = useSaveLetterTemplate(project.id);
  const [saved, setSaved] = useState(false);
  const form = useForm<LetterTemplateInput, unknown, LetterTemplateInput>({
    resolver: translatedZodResolver(letterTemplateInput, t),
    defaultValues: { subject: template.subject, body: template.body },
  });
  const { submit, problem } = useFormSubmit(form, ['subject', 'body'], async (values) => {
    setSaved(false);
    await save.mutateAsync(values);
    setSaved(true);
  });
  const { errors, isSubmitting } = form.formState;
  const subject = form.watch('subject') ?? '';
  const body = form.watch('body') ?? '';
  const values = exampleValues(project, t, i18n.language);

  return (
    <div className="thuis-letter-editor">
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={t('invitations.templateTitle')}>
        {template.isDefault ? <Paragraph>{t('invitations.isDefault')}</Paragraph> : null}
        <FormProblem problem={problem} />
        {saved ? <Alert type="ok">{t('invitations.saved')}</Alert> : null}
        <TextField label={t('fields.subject')} error={errors.subject?.message} {...form.register('subject', { onChange: () => setSaved(false) })} />
        <TextAreaField
          label={t('fields.body')}
          rows={20}
          className="thuis-letter-body"
          description={t('invitations.bodyHint', { field: '{{aanhef}}' })}
          error={errors.body?.message}
          {...form.register('body', { onChange: () => setSaved(false) })}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={isSubmitting} disabled={isSubmitting}>
            {t('invitations.save')}
          </Button>
        </ButtonGroup>
      </form>
      <div className="thuis-letter-side">
        <Section title={t('invitations.fieldsTitle')} level={3}>
          <Paragraph>{t('invitations.fieldsIntro')}</Paragraph>
          <dl className="thuis-merge-fields">
            {mergeFields.map((f) => (
              <div key={f}>
                <dt>
                  <code>{`{{${f}}}`}</code>
                </dt>
                <dd>{t(`invitations.mergeFields.${f}`)}</dd>
              </div>
            ))}
          </dl>
        </Section>
        <Section title={t('invitations.previewTitle')} level={3}>
          <Paragraph className="thuis-muted">{t('invitations.previewIntro')}</Paragraph>
          <div className="thuis-letter-preview" aria-live="off">
            <p className="thuis-letter-preview__subject">
              <strong>{mergeLetter(subject, values)}</strong>
            </p>
            <div className="thuis-letter-preview__body">{mergeLetter(body, values)}</div>
          </div>
        </Section>
      </div>
    </div>
  );
}

/** How many visits the list shows at first, and adds at each "Meer laden". */
const ROWS_SHOWN = 25;

/** What happens after a batch is made: it can be marked as sent (asked first), and then is. */
type Marking = { step: 'idle' } | { step: 'confirming' } | { step: 'marked'; count: number };

function LetterBatch({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const today = todayInAmsterdam();
  // The period is asked once: it comes with the link from the visits page (the week shown there) and
  // stays in the address; the fields change it.
  const [params, update] = useSearchParamUpdate();
  const [from, setFrom] = useState(isIsoDate(params.get('from')) ? params.get('from')! : today);
  const [until, setUntil] = useState(isIsoDate(params.get('until')) ? params.get('until')! : addDays(today, 27));
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [onlyUninvited, setOnlyUninvited] = useState(true);
  const [shown, setShown] = useState(ROWS_SHOWN);
  const [error, setError] = useState<string | null>(null);
  const request = useRequestLetters(project.id);
  const markSent = useMarkLettersSent(project.id);
  const [jobId, setJobId] = useState<string | null>(null);
  const [marking, setMarking] = useState<Marking>({ step: 'idle' });
  const job = useLetterJob(project.id, jobId);
  const making = jobId !== null && job.data?.status !== 'done' && job.data?.status !== 'failed';
  const downloaded = useRef<string | null>(null);
  const range = isIsoDate(from) && isIsoDate(until) && from <= until;
  const visits = useVisits(project.id, range ? { from, to: addDays(until, 1), open: 'true' } : { from: today, to: addDays(today, 1), open: 'true' });
  const list = visitsToInvite(sortVisits(visits.data ?? []), onlyUninvited);
  const selected = chosenOnOffer(list, chosen);
  const allChosen = list.length > 0 && selected.length === list.length;

  const toggle = (id: string, on: boolean) => {
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };
  const toggleAll = (on: boolean) => setChosen(on ? new Set(list.map((v) => v.id)) : new Set());
  const setPeriod = (key: 'from' | 'until', value: string) => {
    (key === 'from' ? setFrom : setUntil)(value);
    setShown(ROWS_SHOWN);
    if (isIsoDate(value)) update({ [key]: value });
  };
  const problemText = (e: unknown) => (isApiError(e) ? [e.message, ...e.fields.map((f) => f.message)].join(' ') : t('errors.server'));
  const download = async (id: string) => {
    try {
      downloadBlob(await lettersApi.pdf(project.id, id), 'uitnodigingen.pdf');
    } catch (e) {
      setError(problemText(e));
    }
  };
  // The letters are made in the background: once they are, the PDF downloads by itself.
  const status = job.data?.status;
  useEffect(() => {
    if (!jobId || !job.data) return;
    if (status === 'done' && downloaded.current !== jobId) {
      downloaded.current = jobId;
      void download(jobId);
    }
    if (status === 'failed') setError(t('invitations.makeFailed'));
    // Only when the job changes state, not on every poll (the other values change on every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jobId, status]);
  const make = async () => {
    setError(null);
    setMarking({ step: 'idle' });
    if (selected.length === 0) {
      setError(t('invitations.chooseVisits'));
      return;
    }
    try {
      setJobId((await request.mutateAsync(selected.map((v) => v.id))).id);
    } catch (e) {
      setError(problemText(e));
    }
  };
  const confirmMarked = async () => {
    if (!jobId) return;
    setError(null);
    try {
      const result = await markSent.mutateAsync(jobId);
      setChosen(new Set());
      setMarking({ step: 'marked', count: result.visits });
    } catch (e) {
      setError(problemText(e));
    }
  };
  const made = jobId !== null && status === 'done' ? (job.data?.total ?? 0) : null;

  const visitName = (v: VisitListItem) => t('homeVisits.visitName', { address: v.addressLabel, time: timeOf(v.startsAt) });
  const columns: Column<VisitListItem>[] = [
    {
      label: t('invitations.choose'),
      cell: (v) => (
        <input
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
          checked={chosen.has(v.id)}
          onChange={(e) => toggle(v.id, e.target.checked)}
          aria-label={t('invitations.chooseVisit', { visit: `${visitName(v)}, ${formatDate(dateOf(v.startsAt), lang)}` })}
        />
      ),
    },
    { label: t('homeVisits.date'), cell: (v) => formatDate(dateOf(v.startsAt), lang), className: 'thuis-nowrap' },
    {
      label: t('homeVisits.time'),
      cell: (v) => t('homeVisits.timeRange', { start: timeOf(v.startsAt), end: timeOf(v.endsAt) }),
      className: 'thuis-nowrap thuis-number',
    },
    { label: t('fields.addressId'), cell: (v) => v.addressLabel },
    { label: t('fields.kind'), cell: (v) => t(`visitKinds.${v.kind}`) },
    { label: t('fields.visitorIds'), cell: (v) => v.visitors.map((p) => p.displayName).join(', ') || '–' },
    {
      label: t('invitations.invitation'),
      cell: (v) =>
        v.invitedOn ? (
          <StatusBadge tone="done">{t('invitations.invitedOn', { date: formatShortDate(v.invitedOn, lang) })}</StatusBadge>
        ) : (
          <StatusBadge tone="neutral">{t('invitations.notInvited')}</StatusBadge>
        ),
      className: 'thuis-nowrap',
    },
  ];

  return (
    <Section title={t('invitations.batchTitle')}>
      <Paragraph>{t('invitations.batchIntro')}</Paragraph>
      <div className="thuis-filter-form" role="group" aria-label={t('invitations.period')}>
        <TextField type="date" label={t('invitations.from')} value={from} onChange={(e) => setPeriod('from', e.target.value)} />
        <TextField
          type="date"
          label={t('invitations.until')}
          value={until}
          onChange={(e) => setPeriod('until', e.target.value)}
          error={range || !isIsoDate(from) || !isIsoDate(until) ? undefined : t('invitations.badRange')}
        />
      </div>
      <CheckboxField
        label={t('invitations.onlyUninvited')}
        description={t('invitations.onlyUninvitedHint')}
        checked={onlyUninvited}
        onChange={(e) => {
          setShown(ROWS_SHOWN);
          setOnlyUninvited(e.target.checked);
        }}
      />
      {/* Making the letters sits above the list: a long period must not push it screens down. */}
      <div className="thuis-toolbar thuis-letter-actions">
        {list.length > 0 ? (
          <label className="thuis-select-all">
            <input
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
              checked={allChosen}
              onChange={(e) => toggleAll(e.target.checked)}
            />{' '}
            {t('invitations.selectAll', { count: list.length })}
          </label>
        ) : null}
        <Button appearance="primary" onClick={() => void make()} busy={request.isPending || making} disabled={request.isPending || making}>
          {t('invitations.make')}
        </Button>
        <Paragraph className="thuis-muted">{t('invitations.selectedCount', { count: selected.length })}</Paragraph>
      </div>
      {making ? (
        <ProgressBar
          label={t('invitations.making')}
          value={job.data?.done ?? 0}
          max={job.data?.total ?? 0}
          text={t('invitations.makingProgress', { done: job.data?.done ?? 0, total: job.data?.total ?? '…' })}
        />
      ) : null}
      {made !== null && jobId ? (
        <MadeBatch
          count={made}
          marking={marking}
          busy={markSent.isPending}
          onDownload={() => void download(jobId)}
          onMark={() => setMarking({ step: 'confirming' })}
          onConfirm={() => void confirmMarked()}
          onCancel={() => setMarking({ step: 'idle' })}
        />
      ) : null}
      {error ? <Alert type="error">{error}</Alert> : null}
      <QueryState query={visits}>
        {() =>
          list.length === 0 ? (
            <Paragraph>{onlyUninvited ? t('invitations.noUninvitedVisits') : t('invitations.noVisits')}</Paragraph>
          ) : (
            <>
              <DataTable caption={t('invitations.visitsCaption', { count: list.length })} rows={list.slice(0, shown)} rowKey={(v) => v.id} columns={columns} />
              <LoadMore
                shown={Math.min(shown, list.length)}
                total={list.length}
                hasMore={shown < list.length}
                loading={false}
                onLoadMore={() => setShown((n) => n + ROWS_SHOWN)}
                label={t('lettersAndPartners.letters.visits')}
              />
            </>
          )
        }
      </QueryState>
    </Section>
  );
}

/**
 * A made batch: download again, and mark it as sent once printed, after a confirmation naming how
 * many visits that marks (making the letters does not: nobody has printed them yet).
 */
function MadeBatch({
  count,
  marking,
  busy,
  onDownload,
  onMark,
  onConfirm,
  onCancel,
}: {
  count: number;
  marking: Marking;
  busy: boolean;
  onDownload: () => void;
  onMark: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const confirmRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  // Focus follows the step, so a keyboard or screen reader user hears the question and the result.
  useEffect(() => {
    if (marking.step === 'confirming') confirmRef.current?.focus();
    if (marking.step === 'marked') resultRef.current?.focus();
  }, [marking.step]);
  if (marking.step === 'marked')
    return (
      <div ref={resultRef} tabIndex={-1}>
        <Alert type="ok">{t('lettersAndPartners.letters.marked', { count: marking.count })}</Alert>
      </div>
    );
  return (
    <Alert type="ok">
      <Paragraph>{t('lettersAndPartners.letters.made', { count })}</Paragraph>
      {marking.step === 'confirming' ? (
        <div ref={confirmRef} tabIndex={-1} className="thuis-inline-confirm" role="group" aria-label={t('lettersAndPartners.letters.confirmTitle', { count })}>
          <Paragraph>{t('lettersAndPartners.letters.confirmText', { count })}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary" busy={busy} disabled={busy} onClick={onConfirm}>
              {t('lettersAndPartners.letters.confirm', { count })}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </div>
      ) : (
        <ButtonGroup>
          <Button appearance="primary" onClick={onMark}>
            {t('lettersAndPartners.letters.markSent')}
          </Button>
          <Button appearance="secondary" onClick={onDownload}>
            {t('invitations.downloadAgain')}
          </Button>
        </ButtonGroup>
      )}
    </Alert>
  );
}
