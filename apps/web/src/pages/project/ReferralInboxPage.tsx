import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { inboxFilters, referralOutcomeInput, referralOutcomes, referralResponseInput, type PartnerReferral, type ProjectDetail } from '@thuis/domain';
import type { z } from 'zod';
import {
  ActionLabel,
  Alert,
  Button,
  ButtonGroup,
  Card,
  DataList,
  FormButtons,
  FormProblem,
  Heading,
  LoadMore,
  Paragraph,
  QueryState,
  Section,
  SelectField,
  TextAreaField,
} from '../../ui';
import { formatDate } from '../../lib/dates';
import { formResolver, type FormValues } from '../../lib/forms';
import { useActionFeedback } from '../../lib/useActionProblem';
import { useFormSubmit } from '../../lib/useFormErrors';
import { useSearchParamUpdate } from '../../lib/useSearchParamUpdate';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { usePartnerInbox, useReportOutcome, useRespondToReferral } from '../../features/referrals/hooks';
import { HandoverVisits, ReferralStatusBadge } from '../../features/referrals/ReferralParts';

export function ReferralInboxPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="referrals.respond" title={t('referralInbox.title')} lead={t('referralInbox.intro')}>
      {(project) => <InboxView project={project} />}
    </ProjectSubPage>
  );
}

/** The inbox a page at a time; new, accepted or closed ones (the choice lives in the address). */
function InboxView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const [params, update] = useSearchParamUpdate();
  const filter = inboxFilters.find((f) => f === params.get('filter'));
  const inbox = usePartnerInbox(project.id, { filter });
  return (
    <QueryState query={inbox.state}>
      {(list) => (
        <Section title={t('referralInbox.listTitle', { organisation: inbox.first?.organisationName ?? '' })}>
          <div className="thuis-filter-form thuis-no-print" role="group" aria-label={t('pagedLists.inboxFilters')}>
            <SelectField
              label={t('pagedLists.inboxFilter')}
              value={filter ?? ''}
              onChange={(e) => update({ filter: e.target.value })}
              options={[
                { value: '', label: t('pagedLists.inboxFilterOptions.all') },
                ...inboxFilters.map((f) => ({ value: f, label: t(`pagedLists.inboxFilterOptions.${f}`) })),
              ]}
            />
          </div>
          {list.length === 0 ? (
            <Paragraph>{filter ? t('pagedLists.noneFiltered') : t('referralInbox.none')}</Paragraph>
          ) : (
            <>
              <ul className="thuis-card-list thuis-referral-list">
                {list.map((r) => (
                  <InboxCard key={r.id} projectId={project.id} referral={r} />
                ))}
              </ul>
              <LoadMore
                shown={list.length}
                total={inbox.total}
                hasMore={inbox.hasMore}
                loading={inbox.loadingMore}
                onLoadMore={inbox.loadMore}
                label={t('pagedLists.referrals')}
              />
            </>
          )}
        </Section>
      )}
    </QueryState>
  );
}

const sharedItems = ['name', 'address', 'phone', 'email', 'signal'] as const;

