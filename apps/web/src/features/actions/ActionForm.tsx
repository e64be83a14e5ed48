import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { actionInput, actionStatuses, type Action, type ActionInput, type TeamMember } from '@thuis/domain';
import type { z } from 'zod';
import { Alert, FormButtons, FormProblem, Section, SelectField, TextAreaField, TextField } from '../../ui';
import { emptyToNull, translatedZodResolver } from '../../lib/forms';
import { useFormSubmit } from '../../lib/useFormErrors';
import { useSaveAction } from './hooks';

type Values = z.input<typeof actionInput>;
const paths = ['signalId', 'title', 'ownerId', 'dueOn', 'status', 'note'] as const;

/** What a new action starts from: a signal (`?signalId=`) gives a title to start from. */
export interface ActionStart {
  signalId: string | null;
  title: string;
  /** The signal it follows up, as a sentence. */
  signalText: string | null;
}

function defaults(action: Action | null, start: ActionStart | null, ownerId: string): Values {
  if (action)
    return { signalId: action.signalId, title: action.title, ownerId: action.ownerId, dueOn: action.dueOn ?? '', status: action.status, note: action.note };
  return { signalId: start?.signalId ?? null, title: start?.title ?? '', ownerId, dueOn: '', status: 'open', note: '' };
}

/** "Nieuwe actie", or with `action` the same form to change one. */
export function ActionForm({
  projectId,
  action,
  start,
  owners,
  defaultOwnerId,
  onSaved,
  onCancel,
}: {
  projectId: string;
  action: Action | null;
  start: ActionStart | null;
  /** The social team of the project: only they own actions. */
  owners: readonly TeamMember[];
  defaultOwnerId: string;
  onSaved: (saved: Action, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveAction(projectId);
  const form = useForm<Values, unknown, ActionInput>({
    resolver: translatedZodResolver(actionInput, t),
    defaultValues: defaults(action, start, defaultOwnerId),
  });
  const { submit, problem } = useFormSubmit(form, paths, async (values) => {
    const saved = await save.mutateAsync({ actionId: action?.id, input: values });
    onSaved(saved, !action);
  });
  const { errors, isSubmitting } = form.formState;
  const { setFocus } = form;
  useEffect(() => setFocus('title'), [setFocus]);

  const title = action ? t('actionsPage.editTitle', { title: action.title }) : t('actionsPage.newTitle');
  return (
    <Section title={title} className="thuis-visit-form">
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        <FormProblem problem={problem} />
        {start?.signalText && !action ? <Alert type="info">{start.signalText}</Alert> : null}
        <TextField
          label={t('fields.title')}
          description={t('actionsPage.anonymousHint')}
          autoComplete="off"
          error={errors.title?.message}
          {...form.register('title')}
        />
        <div className="thuis-form-row">
          <SelectField
            label={t('fields.ownerId')}
            placeholder={t('common.choose')}
            options={owners.map((m) => ({ value: m.userId, label: t('actionsPage.ownerOption', { name: m.displayName, role: t(`roles.${m.role}`) }) }))}
            error={errors.ownerId?.message}
            {...form.register('ownerId')}
          />
          <TextField
            type="date"
            label={t('fields.dueOn')}
            optionalText={t('common.optional')}
            error={errors.dueOn?.message}
            {...form.register('dueOn', { setValueAs: emptyToNull })}
          />
        </div>
        <SelectField
          label={t('fields.status')}
          options={actionStatuses.map((s) => ({ value: s, label: t(`actionStatuses.${s}`) }))}
          error={errors.status?.message}
          {...form.register('status')}
        />
        <TextAreaField
          label={t('fields.note')}
          optionalText={t('common.optional')}
          description={t('actionsPage.anonymousHint')}
          rows={3}
          error={errors.note?.message}
          {...form.register('note')}
        />
        {errors.signalId?.message ? <Alert type="error">{errors.signalId.message}</Alert> : null}
        <FormButtons busy={isSubmitting} submitLabel={action ? t('actionsPage.saveChanges') : t('actionsPage.add')} onCancel={onCancel} />
      </form>
    </Section>
  );
}
