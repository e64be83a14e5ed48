import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ProjectDetail } from '@thuis/domain';
import { QueryState } from '../../ui';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { useRegistrationForm } from '../../features/registrations/api';
import { RegistrationForm } from '../../features/registrations/RegistrationForm';
import { MeasurementSection } from '../../features/beforeAfter/MeasurementForm';

/** "Gesprek registreren": the conversation after a home visit, on a tablet or phone, also offline. */
export function RegistrationPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="registrations.write" title={t('registration.title')} lead={t('registration.intro')}>
      {(project) => <RegistrationView project={project} />}
    </ProjectSubPage>
  );
}

function RegistrationView({ project }: { project: ProjectDetail }) {
  const { visitId = '' } = useParams();
  const form = useRegistrationForm(project.id);
  return (
    <>
      <QueryState query={form}>
        {(version) => <RegistrationForm key={visitId} projectId={project.id} visitId={visitId} form={version} visitsHref={`/projects/${project.id}/visits`} />}
      </QueryState>
      <MeasurementSection key={visitId} projectId={project.id} visitId={visitId} />
    </>
  );
}
