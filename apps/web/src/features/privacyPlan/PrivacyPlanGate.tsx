import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '@thuis/domain';
import { Alert, Link, Paragraph } from '../../ui';
import { usePrivacyPlan } from './hooks';

/**
 * Why visits cannot be planned yet: the core parties that have not signed the current privacy plan.
 * Nothing while the plan is signed.
 */
export function PrivacyPlanGate({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const plan = usePrivacyPlan(project.id);
  if (!plan.data || plan.data.complete) return null;
  const missing = plan.data.parties.filter((p) => !p.current).map((p) => p.organisationName);
  return (
    <Alert type="warning" title={t('privacyPlanPage.gateTitle')}>
      <Paragraph>
        {missing.length
          ? t('privacyPlanPage.gateMissing', { parties: missing.join(', '), version: plan.data.versionHash.slice(0, 8) })
          : t('privacyPlanPage.gateNoParties')}
      </Paragraph>
      <Paragraph>
        <Link to={`/projects/${project.id}/privacy-plan`}>{t('privacyPlanPage.gateLink')}</Link>
      </Paragraph>
    </Alert>
  );
}
