import { useEffect, useState } from 'react';
import { useForm, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  referralInput,
  todayInAmsterdam,
  type Household,
  type Partner,
  type Referral,
  type ReferralInput,
  type ReferralShareItem,
  type signal as signalSchema,
  type Translate,
} from '@thuis/domain';
import type { z } from 'zod';
import { Alert, CheckboxField, CheckboxGroup, FormButtons, FormProblem, Heading, Paragraph, Section, SelectField, TextAreaField, TextField } from '../../ui';
import { formatDate } from '../../lib/dates';
import { mappedZodResolver } from '../../lib/forms';
import { useFormSubmit } from '../../lib/useFormErrors';
import { useAddressSearch } from '../visits/useAddressSearch';
import { useAddressHouseholds, useMakeReferral } from './hooks';
import { defaultHousehold, shareChoices, sortHouseholds } from './referrals';

type Signal = z.infer<typeof signalSchema>;
type Values = {
  signalId: string | null;
  householdId: string;
  partnerId: string;
  question: string;
  consentGiven: boolean;
  consentGivenOn: string;
  share: string[];
};
const paths = ['signalId', 'householdId', 'partnerId', 'question', 'consentGiven', 'consentGivenOn', 'share'] as const;

/** Empty choices become what the shared schema expects: no household (null) and nothing shared ([]). */
function referralResolver(t: Translate): Resolver<Values, unknown, ReferralInput> {
  return mappedZodResolver(referralInput, t, (values: Values) => ({ ...values, householdId: values.householdId || null, share: values.share || [] }));
}

/**
 * "Nieuwe doorverwijzing": only with the resident's explicit consent, who decides what the partner
 * may see. From a signal of a visit the household is known; otherwise the worker picks it by address.
 */