function InboxCard({ projectId, referral: r }: { projectId: string; referral: PartnerReferral }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = t('referralInbox.referralName', { date: formatDate(r.createdAt, lang) });
  const [declining, setDeclining] = useState(false);
  const respond = useRespondToReferral(projectId);
  const feedback = useActionFeedback();

  const accept = () => feedback.run(() => respond.mutateAsync({ referralId: r.id, response: { decision: 'accept' } }), t('referralInbox.acceptedNotice'));

  const shown = r.shared ? sharedItems.filter((i) => r.shared?.[i]) : [];
  // A link from the home page ("#referral-…") opens the inbox at this referral.
  const { hash } = useLocation();
  const header = useRef<HTMLDivElement>(null);
  const anchor = `referral-${r.id}`;
  useEffect(() => {
    if (hash !== `#${anchor}`) return;
    header.current?.scrollIntoView({ block: 'start' });
    header.current?.focus();
  }, [hash, anchor]);

  return (
    <Card as="li" className="thuis-referral">
      <div className="thuis-phase-card__header" id={anchor} ref={header} tabIndex={-1}>
        <Heading level={3}>{name}</Heading>
        <ReferralStatusBadge status={r.status} partnerSide />
      </div>
      {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
      <FormProblem problem={feedback.problem} />
      {r.consentWithdrawn ? (
        <Alert type="warning" title={t('referralInbox.withdrawnTitle')}>
          {t('referralInbox.withdrawnText')}
        </Alert>
      ) : null}
      <DataList
        className="thuis-datalist--compact"
        items={[
          {
            key: 'by',
            label: t('referralInbox.referredBy'),
            value: t('referralInbox.referredByValue', { name: r.referredByName, organisation: r.referredByOrganisation }),
          },
          ...(r.question !== null ? [{ key: 'question', label: t('fields.question'), value: <span className="thuis-preline">{r.question}</span> }] : []),
          ...shown.map((i) => ({
            key: i,
            label: t(`referralShareItems.${i}`),
            value: <span className="thuis-preline">{r.shared?.[i]}</span>,
          })),
          ...(r.status === 'declined' && r.declineReason ? [{ key: 'reason', label: t('referralInbox.declineReason'), value: r.declineReason }] : []),
          ...(r.outcome
            ? [
                {
                  key: 'outcome',
                  label: t('fields.outcome'),
                  value: <span className="thuis-preline">{[t(`referralOutcomes.${r.outcome}`), r.outcomeNote].filter(Boolean).join(': ')}</span>,
                },
              ]
            : []),
          ...(r.consentWithdrawn ? [] : [{ key: 'handover', label: t('referralsPage.handoverVisits'), value: <HandoverVisits visits={r.handoverVisits} /> }]),
        ]}
      />
      {!r.consentWithdrawn && r.shared && shown.length === 0 ? <Paragraph className="thuis-muted">{t('referralInbox.nothingShared')}</Paragraph> : null}

      {r.status === 'sent' && !r.consentWithdrawn ? (
        declining ? (
          <DeclineForm
            projectId={projectId}
            referral={r}
            name={name}
            onDone={() => {
              setDeclining(false);
              feedback.ok(t('referralInbox.declinedNotice'));
            }}
            onCancel={() => setDeclining(false)}
          />
        ) : (
          <ButtonGroup>
            <Button appearance="primary" busy={respond.isPending} disabled={respond.isPending} onClick={() => void accept()}>
              <ActionLabel visible={t('referralInbox.accept')} full={t('referralInbox.acceptFor', { referral: name })} />
            </Button>
            <Button
              appearance="secondary"
              onClick={() => {
                feedback.clear();
                setDeclining(true);
              }}
            >
              <ActionLabel visible={t('referralInbox.decline')} full={t('referralInbox.declineFor', { referral: name })} />
            </Button>
          </ButtonGroup>
        )
      ) : null}
      {r.status === 'accepted' && !r.consentWithdrawn ? (
        <OutcomeForm projectId={projectId} referral={r} name={name} onDone={() => feedback.ok(t('referralInbox.outcomeSaved'))} />
      ) : null}
    </Card>
  );
}

type DeclineValues = FormValues<z.input<(typeof referralResponseInput.options)[1]>>;

function DeclineForm({
  projectId,
  referral,
  name,
  onDone,
  onCancel,
}: {
  projectId: string;
  referral: PartnerReferral;
  name: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const respond = useRespondToReferral(projectId);
  // The decline branch of the response's schema is this form's whole shape.
  const form = useForm<DeclineValues, unknown, z.output<typeof referralResponseInput>>({
    resolver: formResolver(referralResponseInput.options[1], t),
    defaultValues: { decision: 'decline', reason: '' },
  });
  const { submit, problem } = useFormSubmit(form, ['reason'], async (values) => {
    await respond.mutateAsync({ referralId: referral.id, response: values });
    onDone();
  });
  const { errors, isSubmitting } = form.formState;
  const title = t('referralInbox.declineTitle', { referral: name });
  return (
    <form onSubmit={submit} noValidate className="thuis-form thuis-inline-confirm" aria-label={title}>
      <FormProblem problem={problem} />
      <TextAreaField
        label={t('fields.reason')}
        description={t('referralInbox.reasonHint')}
        rows={3}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
      <FormButtons busy={isSubmitting} submitLabel={t('referralInbox.declineSubmit')} onCancel={onCancel} />
    </form>
  );
}

type OutcomeValues = FormValues<z.input<typeof referralOutcomeInput>>;

/** "Terugkoppeling": how the referral ended, for the social team (and the report). */
function OutcomeForm({ projectId, referral, name, onDone }: { projectId: string; referral: PartnerReferral; name: string; onDone: () => void }) {
  const { t } = useTranslation();
  const report = useReportOutcome(projectId);
  const form = useForm<OutcomeValues, unknown, z.output<typeof referralOutcomeInput>>({
    resolver: formResolver(referralOutcomeInput, t),
    defaultValues: { outcome: '', note: '' },
  });
  const { submit, problem } = useFormSubmit(form, ['outcome', 'note'], async (values) => {
    await report.mutateAsync({ referralId: referral.id, input: values });
    onDone();
  });
  const { errors, isSubmitting } = form.formState;
  const title = t('referralInbox.outcomeTitle', { referral: name });
  return (
    <div className="thuis-inline-confirm">
      <Heading level={4}>{t('referralInbox.outcomeHeading')}</Heading>
      <Paragraph className="thuis-muted">{t('referralInbox.outcomeIntro')}</Paragraph>
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        <FormProblem problem={problem} />
        <SelectField
          label={t('fields.outcome')}
          placeholder={t('common.choose')}
          options={referralOutcomes.map((o) => ({ value: o, label: t(`referralOutcomes.${o}`) }))}
          error={errors.outcome?.message}
          {...form.register('outcome')}
        />
        <TextAreaField
          label={t('fields.note')}
          optionalText={t('common.optional')}
          description={t('referralInbox.noteHint')}
          rows={3}
          error={errors.note?.message}
          {...form.register('note')}
        />
        <FormButtons busy={isSubmitting} submitLabel={t('referralInbox.outcomeSubmit')} />
      </form>
    </div>
  );
}
