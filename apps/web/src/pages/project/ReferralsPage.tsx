import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSearchParamUpdate } from '../../lib/useSearchParamUpdate';
import { canPlanHandover, canWithdrawConsent, referralSorts, referralStatuses, withdrawConsentInput, type ProjectDetail, type Referral } from '@thuis/domain';
import type { z } from 'zod';
import {
  ActionLabel,
  Alert,
  Button,
  ButtonGroup,
  ButtonLink,
  Card,
  DataList,
  FormProblem,
  Heading,
  Link,
  LoadMore,
  Loading,
  Paragraph,
  QueryState,
  Section,
  SelectField,
  TextAreaField,
} from '../../ui';
import { formatDate, formatDateTime } from '../../lib/dates';
import { translatedZodResolver } from '../../lib/forms';
import { useFormSubmit } from '../../lib/useFormErrors';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { useCurrentUser } from '../../features/auth/hooks';
import { usePartners } from '../../features/partners/hooks';
import { useSignal } from '../../features/signals/hooks';
import { isUuid } from '../../lib/ids';
import { ReferralForm } from '../../features/referrals/ReferralForm';
import { useReferrals, useWithdrawConsent } from '../../features/referrals/hooks';
import { referralPartners } from '../../features/referrals/referrals';
import { HandoverVisits, ReferralStatusBadge } from '../../features/referrals/ReferralParts';
import { auditLink } from '../../features/audit/filters';

export function ReferralsPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="referrals.read" title={t('referralsPage.title')} lead={t('referralsPage.intro')}>
      {(project) => <ReferralsView project={project} />}
    </ProjectSubPage>
  );
}

function ReferralsView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const signalId = isUuid(params.get('signalId')) ? params.get('signalId') : null;
  const canMake = project.permissions.includes('referrals.make');
  const [open, setOpen] = useState(canMake && !!signalId);
  const [notice, setNotice] = useState<string | null>(null);
  const partners = usePartners(project.id);
  const signal = useSignal(project.id, signalId, open && project.permissions.includes('signals.read'));

  const close = () => {
    setOpen(false);
    if (signalId) {
      const next = new URLSearchParams(params);
      next.delete('signalId');
      setParams(next, { replace: true });
    }
  };
  const waiting = partners.isPending || (!!signalId && signal.isPending && signal.fetchStatus !== 'idle');

  return (
    <>
      {canMake && !open ? (
        <div className="thuis-toolbar thuis-no-print">
          <Button
            appearance="primary"
            onClick={() => {
              setNotice(null);
              setOpen(true);
            }}
          >
            {t('referralsPage.newReferral')}
          </Button>
        </div>
      ) : null}
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {open ? (
        waiting ? (
          <Loading>{t('app.loading')}</Loading>
        ) : (
          <ReferralForm
            key={signalId ?? 'new'}
            projectId={project.id}
            signalId={signalId}
            signal={signal.data ?? null}
            partners={referralPartners(partners.data ?? [])}
            referrer={{ name: user.displayName, organisation: user.organisationName }}
            onSaved={(saved) => {
              close();
              setNotice(t('referralsPage.sent', { partner: saved.partnerName }));
            }}
            onCancel={close}
          />
        )
      ) : null}
      <ReferralList project={project} />
    </>
  );
}

/** The referrals a page at a time, by status and date; the filters live in the address. */
function ReferralList({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const [params, update] = useSearchParamUpdate();
  const status = referralStatuses.find((s) => s === params.get('status'));
  const sort = referralSorts.find((s) => s === params.get('sort')) ?? 'newest';
  const referrals = useReferrals(project.id, { status, sort });
  return (
    <Section title={t('referralsPage.listTitle')}>
      <div className="thuis-filter-form thuis-no-print" role="group" aria-label={t('pagedLists.referralFilters')}>
        <SelectField
          label={t('fields.status')}
          placeholder={t('pagedLists.allStatuses')}
          value={status ?? ''}
          onChange={(e) => update({ status: e.target.value })}
          options={referralStatuses.map((s) => ({ value: s, label: t(`referralStatuses.${s}`) }))}
        />
        <SelectField
          label={t('pagedLists.sort')}
          value={sort}
          onChange={(e) => update({ sort: e.target.value === 'newest' ? null : e.target.value })}
          options={referralSorts.map((s) => ({ value: s, label: t(`pagedLists.sorts.${s}`) }))}
        />
      </div>
      <QueryState query={referrals.state}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph>{status ? t('pagedLists.noneFiltered') : t('referralsPage.none')}</Paragraph>
          ) : (
            <>
              <ul className="thuis-card-list thuis-referral-list">
                {list.map((r) => (
                  <ReferralCard key={r.id} project={project} referral={r} />
                ))}
              </ul>
              <LoadMore
                shown={list.length}
                total={referrals.total}
                hasMore={referrals.hasMore}
                loading={referrals.loadingMore}
                onLoadMore={referrals.loadMore}
                label={t('pagedLists.referrals')}
              />
            </>
          )
        }
      </QueryState>
    </Section>
  );
}

