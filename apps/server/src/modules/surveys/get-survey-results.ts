import { buildSurveyResults, type Actor, type SurveyResults } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createRegistrationRepository } from '../registrations/repository.js';
import { createSurveyRepository } from './repository.js';

/**
 * The results of every round as a time series per question and building phase, under the small-cell
 * rule. What readers see is a published version (ADR 0002): when the figures changed since the last
 * one, the new version is protected against every earlier one (and the picture's) and kept, under
 * the project's lock so two readers never publish without each other.
 */
export async function getSurveyResults(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }): Promise<SurveyResults> {
  await ctx.access.require(actor, 'surveys.results.read', projectId);
  const form = await createRegistrationRepository(ctx.db).currentForm(projectId, null);
  const surveys = createSurveyRepository(ctx.db);
  // Worked out outside the transaction (ADR 0002); under the lock it is only checked that nobody
  // published meanwhile, else it is worked out again against that version too.
  for (;;) {
    const [phases, rounds, responses, registrations, earlier, picture] = await Promise.all([
      surveys.buildingPhases(projectId),
      surveys.rounds(projectId),
      surveys.projectResponses(projectId),
      surveys.registrations(projectId),
      surveys.publications(projectId),
      surveys.picturePublications(projectId),
    ]);
    const { results, published, changed } = buildSurveyResults(
      {
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
      },
      { earlier: [...picture, ...earlier] },
    );
    // An unchanged set is shown as the last version showed it: nothing new is published.
    if (!changed && earlier.length > 0) return results;
    const kept = await ctx.db.transaction().execute(async (trx) => {
      const locked = createSurveyRepository(trx);
      await locked.lockPublications(projectId);
      if ((await locked.publicationCount(projectId)) !== earlier.length) return false;
      await locked.publish(projectId, published);
      return true;
    });
    if (kept) return results;
  }
}
