import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '@thuis/domain';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { AgreementsSection } from '../../features/preparation/AgreementsSection';
import { CommunicationSection } from '../../features/preparation/CommunicationSection';
import { JointGoalsSection } from '../../features/preparation/JointGoalsSection';
import { OrientationSection } from '../../features/preparation/OrientationSection';
import { TaskMatrixSection } from '../../features/preparation/TaskMatrixSection';
import { TrainingSection } from '../../features/preparation/TrainingSection';

/**
 * "Voorbereiding": phase 1 of the approach in one place. Each part shows with the permission it
 * needs: the contractor and partners see agreements, task matrix and goals, the resident group the
 * communication plan; the fit check and the privacy plan have pages of their own.
 */
export function PreparationPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="communication.read" title={t('preparation.title')} lead={t('preparation.intro')}>
      {(project) => <PreparationView project={project} />}
    </ProjectSubPage>
  );
}

function PreparationView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const can = (p: ProjectDetail['permissions'][number]) => project.permissions.includes(p);
  const manage = can('preparation.manage');
  const parts = [
    { id: 'orientation', label: t('preparation.orientation.title'), show: can('preparation.read') },
    { id: 'agreements', label: t('preparation.agreements.title'), show: can('agreements.read') },
    { id: 'task-matrix', label: t('preparation.taskMatrix.title'), show: can('agreements.read') },
    { id: 'joint-goals', label: t('preparation.goals.title'), show: can('agreements.read') },
    { id: 'communication', label: t('preparation.communication.title'), show: true },
    { id: 'training', label: t('preparation.training.title'), show: can('preparation.read') },
  ].filter((p) => p.show);
  return (
    <>
      <nav aria-label={t('preparation.parts')}>
        <ul className="utrecht-unordered-list">
          {parts.map((p) => (
            <li key={p.id} className="utrecht-unordered-list__item">
              <a className="utrecht-link utrecht-link--html-a" href={`#${p.id}`}>
                {p.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {can('preparation.read') ? <OrientationSection projectId={project.id} canManage={manage} /> : null}
      {can('agreements.read') ? (
        <>
          <AgreementsSection projectId={project.id} canManage={manage} />
          <TaskMatrixSection projectId={project.id} canManage={manage} />
          <JointGoalsSection projectId={project.id} canManage={manage} />
        </>
      ) : null}
      <CommunicationSection projectId={project.id} canManage={manage} canPropose={can('communication.propose')} />
      {can('preparation.read') ? <TrainingSection projectId={project.id} canManage={manage} /> : null}
    </>
  );
}
