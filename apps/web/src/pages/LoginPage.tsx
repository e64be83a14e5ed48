import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { loginInput, type LoginInput } from '@thuis/domain';
import { Alert, Button, Loading, PageTitle, TextField } from '../ui';
import { translatedZodResolver } from '../lib/forms';
import { isApiError } from '../lib/api';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { useLogin, useSession } from '../features/auth/hooks';

/** Only paths inside the app, never another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const session = useSession();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<LoginInput>({ resolver: translatedZodResolver(loginInput, t), defaultValues: { email: '', password: '' } });
  const { errors, isSubmitting } = form.formState;

  if (session.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (session.data?.user && !login.isSuccess) return <Navigate to={safeNext(params.get('next'))} replace />;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await login.mutateAsync(values);
      void navigate(safeNext(params.get('next')), { replace: true });
    } catch (e) {
      setError(isApiError(e) ? e.message : t('errors.server'));
      form.setValue('password', '');
      form.setFocus('password');
    }
  });

  return (
    <div className="thuis-narrow">
      <PageTitle title={t('login.title')} lead={t('login.intro')} />
      <form onSubmit={submit} noValidate className="thuis-form thuis-card">
        {error ? <Alert type="error">{error}</Alert> : null}
        <TextField
          label={t('fields.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          error={errors.email?.message}
          {...form.register('email')}
        />
        <TextField
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          required
          error={errors.password?.message}
          {...form.register('password')}
        />
        <Button type="submit" appearance="primary" busy={isSubmitting} disabled={isSubmitting}>
          {isSubmitting ? t('login.busy') : t('login.submit')}
        </Button>
      </form>
    </div>
  );
}
