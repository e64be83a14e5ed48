import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { password } from '@thuis/domain';
import { z } from 'zod';
import { Alert, Button, ButtonLink, FormProblem, PageTitle, TextField } from '../ui';
import { translatedZodResolver } from '../lib/forms';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { useFormErrors } from '../lib/useFormErrors';
import { useChooseNewPassword } from '../features/account/hooks';

const formSchema = z.object({ password });
const paths = ['password'] as const;

/** Public: choosing a new password with the one-time link of an administrator's reset. */
export function NewPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('newPassword.title'));
  // The secret of the link; once the page is shown it leaves the address bar, out of the history.
  const [token] = useState(() => window.location.hash.slice(1));
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, []);
  const choose = useChooseNewPassword();
  const form = useForm<z.infer<typeof formSchema>>({ resolver: translatedZodResolver(formSchema, t), defaultValues: { password: '' } });
  const { errors, isSubmitting } = form.formState;
  const problems = useFormErrors(form.setError, paths);

  const submit = form.handleSubmit(async (values) => {
    problems.clear();
    try {
      await choose.mutateAsync({ token, password: values.password });
    } catch (error) {
      problems.report(error);
    }
  });

  return (
    <div className="thuis-narrow">
      <PageTitle title={t('newPassword.title')} lead={t('newPassword.intro')} />
      {choose.isSuccess ? (
        <Alert type="ok">
          <p className="utrecht-paragraph">{t('newPassword.done')}</p>
          <ButtonLink to="/login" appearance="primary">
            {t('newPassword.toLogin')}
          </ButtonLink>
        </Alert>
      ) : !token ? (
        <Alert type="error">{t('newPassword.noLink')}</Alert>
      ) : (
        <form onSubmit={submit} noValidate className="thuis-form thuis-card">
          <FormProblem problem={problems.problem} />
          <TextField
            label={t('fields.newPassword')}
            type="password"
            autoComplete="new-password"
            required
            description={t('account.newPasswordHint')}
            error={errors.password?.message}
            {...form.register('password')}
          />
          <Button type="submit" appearance="primary" busy={isSubmitting} disabled={isSubmitting}>
            {t('newPassword.submit')}
          </Button>
        </form>
      )}
    </div>
  );
}
