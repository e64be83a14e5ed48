import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { localisedText, type ProjectDetail } from '@thuis/domain';
import { Alert, QueryState } from '../../ui';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { useSurveyOverview, useSurveyResults } from '../../features/surveys/hooks';
import { NewSurveyRound } from '../../features/surveys/NewSurveyRound';
import { SurveyEditor } from '../../features/surveys/SurveyEditor';
import { SurveyResultsSection } from '../../features/surveys/SurveyResultsSection';
import { SurveyRounds } from '../../features/surveys/SurveyRounds';
import { SurveyVersions, type SurveyEditing } from '../../features/surveys/SurveyVersions';

/** Surveys over time: the Wijkwaardenkaart and the KTO per building phase, their rounds, results and versions. */
export function SurveysPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="surveys.results.read" title={t('surveys.title')} lead={t('surveys.lead')}>
      {(project) => <Surveys project={project} />}
    </ProjectSubPage>
  );
}

function Surveys({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const overview = useSurveyOverview(id);
  const results = useSurveyResults(id);
  const [editing, setEditing] = useState<SurveyEditing | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const can = (p: ProjectDetail['permissions'][number]) => project.permissions.includes(p);
  return (
    <QueryState query={overview}>
      {(data) => (
        <>
          <QueryState query={results}>{(r) => <SurveyResultsSection results={r} overview={data} />}</QueryState>
          <SurveyRounds
            projectId={id}
            overview={data}
            canRespond={can('surveys.respond')}
            canReadResponses={can('surveys.responses.read')}
            canManage={can('surveys.manage')}
          />
          {/* A new version of a survey starts the form afresh, with the newest versions to choose from. */}
          {can('surveys.manage') ? <NewSurveyRound key={data.versions.map((v) => v.id).join()} projectId={id} overview={data} /> : null}
          {saved ? <Alert type="ok">{saved}</Alert> : null}
          <SurveyVersions
            overview={data}
            canManage={can('surveys.manage')}
            onEdit={(next) => {
              setSaved(null);
              setEditing(next);
            }}
          />
          {editing ? (
            <SurveyEditor
              key={`${editing.template}-${editing.start}`}
              projectId={id}
              editing={editing}
              overview={data}
              onClose={() => setEditing(null)}
              onSaved={(version) => {
                setEditing(null);
                setSaved(t('surveyEditor.saved', { version: version.version, name: localisedText(version.definition.title, i18n.language) }));
              }}
            />
          ) : null}
        </>
      )}
    </QueryState>
  );
}
