import type { SurveyResultsSource } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { createRegistrationRepository } from '../registrations/repository.js';
import { createSurveyRepository } from './repository.js';

/**
 * What the survey results are worked out from: the rounds, their anonymous responses, and the door
 * registration as the start. Reads only; publishing what readers see is getSurveyResults' work.
 */
export async function surveyResultsSource(db: Db, projectId: string): Promise<SurveyResultsSource> {
  const surveys = createSurveyRepository(db);
  const [form, phases, rounds, responses, registrations] = await Promise.all([
    createRegistrationRepository(db).currentForm(projectId, null),
    surveys.buildingPhases(projectId),
    surveys.rounds(projectId),
    surveys.projectResponses(projectId),
    surveys.registrations(projectId),
  ]);
  return {
    phases,
    rounds: rounds.map((r) => ({
      id: r.id,
      template: r.template,
      title: { nl: r.definition.title.nl, en: r.definition.title.en || r.definition.title.nl },
      buildingPhaseId: r.buildingPhaseId,
      opensOn: r.opensOn,
      definition: r.definition,
    })),
    responses,
    startQuestions: form.definition.questions,
    registrations: registrations.map((r) => ({ buildingPhaseId: r.buildingPhaseId, answers: r.answers ?? {} })),
  };
}
