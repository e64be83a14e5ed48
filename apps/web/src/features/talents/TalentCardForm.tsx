import { useCallback, useEffect, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { talentCardInput, todayInAmsterdam, type TalentCard, type TalentCardInput } from '@thuis/domain';
import { CheckboxField, FormButtons, FormProblem, Section, SelectField, TextAreaField, TextField } from '../../ui';
import { translatedZodResolver } from '../../lib/forms';
import { useFormSubmit } from '../../lib/useFormErrors';
import { useAddressSearch } from '../visits/useAddressSearch';
import { useAddressHouseholds } from '../referrals/hooks';
import { defaultHousehold } from '../referrals/referrals';
import { useSaveTalentCard } from './hooks';

type Values = Omit<TalentCardInput, 'consentGiven'> & { consentGiven: boolean };
const paths = ['householdId', 'contactName', 'contactPhone', 'contactEmail', 'gives', 'wishes', 'limits', 'consentGiven', 'consentGivenOn'] as const;

/**
 * A household's talent card: only with its consent to be contacted. The contact fields are the
 * resident's own choice of how to be reached; the texts may be read to a neighbour, so name no one.
 * `prefill`: a household chosen on its page, or talents the resident agreed to copy from the conversation.
 */
export function TalentCardForm({
  projectId,
  card,
  prefill,
  onSaved,
  onCancel,
}: {
  projectId: string;
  card?: TalentCard;
  prefill?: { householdId?: string; addressId?: string; gives?: string };
  onSaved: (saved: TalentCard) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveTalentCard(projectId);
  const form = useForm<Values, unknown, TalentCardInput>({
    resolver: translatedZodResolver(talentCardInput, t) as unknown as Resolver<Values, unknown, TalentCardInput>,
    defaultValues: card
      ? { ...card, consentGiven: true }
      : {
          householdId: prefill?.householdId ?? '',
          contactName: '',
          contactPhone: '',
          contactEmail: '',
          gives: prefill?.gives ?? '',
          wishes: '',
          limits: '',
          consentGiven: false,
          consentGivenOn: todayInAmsterdam(),
        },
  });
  const { submit, problem } = useFormSubmit(form, paths, async (values) =>
    onSaved(await save.mutateAsync({ input: values, ...(card ? { cardId: card.id } : {}) })),
  );
  const { setValue } = form;
  const chooseHousehold = useCallback((id: string) => setValue('householdId', id), [setValue]);
  const { errors, isSubmitting } = form.formState;
  const title = card ? t('talents.editTitle', { name: card.contactName }) : t('talents.newTitle');
  return (
    <Section title={title} className="thuis-visit-form">
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        <FormProblem problem={problem} />
        {card || prefill?.householdId ? null : (
          <HouseholdChoice projectId={projectId} initialAddressId={prefill?.addressId ?? ''} error={errors.householdId?.message} onChange={chooseHousehold} />
        )}
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset thuis-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('talents.contactLegend')}</legend>
          <p className="thuis-hint">{t('talents.contactHint')}</p>
          <TextField label={t('fields.contactName')} autoComplete="off" error={errors.contactName?.message} {...form.register('contactName')} />
          <TextField
            type="tel"
            label={t('fields.contactPhone')}
            optionalText={t('common.optional')}
            autoComplete="off"
            error={errors.contactPhone?.message}
            {...form.register('contactPhone')}
          />
          <TextField
            type="email"
            label={t('fields.contactEmail')}
            optionalText={t('common.optional')}
            autoComplete="off"
            error={errors.contactEmail?.message}
            {...form.register('contactEmail')}
          />
        </fieldset>
        <TextAreaField
          label={t('fields.gives')}
          description={t('talents.textHint')}
          rows={3}
          optionalText={t('common.optional')}
          error={errors.gives?.message}
          {...form.register('gives')}
        />
        <TextAreaField label={t('fields.wishes')} rows={3} optionalText={t('common.optional')} error={errors.wishes?.message} {...form.register('wishes')} />
        <TextAreaField
          label={t('fields.limits')}
          description={t('talents.limitsHint')}
          rows={2}
          optionalText={t('common.optional')}
          error={errors.limits?.message}
          {...form.register('limits')}
        />
        <CheckboxField
          label={t('talents.consentLabel')}
          description={t('talents.consentHint')}
          error={errors.consentGiven?.message}
          {...form.register('consentGiven')}
        />
        <TextField
          type="date"
          label={t('fields.consentGivenOn')}
          max={todayInAmsterdam()}
          error={errors.consentGivenOn?.message}
          {...form.register('consentGivenOn')}
        />
        <FormButtons busy={isSubmitting} submitLabel={t('talents.save')} onCancel={onCancel} />
      </form>
    </Section>
  );
}

/** Search an address and take the household living there now (or the last one). */
function HouseholdChoice({
  projectId,
  initialAddressId,
  error,
  onChange,
}: {
  projectId: string;
  initialAddressId: string;
  error?: string;
  onChange: (householdId: string) => void;
}) {
  const { t } = useTranslation();
  const [addressId, setAddressId] = useState(initialAddressId);
  const { searchText, setSearchText, options } = useAddressSearch(projectId, addressId);
  const households = useAddressHouseholds(projectId, addressId);
  const household = households.data ? defaultHousehold(households.data) : null;
  useEffect(() => onChange(household?.id ?? ''), [household?.id, onChange]);
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset thuis-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('talents.whoTitle')}</legend>
      <TextField
        type="search"
        label={t('homeVisits.addressSearch')}
        description={t('homeVisits.addressSearchHint')}
        value={searchText}
        onChange={(e) => setSearchText(e.target.value)}
        autoComplete="off"
      />
      <SelectField
        label={t('talents.address')}
        placeholder={t('common.choose')}
        options={options}
        value={addressId}
        onChange={(e) => setAddressId(e.target.value)}
        description={addressId && households.data && !household ? t('referralsPage.noHousehold') : undefined}
        error={error}
      />
    </fieldset>
  );
}
