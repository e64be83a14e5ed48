import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { locales, userCreateInput, userUpdateInput, type Organisation, type UserAccount, type UserCreateInput, type UserUpdateInput } from '@thuis/domain';
import { z } from 'zod';
import { Alert, CheckboxField, FormButtons, FormProblem, Loading, PageTitle, Paragraph, Section, SelectField, TextField } from '../../ui';
import { translatedZodResolver } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFormErrors } from '../../lib/useFormErrors';
import { useOrganisations } from '../../features/organisations/hooks';
import { useCreateUser, useUpdateUser, useUsers } from '../../features/users/hooks';
import { NotFoundPage } from '../NotFoundPage';
import { AdminNav } from './AdminNav';
import { ResetPasswordSection } from '../../features/users/ResetPasswordSection';
import { AccountEventList } from '../../features/account/AccountEventList';
import { useAccountEvents } from '../../features/account/hooks';

export function UserFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  useDocumentTitle(id ? t('users.editTitle') : t('users.newTitle'));
  const users = useUsers();
  const organisations = useOrganisations();

  if (organisations.isPending || (id && users.isPending)) return <Loading>{t('app.loading')}</Loading>;
  if (organisations.isError) return <Alert type="error">{organisations.error.message}</Alert>;
  if (id && users.isError) return <Alert type="error">{users.error.message}</Alert>;
  if (!id) return <UserForm user={null} organisations={organisations.data} />;
  const user = users.data?.find((u) => u.id === id);
  return user ? <UserForm user={user} organisations={organisations.data} /> : <NotFoundPage />;
}

/**
 * One form for both: the shared update schema with `active`, or the create schema with the first
 * password (which its owner replaces at first log-in). A later password is only ever reset.
 */
type FormSchema = z.ZodUnion<[typeof userCreateInput, typeof userUpdateInput]>;
type Values = z.input<typeof userUpdateInput> & { password?: string };
const paths = ['displayName', 'email', 'phone', 'organisationId', 'isAdmin', 'canCreateProjects', 'locale', 'active', 'password'] as const;

function UserForm({ user, organisations }: { user: UserAccount | null; organisations: Organisation[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUser();
  const update = useUpdateUser(user?.id ?? '');
  const schema = user ? userUpdateInput : userCreateInput;
  const form = useForm<Values, unknown, UserCreateInput | UserUpdateInput>({
    resolver: translatedZodResolver(schema as unknown as FormSchema, t) as never,
    defaultValues: user
      ? {
          displayName: user.displayName,
          email: user.email,
          phone: user.phone,
          organisationId: user.organisationId,
          isAdmin: user.isAdmin,
          canCreateProjects: user.canCreateProjects,
          locale: user.locale,
          active: user.active,
        }
      : {
          displayName: '',
          email: '',
          phone: '',
          organisationId: '',
          isAdmin: false,
          canCreateProjects: false,
          locale: 'nl',
          active: true,
          password: '',
        },
  });
  const { register } = form;
  const { errors, isSubmitting } = form.formState;
  const problems = useFormErrors(form.setError, paths);

  const submit = form.handleSubmit(async (values) => {
    problems.clear();
    try {
      if (user) await update.mutateAsync(values as UserUpdateInput);
      else await create.mutateAsync(values as UserCreateInput);
      void navigate('/admin/users', { state: { flash: user ? t('users.updated') : t('users.created') } });
    } catch (error) {
      problems.report(error);
    }
  });

  const title = user ? t('users.editTitle') : t('users.newTitle');
  return (
    <>
      <AdminNav />
      <div className="thuis-narrow">
        <PageTitle title={title} pre={user?.displayName} />
        {organisations.length === 0 ? (
          <Paragraph>{t('users.noOrganisations')}</Paragraph>
        ) : (
          <form onSubmit={submit} noValidate className="thuis-form" autoComplete="off">
            <FormProblem problem={problems.problem} />
            <TextField label={t('fields.displayName')} required error={errors.displayName?.message} {...register('displayName')} />
            <TextField label={t('fields.email')} type="email" required error={errors.email?.message} {...register('email')} />
            <TextField label={t('fields.phone')} type="tel" optionalText={t('common.optional')} error={errors.phone?.message} {...register('phone')} />
            <SelectField
              label={t('fields.organisationId')}
              required
              placeholder={t('common.choose')}
              options={organisations.map((o) => ({ value: o.id, label: `${o.name} (${t(`organisationTypes.${o.type}`)})` }))}
              error={errors.organisationId?.message}
              {...register('organisationId')}
            />
            <SelectField
              label={t('fields.locale')}
              options={locales.map((l) => ({ value: l, label: t(`app.languageNames.${l}`) }))}
              error={errors.locale?.message}
              {...register('locale')}
            />
            <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset thuis-fieldset">
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('users.rightsLegend')}</legend>
              <CheckboxField label={t('fields.isAdmin')} description={t('users.adminHint')} error={errors.isAdmin?.message} {...register('isAdmin')} />
              <CheckboxField label={t('fields.canCreateProjects')} error={errors.canCreateProjects?.message} {...register('canCreateProjects')} />
              {user ? <CheckboxField label={t('fields.active')} error={errors.active?.message} {...register('active')} /> : null}
            </fieldset>
            {user ? null : (
              <TextField
                label={t('fields.password')}
                type="password"
                autoComplete="new-password"
                required
                description={t('users.passwordNewHint')}
                error={errors.password?.message}
                {...register('password')}
              />
            )}
            <FormButtons busy={isSubmitting} submitLabel={user ? t('common.save') : t('users.create')} cancelTo="/admin/users" />
          </form>
        )}
        {user ? (
          <>
            <ResetPasswordSection user={user} />
            <UserEvents userId={user.id} />
          </>
        ) : null}
      </div>
    </>
  );
}

function UserEvents({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const events = useAccountEvents(userId);
  return (
    <Section title={t('users.eventsTitle')}>
      <AccountEventList query={events} showAccount={false} />
    </Section>
  );
}
