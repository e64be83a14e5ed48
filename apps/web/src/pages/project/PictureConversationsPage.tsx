import { useState } from 'react';
import { Controller, useFieldArray, useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { conversationInput, todayInAmsterdam, type ConversationInput, type ProjectDetail, type Theme, type Translate } from '@thuis/domain';
import type { z } from 'zod';
import {
  ActionLabel,
  Alert,
  Button,
  ButtonGroup,
  CheckboxList,
  FormButtons,
  FormProblem,
  Heading,
  Paragraph,
  QueryState,
  Section,
  TextAreaField,
  TextField,
  useFocusAfterRender,
} from '../../ui';
import { formatDate } from '../../lib/dates';
import { mappedZodResolver } from '../../lib/forms';
import { formatNumber } from '../../lib/numbers';
import { useFormSubmit } from '../../lib/useFormErrors';
import { usePictureTranslate } from '../../features/picture/fieldLabels';
import { useAddConversation, useConversations, useThemeBoard } from '../../features/picture/hooks';
import { participantsValue, themeNames } from '../../features/picture/conversations';
import { PictureSubPage } from '../../features/picture/PictureNav';

/**
 * Phase 3, step 4: the picture is a means to talk about the neighbourhood. Each round of
 * conversation (resident project group, all residents, municipality, partners) with its outcomes,
 * one by one with the themes they concern: where the action plan of phase 4 starts.
 */
export function PictureConversationsPage() {
  const { t } = useTranslation();
  return (
    <PictureSubPage permission="registrations.read" title={t('pictureConversations.title')} lead={t('pictureConversations.intro')}>
      {(project) => <ConversationsView project={project} />}
    </PictureSubPage>
  );
}

function ConversationsView({ project }: { project: ProjectDetail }) {
  const board = useThemeBoard(project.id);
  const themes = board.data?.themes ?? [];
  return (
    <>
      {project.permissions.includes('picture.work') ? <ConversationForm projectId={project.id} themes={themes} /> : null}
      <ConversationList projectId={project.id} themes={themes} />
    </>
  );
}

/** What the form holds: the number of participants as typed. */
type Values = Omit<z.input<typeof conversationInput>, 'participants' | 'outcomes'> & {
  participants: string;
  outcomes: { text: string; themeIds: string[] }[];
};
const paths = ['heldOn', 'withWhom', 'participants', 'notes', 'outcomes'] as const;
const emptyOutcome = () => ({ text: '', themeIds: [] as string[] });
const empty = (): Values => ({ heldOn: todayInAmsterdam(), withWhom: '', participants: '', notes: '', outcomes: [emptyOutcome()] });

function conversationResolver(t: Translate): Resolver<Values, unknown, ConversationInput> {
  return mappedZodResolver(conversationInput, t, (values: Values) => ({ ...values, participants: participantsValue(values.participants) }));
}

function ConversationForm({ projectId, themes }: { projectId: string; themes: readonly Theme[] }) {
  const { t } = useTranslation();
  const pictureT = usePictureTranslate();
  const add = useAddConversation(projectId);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, ConversationInput>({ resolver: conversationResolver(pictureT), defaultValues: empty() });
  const focusAfterRender = useFocusAfterRender();
  const outcomes = useFieldArray({ control: form.control, name: 'outcomes' });
  const { submit, problem } = useFormSubmit(
    form,
    [...paths, ...outcomes.fields.flatMap((_, i) => [`outcomes.${i}.text`, `outcomes.${i}.themeIds`] as const)],
    async (values) => {
      setSaved(false);
      await add.mutateAsync(values);
      form.reset(empty());
      setSaved(true);
    },
  );
  const { errors, isSubmitting } = form.formState;
  const themeOptions = themes.map((th) => ({ value: th.id, label: `${th.name} (${t(`themeValences.${th.valence}`)})` }));
  const title = t('pictureConversations.formTitle');
  return (
    <Section title={title}>
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        {saved ? <Alert type="ok">{t('pictureConversations.saved')}</Alert> : null}
        <FormProblem problem={problem} />
        <div className="thuis-form-row">
          <TextField type="date" label={t('pictureConversations.heldOn')} error={errors.heldOn?.message} {...form.register('heldOn')} />
          <TextField
            label={t('pictureConversations.participants')}
            optionalText={t('common.optional')}
            inputMode="numeric"
            autoComplete="off"
            error={errors.participants?.message}
            {...form.register('participants')}
          />
        </div>
        <TextField
          label={t('pictureConversations.withWhom')}
          description={t('pictureConversations.withWhomHint')}
          autoComplete="off"
          error={errors.withWhom?.message}
          {...form.register('withWhom')}
        />
        <TextAreaField
          label={t('pictureConversations.notes')}
          optionalText={t('common.optional')}
          description={t('pictureConversations.notesHint')}
          rows={4}
          error={errors.notes?.message}
          {...form.register('notes')}
        />
        <fieldset
          className="thuis-fieldset thuis-outcomes"
          aria-describedby={errors.outcomes?.root?.message || errors.outcomes?.message ? 'outcomes-error' : undefined}
        >
          <legend>{t('pictureConversations.outcomes')}</legend>
          <p className="utrecht-form-field-description">{t('pictureConversations.outcomesHint')}</p>
          {errors.outcomes?.root?.message || errors.outcomes?.message ? (
            <p className="utrecht-form-field-error-message" id="outcomes-error">
              {errors.outcomes?.root?.message ?? errors.outcomes?.message}
            </p>
          ) : null}
          {outcomes.fields.map((field, i) => {
            const number = i + 1;
            return (
              <div key={field.id} className="thuis-outcome">
                <TextAreaField
                  label={t('pictureConversations.outcome', { number })}
                  rows={2}
                  error={errors.outcomes?.[i]?.text?.message}
                  {...form.register(`outcomes.${i}.text`)}
                />
                {themeOptions.length > 0 ? (
                  <Controller
                    control={form.control}
                    name={`outcomes.${i}.themeIds`}
                    render={({ field: f, fieldState }) => (
                      <CheckboxList
                        idPrefix={`outcome-${field.id}-themes`}
                        legend={t('pictureConversations.outcomeThemes', { number })}
                        error={fieldState.error?.message}
                        options={themeOptions}
                        value={f.value ?? []}
                        onChange={f.onChange}
                        onBlur={f.onBlur}
                      />
                    )}
                  />
                ) : (
                  <p className="thuis-hint">{t('pictureConversations.noThemes')}</p>
                )}
                {outcomes.fields.length > 1 ? (
                  <ButtonGroup>
                    <Button
                      appearance="subtle"
                      danger
                      onClick={() => {
                        outcomes.remove(i);
                        // The focus goes to the outcome that took this one's place, or the one before the last.
                        focusAfterRender(() => form.setFocus(`outcomes.${Math.min(i, outcomes.fields.length - 2)}.text`));
                      }}
                    >
                      <ActionLabel visible={t('common.remove')} full={t('pictureConversations.removeOutcome', { number })} />
                    </Button>
                  </ButtonGroup>
                ) : null}
              </div>
            );
          })}
          <ButtonGroup>
            <Button onClick={() => outcomes.append(emptyOutcome(), { focusName: `outcomes.${outcomes.fields.length}.text` })}>
              {t('pictureConversations.addOutcome')}
            </Button>
          </ButtonGroup>
        </fieldset>
        <FormButtons busy={isSubmitting} submitLabel={t('pictureConversations.submit')} />
      </form>
    </Section>
  );
}

function ConversationList({ projectId, themes }: { projectId: string; themes: readonly Theme[] }) {
  const { t, i18n } = useTranslation();
  const conversations = useConversations(projectId);
  const lang = i18n.language;
  const names = (ids: readonly string[]) => themeNames(ids, themes).join(', ');
  return (
    <Section title={t('pictureConversations.listTitle')}>
      <QueryState query={conversations}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph>{t('pictureConversations.none')}</Paragraph>
          ) : (
            <ul className="thuis-conversation-list">
              {[...list]
                .sort((a, b) => b.heldOn.localeCompare(a.heldOn))
                .map((c) => (
                  <li key={c.id} className="thuis-card thuis-conversation">
                    <Heading level={3}>{t('pictureConversations.heading', { date: formatDate(c.heldOn, lang), withWhom: c.withWhom })}</Heading>
                    <p className="thuis-muted">
                      {c.participants !== null
                        ? `${t('pictureConversations.participantsCount', { count: c.participants, number: formatNumber(c.participants, lang) })} · `
                        : ''}
                      {t('pictureConversations.recordedBy', { name: c.createdByName || t('common.unknown') })}
                    </p>
                    {c.notes ? <Paragraph className="thuis-preline">{c.notes}</Paragraph> : null}
                    <Heading level={4}>{t('pictureConversations.outcomesTitle')}</Heading>
                    <ul className="thuis-plain-list thuis-conversation__outcomes">
                      {c.outcomes.map((o) => {
                        const themeNames = names(o.themeIds);
                        return (
                          <li key={o.id}>
                            <span className="thuis-preline">{o.text}</span>
                            {themeNames ? (
                              <span className="thuis-conversation__themes">{t('pictureConversations.themesOf', { themes: themeNames })}</span>
                            ) : null}
                          </li>
                        );
                      })}
                    </ul>
                  </li>
                ))}
            </ul>
          )
        }
      </QueryState>
    </Section>
  );
}
