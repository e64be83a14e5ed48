import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Alert, Loading, PageTitle } from '../ui';
import { isApiError } from '../lib/api';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { ProjectForm } from '../features/projects/ProjectForm';
import { useProject, useUpdateProject } from '../features/projects/hooks';
import { NotFoundPage } from './NotFoundPage';

export function EditProjectPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('projectForm.editTitle'));
  const { id = '' } = useParams();
  const project = useProject(id);
  const update = useUpdateProject(id);
  const navigate = useNavigate();

  if (project.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (project.isError)
    return isApiError(project.error) && project.error.status === 404 ? <NotFoundPage /> : <Alert type="error">{project.error.message}</Alert>;
  const p = project.data;
  if (!p.permissions.includes('project.update')) return <NotFoundPage />;

  return (
    <div className="thuis-narrow">
      <PageTitle title={t('projectForm.editTitle')} pre={p.name} />
      <ProjectForm
        initial={{
          name: p.name,
          neighbourhood: p.neighbourhood,
          municipality: p.municipality,
          description: p.description,
          worksKinds: p.worksKinds,
          startsOn: p.startsOn,
          endsOn: p.endsOn,
          teamPhone: p.teamPhone,
          teamEmail: p.teamEmail,
        }}
        submitLabel={t('projectForm.update')}
        cancelTo={`/projects/${p.id}`}
        onSubmit={async (input) => {
          await update.mutateAsync(input);
          void navigate(`/projects/${p.id}`, { state: { flash: t('projectForm.updated') } });
        }}
      />
    </div>
  );
}
