import { formatVisitors, mergeLetter, missingProjectContacts, type Actor, type Locale } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationError } from '../../platform/http/errors.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { renderLettersPdf } from '../../platform/pdf/letters-pdf.js';
import { createProjectRepository } from '../projects/repository.js';
import { toAmsterdam } from '../visits/local-time.js';
import { getLetterTemplate } from './letter-template.js';
import { createLetterRepository } from './repository.js';

const longDate = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

/**
 * One PDF with an invitation per selected visit, merged with the household, address, time and
 * visitors, and the visits marked as invited. Reading the households' names is audited.
 */
export async function printLetters(ctx: AppContext, { actor, projectId, visitIds, t, locale }: { actor: Actor; projectId: string; visitIds: string[]; t: Translate; locale: Locale }) {
  const template = await getLetterTemplate(ctx, { actor, projectId });
  const unique = [...new Set(visitIds)];
  const letters = createLetterRepository(ctx.db);
  const data = await letters.letterData(projectId, unique);
  if (data.length !== unique.length) throw new ValidationError([{ path: ['visitIds'], key: 'errors.invalid' }]);
  const project = await createProjectRepository(ctx.db).find(projectId);
  const contact = { teamPhone: project?.teamPhone ?? '', teamEmail: project?.teamEmail ?? '' };
  const missing = missingProjectContacts(`${template.subject}\n${template.body}`, contact);
  if (missing.length) throw new ValidationError(missing.map((field) => ({ path: [field], key: 'errors.letterNeedsProjectContact' })));
  const sender = (await ctx.db.selectFrom('users').where('id', '=', actor.userId).select('display_name').executeTakeFirstOrThrow()).display_name;
  const pages = data.map((v) => {
    const address = `${v.street} ${v.houseNumber}${v.addition ? ` ${v.addition}` : ''}`;
    const values = {
      aanhef: v.householdName || t('letters.residentsOf', { address }),
      adres: address,
      postcode: v.postcode,
      plaats: v.city,
      datum: longDate.format(v.startsAt),
      tijd: toAmsterdam(v.startsAt).slice(11),
      bezoekers: formatVisitors(v.visitors, locale),
      project: project?.name ?? '',
      afzender: sender,
      teamtelefoon: contact.teamPhone,
      teamemail: contact.teamEmail,
    };
    return {
      subject: mergeLetter(template.subject, values),
      body: mergeLetter(template.body, values),
      addressBlock: [v.householdName || t('letters.addressedToResidents', { address }), address, `${v.postcode}  ${v.city.toUpperCase()}`],
      place: `${v.city}, ${new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date())}`,
    };
  });
  const pdf = await renderLettersPdf(pages, { title: template.subject, author: project?.name ?? 'Thuis' });
  await ctx.db.transaction().execute(async (trx) => {
    await createLetterRepository(trx).markSent(projectId, unique, actor.userId);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'read', resourceType: 'household_contacts_letters', resourceId: projectId, projectId, details: { letters: unique.length } });
  });
  return pdf;
}
