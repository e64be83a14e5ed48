import type { Actor, Locale } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { runInWorker } from '../../platform/jobs/worker.js';
import { createProjectRepository } from '../projects/repository.js';
import { createSurveyRepository } from './repository.js';
import { issueSurveyLinks } from './survey-links.js';

const longDate = (locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

/**
 * A letter per household of the round, each with a new personal link as text and QR code (an earlier
 * unused link stops working; a household that answered gets a link that does not work, so the letters
 * do not tell who answered). The PDF is laid out in a worker thread and
 * handed out once; it is not kept, since it holds working secrets that the database never stores.
 * Letters go to "the residents of" an address: no names are read.
 */
export async function printSurveyLetters(
  ctx: AppContext,
  { actor, projectId, roundId, t, locale }: { actor: Actor; projectId: string; roundId: string; t: Translate; locale: Locale },
) {
  const links = await issueSurveyLinks(ctx, { actor, projectId, roundId });
  const project = await createProjectRepository(ctx.db).find(projectId);
  const round = (await createSurveyRepository(ctx.db).round(projectId, roundId))!;
  const title = (locale === 'en' && round.definition.title.en) || round.definition.title.nl;
  const format = longDate(locale);
  const today = format.format(new Date());
  const closesOn = format.format(new Date(`${round.closesOn}T12:00:00Z`));
  const pages = links.map(({ address: a, token }) => {
    const address = `${a.street} ${a.houseNumber}${a.addition ? ` ${a.addition}` : ''}`;
    return {
      addressBlock: [t('letters.addressedToResidents', { address }), address, `${a.postcode}  ${a.city.toUpperCase()}`],
      place: `${a.city}, ${today}`,
      subject: t('surveyLetters.subject', { survey: title }),
      body: t('surveyLetters.body', { closesOn }),
      linkLabel: t('surveyLetters.link'),
      link: `${ctx.config.appUrl}/s#${token}`,
      closing: t('surveyLetters.closing', { project: project?.name ?? '' }),
    };
  });
  const input = { pages, meta: { title, author: project?.name || 'Thuis' } };
  const pdf = Buffer.from(await runInWorker<typeof input, Uint8Array>(new URL('../../platform/pdf/render-survey-letters.ts', import.meta.url), input));
  await recordAudit(ctx.db, {
    actorUserId: actor.userId,
    action: 'read',
    resourceType: 'survey_letters',
    resourceId: roundId,
    projectId,
    details: { letters: pages.length },
  });
  return { pdf, fileName: `enquete-brieven-${round.opensOn}.pdf`, count: pages.length };
}