function ReferralCard({ project, referral: r }: { project: ProjectDetail; referral: Referral }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [withdrawing, setWithdrawing] = useState(false);
  const [withdrawn, setWithdrawn] = useState(false);
  const can = (p: ProjectDetail['permissions'][number]) => project.permissions.includes(p);
  const name = t('referralsPage.referralName', { partner: r.partnerName, address: r.addressLabel });

  const response =
    r.status === 'declined'
      ? t('referralsPage.declined', { date: formatDate(r.respondedAt, lang), reason: r.declineReason ?? '' })
      : r.respondedAt
        ? t('referralsPage.accepted', { date: formatDate(r.respondedAt, lang) })
        : t('referralsPage.noResponse');

  return (
    <Card as="li" className="thuis-referral">
      <div className="thuis-phase-card__header">
        <Heading level={3}>{name}</Heading>
        <ReferralStatusBadge status={r.status} />
      </div>
      {withdrawn ? <Alert type="ok">{t('referralsPage.withdrawn')}</Alert> : null}
      <DataList
        className="thuis-datalist--compact"
        items={[
          { key: 'question', label: t('fields.question'), value: <span className="thuis-preline">{r.question}</span> },
          {
            key: 'consent',
            label: t('referralsPage.consent'),
            value: t('referralsPage.consentGiven', { date: formatDate(r.consentGivenOn, lang), name: r.consentRecordedByName }),
          },
          {
            key: 'share',
            label: t('fields.share'),
            value: r.share.length > 0 ? r.share.map((i) => t(`referralShareItems.${i}`)).join(', ') : t('referralsPage.questionOnly'),
          },
          ...(r.consentWithdrawnAt
            ? [
                {
                  key: 'withdrawn',
                  label: t('referralsPage.consentWithdrawn'),
                  value: t('referralsPage.consentWithdrawnBy', { date: formatDateTime(r.consentWithdrawnAt, lang), name: r.consentWithdrawnByName ?? '' }),
                },
              ]
            : []),
          {
            key: 'by',
            label: t('referralsPage.referredBy'),
            value: t('referralsPage.referredByOn', { name: r.referredByName, date: formatDate(r.createdAt, lang) }),
          },
          { key: 'response', label: t('referralsPage.response'), value: <span className="thuis-preline">{response}</span> },
          ...(r.outcome
            ? [
                {
                  key: 'outcome',
                  label: t('fields.outcome'),
                  value: (
                    <span className="thuis-preline">
                      {[t(`referralOutcomes.${r.outcome}`), r.outcomeNote].filter(Boolean).join(': ')}
                      {r.completedAt ? ` (${formatDate(r.completedAt, lang)})` : ''}
                    </span>
                  ),
                },
              ]
            : []),
          { key: 'handover', label: t('referralsPage.handoverVisits'), value: <HandoverVisits visits={r.handoverVisits} /> },
        ]}
      />
      {withdrawing ? (
        <WithdrawForm
          project={project}
          referral={r}
          name={name}
          onDone={() => {
            setWithdrawing(false);
            setWithdrawn(true);
          }}
          onCancel={() => setWithdrawing(false)}
        />
      ) : (
        <ButtonGroup>
          {canPlanHandover(r) && can('visits.plan') ? (
            <ButtonLink appearance="secondary" to={`/projects/${project.id}/visits?plan=final_visit&addressId=${r.addressId}`}>
              <ActionLabel visible={t('referralsPage.planHandover')} full={t('referralsPage.planHandoverFor', { referral: name })} />
            </ButtonLink>
          ) : null}
          {canWithdrawConsent(r) && can('referrals.make') ? (
            <Button
              appearance="subtle"
              danger
              onClick={() => {
                setWithdrawn(false);
                setWithdrawing(true);
              }}
            >
              <ActionLabel visible={t('referralsPage.withdraw')} full={t('referralsPage.withdrawFor', { referral: name })} />
            </Button>
          ) : null}
        </ButtonGroup>
      )}
      {can('project.audit.read') ? (
        <p className="thuis-hint thuis-no-print">
          <Link to={auditLink(project.id, { resourceType: 'referral', resourceId: r.id, action: 'read' })}>
            <ActionLabel visible={t('referralsPage.whoRead')} full={t('referralsPage.whoReadFor', { referral: name })} />
          </Link>
        </p>
      ) : null}
    </Card>
  );
}

type WithdrawValues = z.input<typeof withdrawConsentInput>;

/** The confirmation step of withdrawing consent, with an optional note. */
function WithdrawForm({
  project,
  referral,
  name,
  onDone,
  onCancel,
}: {
  project: ProjectDetail;
  referral: Referral;
  name: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawConsent(project.id);
  const form = useForm<WithdrawValues, unknown, z.output<typeof withdrawConsentInput>>({
    resolver: translatedZodResolver(withdrawConsentInput, t),
    defaultValues: { note: '' },
  });
  const { submit, problem } = useFormSubmit(form, ['note'], async (values) => {
    await withdraw.mutateAsync({ referralId: referral.id, note: values.note });
    onDone();
  });
  const { errors, isSubmitting } = form.formState;
  const title = t('referralsPage.withdrawTitle', { referral: name });
  return (
    <form onSubmit={submit} noValidate className="thuis-form thuis-inline-confirm" aria-label={title}>
      <FormProblem problem={problem} />
      <Alert type="warning" title={t('referralsPage.withdrawConfirmTitle')}>
        {t('referralsPage.withdrawExplain', { partner: referral.partnerName })}
      </Alert>
      <TextAreaField
        label={t('fields.note')}
        optionalText={t('common.optional')}
        description={t('referralsPage.withdrawNoteHint')}
        rows={2}
        error={errors.note?.message}
        {...form.register('note')}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" danger busy={isSubmitting} disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('referralsPage.withdrawConfirm')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
