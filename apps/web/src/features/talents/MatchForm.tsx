import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { matchInput, matchKinds, todayInAmsterdam, type MatchInput, type TalentCard, type TalentMatch } from '@thuis/domain';
import { CheckboxField, FormButtons, FormProblem, Paragraph, Section, SelectField, TextAreaField, TextField } from '../../ui';
import { mappedZodResolver } from '../../lib/forms';
import { useFormSubmit } from '../../lib/useFormErrors';
import { useRecordMatch, useTalentSuggestions } from './hooks';

type Values = Omit<MatchInput, 'consentA' | 'consentB' | 'followUpOn'> & { consentA: boolean; consentB: boolean; followUpOn: string };
const paths = ['cardAId', 'cardBId', 'kind', 'consentA', 'consentAOn', 'consentB', 'consentBOn', 'followUpOn', 'note'] as const;

/** Two weeks on: a first follow-up that fits most matches. */
export function defaultFollowUp(today: string): string {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 14);
  return date.toISOString().slice(0, 10);
}

/**
 * Records a match from one card to a neighbour: the suggested neighbours come first, both households
 * must have agreed to this match, and a follow-up date keeps it from being forgotten.
 */
export function MatchForm({
  projectId,
  card,
  onSaved,
  onCancel,
}: {
  projectId: string;
  card: TalentCard;
  onSaved: (saved: TalentMatch) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordMatch(projectId);
  const suggestions = useTalentSuggestions(projectId, card.id);
  const today = todayInAmsterdam();
  const form = useForm<Values, unknown, MatchInput>({
    resolver: mappedZodResolver(matchInput, t, (values: Values) => ({ ...values, followUpOn: values.followUpOn || null })),
    defaultValues: {
      cardAId: card.id,
      cardBId: '',
      kind: 'practical_help',
      consentA: false,
      consentAOn: today,
      consentB: false,
      consentBOn: today,
      followUpOn: defaultFollowUp(today),
      note: '',
    },
  });
  const { submit, problem } = useFormSubmit(form, paths, async (values) => onSaved(await record.mutateAsync(values)));
  const { errors, isSubmitting } = form.formState;
  const options = (suggestions.data ?? []).map((s) => ({
    value: s.card.id,
    label: t('talents.suggestionLabel', { name: s.card.contactName, address: s.card.address, shared: s.shared.join(', ') }),
  }));
  const other = suggestions.data?.find((s) => s.card.id === form.watch('cardBId'))?.card;
  const title = t('talents.matchTitle', { name: card.contactName });
  return (
    <Section title={title} className="thuis-visit-form">
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        <FormProblem problem={problem} />
        {suggestions.data && options.length === 0 ? <Paragraph>{t('talents.noSuggestions')}</Paragraph> : null}
        <SelectField
          label={t('talents.neighbour')}
          description={t('talents.neighbourHint')}
          placeholder={suggestions.isPending ? t('app.loading') : t('common.choose')}
          options={options}
          error={errors.cardBId?.message}
          {...form.register('cardBId')}
        />
        <SelectField
          label={t('talents.kind')}
          options={matchKinds.map((k) => ({ value: k, label: t(`matchKinds.${k}`) }))}
          error={errors.kind?.message}
          {...form.register('kind')}
        />
        <CheckboxField label={t('talents.consentOf', { name: card.contactName })} error={errors.consentA?.message} {...form.register('consentA')} />
        <TextField type="date" label={t('fields.consentAOn')} max={today} error={errors.consentAOn?.message} {...form.register('consentAOn')} />
        <CheckboxField
          label={t('talents.consentOf', { name: other?.contactName ?? t('fields.cardBId') })}
          error={errors.consentB?.message}
          {...form.register('consentB')}
        />
        <TextField type="date" label={t('fields.consentBOn')} max={today} error={errors.consentBOn?.message} {...form.register('consentBOn')} />
        <TextField
          type="date"
          label={t('fields.followUpOn')}
          optionalText={t('common.optional')}
          error={errors.followUpOn?.message}
          {...form.register('followUpOn')}
        />
        <TextAreaField
          label={t('fields.note')}
          description={t('talents.noteHint')}
          optionalText={t('common.optional')}
          rows={2}
          error={errors.note?.message}
          {...form.register('note')}
        />
        <FormButtons busy={isSubmitting} submitLabel={t('talents.recordMatch')} onCancel={onCancel} />
      </form>
    </Section>
  );
}
