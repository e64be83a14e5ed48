import { buildSurveyResults, figuresUnder, type Actor, type SurveyResults } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createFinalReportRepository } from '../final-report/repository.js';
import { createPictureRepository } from '../picture/repository.js';
import { createSurveyRepository } from './repository.js';
import { surveyResultsSource } from './survey-results-source.js';

/** The prefix of the survey figures in a final report (its survey section's key). */
export const surveyFiguresInReport = 'surveys:';

/**
 * The results of every round as a time series per question and building phase, under the small-cell
 * rule. What readers see is a published version (ADR 0002): when the figures changed since the last
 * one, the new version is protected against every earlier one (the picture's, and the survey figures
 * of every published final report too) and kept, under the project's lock so two readers never
 * publish without each other, nor without a final report being published meanwhile.
 */
export async function getSurveyResults(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }): Promise<SurveyResults> {
  await ctx.access.require(actor, 'surveys.results.read', projectId);
  const surveys = createSurveyRepository(ctx.db);
  // Worked out outside the transaction (ADR 0002); under the lock it is only checked that nobody
  // published meanwhile, else it is worked out again against that version too.
  for (;;) {
    const [source, earlier, picture, reports] = await Promise.all([
      surveyResultsSource(ctx.db, projectId),
      surveys.publications(projectId),
      createPictureRepository(ctx.db)
        .publishedFigures(projectId)
        .then((p) => p.figures),
      createFinalReportRepository(ctx.db)
        .publishedFigures(projectId)
        .then((r) => r.figures),
    ]);
    const inReports = reports.flatMap((figures) => figuresUnder(figures, surveyFiguresInReport) ?? []);
    // The survey's own versions last: an unchanged set is shown as the last of them showed it.
    const { results, published, changed } = buildSurveyResults(source, { earlier: [...picture, ...inReports, ...earlier] });
    if (!changed && earlier.length > 0) return results;
    const kept = await ctx.db.transaction().execute(async (trx) => {
      const locked = createSurveyRepository(trx);
      await locked.lockPublications(projectId);
      if ((await locked.publicationCount(projectId)) !== earlier.length) return false;
      if ((await createFinalReportRepository(trx).publishedFigures(projectId)).figures.length !== reports.length) return false;
      await locked.publish(projectId, published);
      return true;
    });
    if (kept) return results;
  }
}
