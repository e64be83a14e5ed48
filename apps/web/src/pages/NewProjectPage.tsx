import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../ui';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { useCurrentUser } from '../features/auth/hooks';
import { ProjectForm, emptyProject } from '../features/projects/ProjectForm';
import { useCreateProject } from '../features/projects/hooks';
import { NotFoundPage } from './NotFoundPage';

export function NewProjectPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('projectForm.newTitle'));
  const user = useCurrentUser();
  const create = useCreateProject();
  const navigate = useNavigate();
  if (!user.canCreateProjects) return <NotFoundPage />;
  return (
    <div className="thuis-narrow">
      <PageTitle title={t('projectForm.newTitle')} lead={t('projectForm.newIntro')} />
      <ProjectForm
        initial={emptyProject}
        submitLabel={t('projectForm.create')}
        cancelTo="/"
        onSubmit={async (input) => {
          const project = await create.mutateAsync(input);
          void navigate(`/projects/${project.id}`, { state: { flash: t('projectForm.created') } });
        }}
      />
    </div>
  );
}
