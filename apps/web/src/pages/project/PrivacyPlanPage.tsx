import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '@thuis/domain';
import { DataList, DownloadLink, Paragraph, QueryState, Section } from '../../ui';
import { formatDate } from '../../lib/dates';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { usePrivacyPlan } from '../../features/privacyPlan/hooks';
import { privacyPlanApi } from '../../features/privacyPlan/api';
import { PlanDocument } from '../../features/privacyPlan/PlanDocument';
import { PrivacyPlanGate } from '../../features/privacyPlan/PrivacyPlanGate';
import { SettingsForm } from '../../features/privacyPlan/SettingsForm';
import { SignOffSection } from '../../features/privacyPlan/SignOffSection';

export function PrivacyPlanPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="project.read" title={t('privacyPlanPage.title')} lead={t('privacyPlanPage.intro')}>
      {(project) => <PrivacyPlanView project={project} />}
    </ProjectSubPage>
  );
}

function PrivacyPlanView({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const plan = usePrivacyPlan(project.id);
  return (
    <QueryState query={plan}>
      {(data) => (
        <>
          {project.permissions.includes('visits.plan') ? <PrivacyPlanGate project={project} /> : null}
          <DataList
            items={[
              { key: 'version', label: t('privacyPlanPage.version'), value: <code>{data.versionHash.slice(0, 8)}</code> },
              {
                key: 'retention',
                label: t('privacyPlanPage.erasedAfter'),
                value: data.erasedAfter
                  ? t('privacyPlanPage.erasedOn', { date: formatDate(data.erasedAfter, i18n.language), months: data.settings.effectiveRetentionMonths })
                  : t('privacyPlanPage.noEndDate', { months: data.settings.effectiveRetentionMonths }),
              },
            ]}
          />
          <SignOffSection project={project} plan={data} />
          <Section title={t('privacyPlanPage.leaflet')} id="folder">
            <Paragraph>{t('privacyPlanPage.leafletIntro')}</Paragraph>
            <div className="thuis-toolbar">
              <DownloadLink href={privacyPlanApi.leafletUrl(project.id, 'nl')}>{t('privacyPlanPage.leafletNl')}</DownloadLink>
              <DownloadLink href={privacyPlanApi.leafletUrl(project.id, 'en')}>{t('privacyPlanPage.leafletEn')}</DownloadLink>
            </div>
          </Section>
          <Section title={t('privacyPlanPage.document', { version: data.versionHash.slice(0, 8) })} id="plan">
            <PlanDocument sections={data.sections} />
          </Section>
          {project.permissions.includes('project.update') ? <SettingsForm project={project} plan={data} /> : null}
        </>
      )}
    </QueryState>
  );
}
