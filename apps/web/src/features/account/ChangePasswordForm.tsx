import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { passwordChangeInput, type PasswordChangeInput } from '@thuis/domain';
import { Alert, Button, FormProblem, TextField } from '../../ui';
import { translatedZodResolver } from '../../lib/forms';
import { useFormErrors } from '../../lib/useFormErrors';
import { useChangePassword } from './hooks';

const paths = ['currentPassword', 'newPassword'] as const;

/** Current password and a new one; `currentLabel` names the current one differently when an administrator chose it. */
export function ChangePasswordForm({ currentLabel, onChanged }: { currentLabel?: string; onChanged?: () => void }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useForm<PasswordChangeInput>({
    resolver: translatedZodResolver(passwordChangeInput, t),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const problems = useFormErrors(form.setError, paths);

  const submit = form.handleSubmit(async (values) => {
    problems.clear();
    try {
      await change.mutateAsync(values);
      form.reset();
      onChanged?.();
    } catch (error) {
      problems.report(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate className="thuis-form">
      <FormProblem problem={problems.problem} />
      {change.isSuccess && !form.formState.isDirty ? <Alert type="ok">{t('account.changed')}</Alert> : null}
      <TextField
        label={currentLabel ?? t('fields.currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword?.message}
        {...form.register('currentPassword')}
      />
      <TextField
        label={t('fields.newPassword')}
        type="password"
        autoComplete="new-password"
        required
        description={t('account.newPasswordHint')}
        error={errors.newPassword?.message}
        {...form.register('newPassword')}
      />
      <Button type="submit" appearance="primary" busy={isSubmitting} disabled={isSubmitting}>
        {t('account.change')}
      </Button>
    </form>
  );
}
