import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { selectionGroupKinds, storyRoundInput, type Story, type StoryRound, type StoryRoundInput } from '@thuis/domain';
import type { z } from 'zod';
import { Alert, CheckboxField, FormButtons, FormProblem, Paragraph, SelectField, TextAreaField, TextField } from '../../ui';
import { translatedZodResolver } from '../../lib/forms';
import { identifyingWarning } from '../../lib/identifying';
import { parseDecimal } from '../../lib/numbers';
import { useFormSubmit } from '../../lib/useFormErrors';
import { formatDate } from '../../lib/dates';
import { useRecordRound } from './hooks';

type Values = z.input<typeof storyRoundInput>;
const paths = ['groupKind', 'heldOn', 'participants', 'note', 'reviewedStoryIds', 'selections'] as const;
interface Pick {
  reviewed: boolean;
  selected: boolean;
  reason: string;
}

const empty = (): Values => ({ groupKind: '' as never, heldOn: '', participants: '' as never, note: '', reviewedStoryIds: [], selections: [] });

/**
 * A selection round as the group held it: which kind of group, when, how many took part, which
 * stories it read, and which it chose, each with why. The team records it; no names.
 */
export function RoundForm({ projectId, stories, onDone }: { projectId: string; stories: readonly Story[]; onDone: (round: StoryRound) => void }) {
  const { t, i18n } = useTranslation();
  const record = useRecordRound(projectId);
  const [picks, setPicks] = useState<Record<string, Pick>>({});
  const form = useForm<Values, unknown, StoryRoundInput>({ resolver: translatedZodResolver(storyRoundInput, t), defaultValues: empty() });
  const { submit, problem } = useFormSubmit(form, paths, async (values) => {
    const round = await record.mutateAsync(values);
    form.reset(empty());
    setPicks({});
    onDone(round);
  });
  const { errors, isSubmitting } = form.formState;
  const selectedIds = stories.filter((s) => picks[s.id]?.selected).map((s) => s.id);

  function change(storyId: string, next: Partial<Pick>) {
    const all = { ...picks, [storyId]: { reviewed: false, selected: false, reason: '', ...picks[storyId], ...next } };
    // Choosing a story means the group read it; not reading it un-chooses it.
    if (next.selected) all[storyId]!.reviewed = true;
    if (next.reviewed === false) all[storyId]!.selected = false;
    setPicks(all);
    form.setValue(
      'reviewedStoryIds',
      stories.filter((s) => all[s.id]?.reviewed).map((s) => s.id),
      { shouldDirty: true },
    );
    form.setValue(
      'selections',
      stories.filter((s) => all[s.id]?.selected).map((s) => ({ storyId: s.id, reason: all[s.id]!.reason })),
      { shouldDirty: true },
    );
  }

  const selectionsError = errors.selections?.message ?? errors.selections?.root?.message;
  return (
    <form onSubmit={submit} noValidate className="thuis-form" aria-label={t('storiesPage.roundTitle')}>
      <FormProblem problem={problem} />
      <SelectField
        label={t('fields.groupKind')}
        placeholder={t('common.choose')}
        options={selectionGroupKinds.map((k) => ({ value: k, label: t(`storiesPage.groupKinds.${k}`) }))}
        error={errors.groupKind?.message}
        {...form.register('groupKind')}
      />
      <TextField type="date" label={t('fields.heldOn')} error={errors.heldOn?.message} {...form.register('heldOn')} />
      <TextField
        label={t('fields.participants')}
        description={t('storiesPage.participantsHint')}
        inputMode="numeric"
        autoComplete="off"
        error={errors.participants?.message}
        {...form.register('participants', { setValueAs: parseDecimal })}
      />
      <TextAreaField
        label={t('fields.note')}
        optionalText={t('common.optional')}
        rows={2}
        error={errors.note?.message ?? identifyingWarning(form.watch('note') ?? '', t)}
        {...form.register('note')}
      />
      <fieldset className="thuis-fieldset">
        <legend>{t('storiesPage.roundStories')}</legend>
        <Paragraph>{t('storiesPage.roundStoriesHint')}</Paragraph>
        {errors.reviewedStoryIds?.message ? <Alert type="error">{`${t('fields.reviewedStoryIds')}: ${errors.reviewedStoryIds.message}`}</Alert> : null}
        {selectionsError ? <Alert type="error">{`${t('fields.selections')}: ${selectionsError}`}</Alert> : null}
        {stories.length === 0 ? <Paragraph>{t('storiesPage.none')}</Paragraph> : null}
        <ul className="thuis-story-list">
          {stories.map((s) => {
            const pick = picks[s.id];
            const index = selectedIds.indexOf(s.id);
            const reasonError = index >= 0 ? errors.selections?.[index]?.reason?.message : undefined;
            return (
              <li key={s.id} className="thuis-card">
                <p className="thuis-round-story__title">
                  <strong>{s.storyTitle}</strong>{' '}
                  <span>
                    ({t(`storiesPage.tellerKinds.${s.tellerKind}`)}, {formatDate(s.periodStart, i18n.language)} – {formatDate(s.periodEnd, i18n.language)})
                  </span>
                </p>
                <CheckboxField
                  label={t('storiesPage.reviewedFor', { title: s.storyTitle })}
                  checked={pick?.reviewed ?? false}
                  onChange={(e) => change(s.id, { reviewed: e.currentTarget.checked })}
                />
                <CheckboxField
                  label={t('storiesPage.selectedFor', { title: s.storyTitle })}
                  checked={pick?.selected ?? false}
                  onChange={(e) => change(s.id, { selected: e.currentTarget.checked })}
                />
                {pick?.selected ? (
                  <TextAreaField
                    label={t('storiesPage.reasonFor', { title: s.storyTitle })}
                    rows={3}
                    value={pick.reason}
                    onChange={(e) => change(s.id, { reason: e.currentTarget.value })}
                    error={reasonError ?? identifyingWarning(pick.reason, t)}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <FormButtons busy={isSubmitting} submitLabel={t('storiesPage.recordRound')} />
    </form>
  );
}
