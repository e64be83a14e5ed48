import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { organisationInput, organisationTypes, type Organisation, type OrganisationInput } from '@thuis/domain';
import type { z } from 'zod';
import { Alert, FormButtons, FormProblem, Loading, PageTitle, SelectField, TextField } from '../../ui';
import { formResolver, type FormValues } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFormErrors } from '../../lib/useFormErrors';
import { useOrganisations, useSaveOrganisation } from '../../features/organisations/hooks';
import { NotFoundPage } from '../NotFoundPage';
import { AdminNav } from './AdminNav';

export function OrganisationFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  useDocumentTitle(id ? t('organisations.editTitle') : t('organisations.newTitle'));
  const organisations = useOrganisations();
  if (!id) return <OrganisationForm organisation={null} />;
  if (organisations.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (organisations.isError) return <Alert type="error">{organisations.error.message}</Alert>;
  const organisation = organisations.data.find((o) => o.id === id);
  return organisation ? <OrganisationForm organisation={organisation} /> : <NotFoundPage />;
}

type Values = FormValues<z.input<typeof organisationInput>>;

function OrganisationForm({ organisation }: { organisation: Organisation | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveOrganisation(organisation?.id ?? null);
  const form = useForm<Values, unknown, OrganisationInput>({
    resolver: formResolver(organisationInput, t),
    defaultValues: organisation ? { name: organisation.name, type: organisation.type } : { name: '', type: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const problems = useFormErrors(form.setError, ['name', 'type']);

  const submit = form.handleSubmit(async (values) => {
    problems.clear();
    try {
      await save.mutateAsync(values);
      void navigate('/admin/organisations', { state: { flash: organisation ? t('organisations.updated') : t('organisations.created') } });
    } catch (error) {
      problems.report(error);
    }
  });

  return (
    <>
      <AdminNav />
      <div className="thuis-narrow">
        <PageTitle title={organisation ? t('organisations.editTitle') : t('organisations.newTitle')} pre={organisation?.name} />
        <form onSubmit={submit} noValidate className="thuis-form">
          <FormProblem problem={problems.problem} />
          <TextField label={t('fields.name')} required autoComplete="organization" error={errors.name?.message} {...form.register('name')} />
          <SelectField
            label={t('fields.type')}
            required
            placeholder={t('common.choose')}
            options={organisationTypes.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }))}
            error={errors.type?.message}
            {...form.register('type')}
          />
          <FormButtons busy={isSubmitting} submitLabel={organisation ? t('common.save') : t('organisations.create')} cancelTo="/admin/organisations" />
        </form>
      </div>
    </>
  );
}
