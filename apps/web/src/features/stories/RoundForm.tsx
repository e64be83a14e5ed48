import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { selectionGroupKinds, storyRoundInput, storyTellerKinds, type Story, type StoryRound, type StoryRoundInput, type StoryTellerKind } from '@thuis/domain';
import type { z } from 'zod';
import { Alert, Button, CheckboxField, FormButtons, FormProblem, Paragraph, SelectField, TextAreaField, TextField } from '../../ui';
import { formResolver, type FormValues } from '../../lib/forms';
import { identifyingWarning } from '../../lib/identifying';
import { parseDecimal } from '../../lib/numbers';
import { useFormSubmit } from '../../lib/useFormErrors';
import { formatDate } from '../../lib/dates';
import { useRecordRound, useStoryChoices } from './hooks';

type Values = FormValues<z.input<typeof storyRoundInput>>;
const paths = ['groupKind', 'heldOn', 'participants', 'note', 'reviewedStoryIds', 'selections'] as const;
interface Pick {
  reviewed: boolean;
  selected: boolean;
  reason: string;
}

const empty = (ownGroup: boolean): Values => ({
  groupKind: ownGroup ? 'resident_project_group' : '',
  heldOn: '',
  participants: '',
  note: '',
  reviewedStoryIds: [],
  selections: [],
});
/** Stories per "load more": the server pages, so a project with many stories can still pick any. */
const CHOICE_PAGE = 50;

interface ChoiceFilters {
  tellerKind: StoryTellerKind | '';
  periodFrom: string;
  periodTo: string;
}

/**
 * A selection round as the group held it: which kind of group, when, how many took part, which
 * stories it read, and which it chose, each with why; no names. The social team records any group's
 * round from every story; the resident project group (`ownGroup`) its own, from the stories it may read.
 * The stories come from the server page by page, filtered by period and teller kind; what is ticked
 * stays ticked when the filter changes.
 */
export function RoundForm({ projectId, ownGroup = false, onDone }: { projectId: string; ownGroup?: boolean; onDone: (round: StoryRound) => void }) {
  const { t, i18n } = useTranslation();
  const record = useRecordRound(projectId);
  const [filters, setFilters] = useState<ChoiceFilters>({ tellerKind: '', periodFrom: '', periodTo: '' });
  const choices = useStoryChoices(projectId, {
    scope: ownGroup ? 'selected' : 'all',
    pageSize: CHOICE_PAGE,
    ...(filters.tellerKind ? { tellerKind: filters.tellerKind } : {}),
    ...(filters.periodFrom ? { periodFrom: filters.periodFrom } : {}),
    ...(filters.periodTo ? { periodTo: filters.periodTo } : {}),
  });
  const shown = choices.data?.pages.flatMap((p) => p.stories) ?? [];
  const total = choices.data?.pages[0]?.total ?? 0;
  // Every story ticked, in the order ticked, with what it is (it may no longer be in the filtered list).
  const [picks, setPicks] = useState<Record<string, Pick & { story: Story }>>({});
  const form = useForm<Values, unknown, StoryRoundInput>({ resolver: formResolver(storyRoundInput, t), defaultValues: empty(ownGroup) });
  const { submit, problem } = useFormSubmit(form, paths, async (values) => {
    const round = await record.mutateAsync(values);
    form.reset(empty(ownGroup));
    setPicks({});
    onDone(round);
  });
  const { errors, isSubmitting } = form.formState;
  const picked = Object.values(picks).filter((p) => p.reviewed);
  const selectedIds = picked.filter((p) => p.selected).map((p) => p.story.id);
  const shownIds = new Set(shown.map((s) => s.id));
  const stories = [...picked.map((p) => p.story).filter((s) => !shownIds.has(s.id)), ...shown];

  function change(story: Story, next: Partial<Pick>) {
    const all = { ...picks, [story.id]: { reviewed: false, selected: false, reason: '', ...picks[story.id], ...next, story } };
    // Choosing a story means the group read it; not reading it un-chooses it.
    if (next.selected) all[story.id]!.reviewed = true;
    if (next.reviewed === false) all[story.id]!.selected = false;
    setPicks(all);
    const list = Object.values(all);
    form.setValue(
      'reviewedStoryIds',
      list.filter((p) => p.reviewed).map((p) => p.story.id),
      { shouldDirty: true },
    );
    form.setValue(
      'selections',
      list.filter((p) => p.selected).map((p) => ({ storyId: p.story.id, reason: p.reason })),
      { shouldDirty: true },
    );
  }

  const selectionsError = errors.selections?.message ?? errors.selections?.root?.message;
  return (
    <form onSubmit={submit} noValidate className="thuis-form" aria-label={t('storiesPage.roundTitle')}>
      <FormProblem problem={problem} />
      {ownGroup ? (
        <Paragraph>{t('storiesPage.ownRoundIntro')}</Paragraph>
      ) : (
        <SelectField
          label={t('fields.groupKind')}
          placeholder={t('common.choose')}
          options={selectionGroupKinds.map((k) => ({ value: k, label: t(`storiesPage.groupKinds.${k}`) }))}
          error={errors.groupKind?.message}
          {...form.register('groupKind')}
        />
      )}
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
        <fieldset className="thuis-fieldset">
          <legend>{t('storiesPage.choiceFilters')}</legend>
          <div className="thuis-form-row">
            <SelectField
              label={t('fields.tellerKind')}
              placeholder={t('storiesPage.allTellers')}
              options={storyTellerKinds.map((k) => ({ value: k, label: t(`storiesPage.tellerKinds.${k}`) }))}
              value={filters.tellerKind}
              onChange={(e) => setFilters({ ...filters, tellerKind: e.currentTarget.value as StoryTellerKind | '' })}
            />
            <TextField
              type="date"
              label={t('storiesPage.periodFrom')}
              value={filters.periodFrom}
              onChange={(e) => setFilters({ ...filters, periodFrom: e.currentTarget.value })}
            />
            <TextField
              type="date"
              label={t('storiesPage.periodTo')}
              value={filters.periodTo}
              onChange={(e) => setFilters({ ...filters, periodTo: e.currentTarget.value })}
            />
          </div>
          <p role="status" className="thuis-muted">
            {choices.isSuccess ? t('storiesPage.choicesShown', { shown: shown.length, count: total }) : null}
          </p>
        </fieldset>
        {choices.isError ? <Alert type="error">{t('errors.server')}</Alert> : null}
        {choices.isSuccess && stories.length === 0 ? <Paragraph>{ownGroup ? t('storiesPage.noneSelected') : t('storiesPage.none')}</Paragraph> : null}
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
                  onChange={(e) => change(s, { reviewed: e.currentTarget.checked })}
                />
                <CheckboxField
                  label={t('storiesPage.selectedFor', { title: s.storyTitle })}
                  checked={pick?.selected ?? false}
                  onChange={(e) => change(s, { selected: e.currentTarget.checked })}
                />
                {pick?.selected ? (
                  <TextAreaField
                    label={t('storiesPage.reasonFor', { title: s.storyTitle })}
                    rows={3}
                    value={pick.reason}
                    onChange={(e) => change(s, { reason: e.currentTarget.value })}
                    error={reasonError ?? identifyingWarning(pick.reason, t)}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
        {choices.hasNextPage ? (
          <Button busy={choices.isFetchingNextPage} disabled={choices.isFetchingNextPage} onClick={() => void choices.fetchNextPage()}>
            {t('storiesPage.loadMoreStories')}
          </Button>
        ) : null}
      </fieldset>
      <FormButtons busy={isSubmitting} submitLabel={t('storiesPage.recordRound')} />
    </form>
  );
}