export function ReferralForm({
  projectId,
  signalId,
  signal,
  partners,
  referrer,
  onSaved,
  onCancel,
}: {
  projectId: string;
  signalId: string | null;
  /** The signal it follows up, when loaded (null when unknown or none). */
  signal: Signal | null;
  /** The project's partners a referral can go to. */
  partners: readonly Partner[];
  /** Who refers: shown in what the partner sees. */
  referrer: { name: string; organisation: string };
  onSaved: (saved: Referral) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const make = useMakeReferral(projectId);
  const form = useForm<Values, unknown, ReferralInput>({
    resolver: referralResolver(t),
    defaultValues: { signalId, householdId: '', partnerId: '', question: '', consentGiven: false, consentGivenOn: todayInAmsterdam(), share: [] },
  });
  const { submit, problem } = useFormSubmit(form, paths, async (values) => {
    onSaved(await make.mutateAsync(values));
  });
  const { errors, isSubmitting } = form.formState;
  const householdKnown = !!signal?.fromVisit;
  const shared = (form.watch('share') || []) as ReferralShareItem[];
  const partnerName = partners.find((p) => p.organisationId === form.watch('partnerId'))?.organisationName;

  const title = t('referralsPage.newTitle');
  return (
    <Section title={title} className="thuis-visit-form">
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        <FormProblem problem={problem} />
        {signal ? (
          <Alert type="info">
            {t('referralsPage.fromSignal', {
              category: t(`signalCategories.${signal.category}`),
              subject: t(`signalSubjects.${signal.subject}`),
              description: signal.description,
            })}
            {householdKnown ? ` ${t('referralsPage.householdFromVisit')}` : ''}
          </Alert>
        ) : signalId ? (
          <Alert type="info">{t('referralsPage.fromUnknownSignal')}</Alert>
        ) : null}
        {householdKnown ? null : <HouseholdPicker projectId={projectId} form={form} />}
        {partners.length === 0 ? (
          <Alert type="warning">{t('referralsPage.noPartners')}</Alert>
        ) : (
          <SelectField
            label={t('fields.partnerId')}
            placeholder={t('common.choose')}
            options={partners.map((p) => ({ value: p.organisationId, label: p.organisationName }))}
            error={errors.partnerId?.message}
            {...form.register('partnerId')}
          />
        )}
        <TextAreaField
          label={t('fields.question')}
          description={t('referralsPage.questionHint')}
          rows={4}
          error={errors.question?.message}
          {...form.register('question')}
        />
        <CheckboxField
          label={t('referralsPage.consentLabel')}
          description={t('referralsPage.consentHint')}
          error={errors.consentGiven?.message}
          {...form.register('consentGiven')}
        />
        <TextField
          type="date"
          label={t('fields.consentGivenOn')}
          error={errors.consentGivenOn?.message}
          max={todayInAmsterdam()}
          {...form.register('consentGivenOn')}
        />
        <CheckboxGroup
          legend={t('fields.share')}
          description={t('referralsPage.shareHint')}
          error={errors.share?.message ?? errors.share?.root?.message}
          options={shareChoices(!!signalId).map((i) => ({ value: i, label: t(`referralShareItems.${i}`) }))}
          inputProps={form.register('share')}
          idPrefix="referral-share"
        />
        <div className="thuis-share-preview">
          <Heading level={3}>{partnerName ? t('referralsPage.previewTitleFor', { partner: partnerName }) : t('referralsPage.previewTitle')}</Heading>
          <ul className="utrecht-unordered-list">
            <li className="utrecht-unordered-list__item">{t('referralsPage.previewQuestion')}</li>
            <li className="utrecht-unordered-list__item">{t('referralsPage.previewReferrer', referrer)}</li>
            {shared.map((item) => (
              <li className="utrecht-unordered-list__item" key={item}>
                {t(`referralShareItems.${item}`)}
              </li>
            ))}
          </ul>
          {shared.some((i) => i === 'name' || i === 'phone' || i === 'email' || i === 'address') ? null : (
            <Paragraph className="thuis-muted">{t('referralsPage.previewNoContact')}</Paragraph>
          )}
          <Paragraph className="thuis-muted">{t('referralsPage.previewWithdraw')}</Paragraph>
        </div>
        {errors.signalId?.message ? <Alert type="error">{errors.signalId.message}</Alert> : null}
        <FormButtons busy={isSubmitting} submitLabel={t('referralsPage.submit')} onCancel={onCancel} />
      </form>
    </Section>
  );
}

/** Search an address, choose it, then its household (the one living there now comes first). */
function HouseholdPicker({ projectId, form }: { projectId: string; form: UseFormReturn<Values, unknown, ReferralInput> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [addressId, setAddressId] = useState('');
  const { searchText, setSearchText, addresses, found, options: addressOptions } = useAddressSearch(projectId, addressId);
  const households = useAddressHouseholds(projectId, addressId);
  const { setValue } = form;

  const list = households.data ? sortHouseholds(households.data) : [];
  useEffect(() => {
    if (!households.data) return;
    setValue('householdId', defaultHousehold(households.data)?.id ?? '', { shouldValidate: false });
  }, [households.data, setValue]);

  const householdLabel = (h: Household) =>
    h.current
      ? h.movedInOn
        ? t('referralsPage.currentHouseholdSince', { date: formatDate(h.movedInOn, lang) })
        : t('referralsPage.currentHousehold')
      : t('referralsPage.formerHousehold', {
          from: h.movedInOn ? formatDate(h.movedInOn, lang) : '…',
          to: h.movedOutOn ? formatDate(h.movedOutOn, lang) : '…',
        });

  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset thuis-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('referralsPage.whoTitle')}</legend>
      <TextField
        type="search"
        label={t('homeVisits.addressSearch')}
        description={t('homeVisits.addressSearchHint')}
        value={searchText}
        onChange={(e) => setSearchText(e.target.value)}
        autoComplete="off"
      />
      <SelectField
        label={t('referralsPage.residentAddress')}
        placeholder={t('common.choose')}
        options={addressOptions}
        value={addressId}
        onChange={(e) => {
          setAddressId(e.target.value);
          setValue('householdId', '');
        }}
        description={
          addresses.data
            ? addresses.data.total > found.length
              ? t('homeVisits.addressesFoundFirst', { count: addresses.data.total, shown: found.length })
              : t('homeVisits.addressesFound', { count: addresses.data.total })
            : t('app.loading')
        }
      />
      <SelectField
        label={t('fields.householdId')}
        placeholder={addressId ? t('common.choose') : t('referralsPage.chooseAddressFirst')}
        options={list.map((h) => ({ value: h.id, label: householdLabel(h) }))}
        description={addressId && households.data && list.length === 0 ? t('referralsPage.noHousehold') : undefined}
        error={form.formState.errors.householdId?.message}
        {...form.register('householdId')}
      />
    </fieldset>
  );
}
