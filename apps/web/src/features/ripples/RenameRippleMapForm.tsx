import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { rippleMapInput, type RippleMapDetail, type RippleMapInput } from '@thuis/domain';
import type { z } from 'zod';
import { FormButtons, FormProblem, TextField } from '../../ui';
import { translatedZodResolver } from '../../lib/forms';
import { withIdentifyingCheck } from '../../lib/identifying';
import { useFormSubmit } from '../../lib/useFormErrors';

type Values = z.input<typeof rippleMapInput>;

/** Gives a draft map another name; what it is about stays. */
export function RenameRippleMapForm({
  map,
  onRename,
  onCancel,
}: {
  map: RippleMapDetail;
  onRename: (input: RippleMapInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, RippleMapInput>({
    resolver: withIdentifyingCheck(translatedZodResolver(rippleMapInput, t), ['title'], t),
    defaultValues: { title: map.title, activityId: map.activity?.id ?? null, themeId: map.theme?.id ?? null },
  });
  const { submit, problem } = useFormSubmit(form, ['title'], onRename);
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="thuis-form" aria-label={t('ripples.renameTitle')}>
      <FormProblem problem={problem} />
      <TextField label={t('ripples.mapName')} description={t('ripples.noNames')} autoComplete="off" error={errors.title?.message} {...form.register('title')} />
      <FormButtons busy={isSubmitting} submitLabel={t('ripples.renameSave')} onCancel={onCancel} />
    </form>
  );
}
