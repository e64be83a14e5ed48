import { formatVisitors, mergeLetter, type Actor, type Locale } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { runInWorker } from '../../platform/jobs/worker.js';
import { ValidationError } from '../../platform/http/errors.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { toAmsterdam } from '../visits/local-time.js';
import { letterWithContacts } from './letter-contacts.js';
import { createUserRepository } from '../users/repository.js';
import { createLetterRepository } from './repository.js';

const longDate = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

/**
 * One PDF with an invitation per selected visit, merged with the household, address, time and
 * visitors. Reading the households' names is audited. Making the letters does not mark the visits as
 * invited: nobody has printed them yet (issue 16); that is a step of its own (mark-letters-sent.ts).
 * Runs as a background job (run-letter-job.ts): the PDF is laid out in a worker thread, telling
 * `onProgress` how many letters are done, and `keep` stores it.
 */
export async function printLetters(
  ctx: AppContext,
  {
    actor,
    projectId,
    visitIds,
    t,
    locale,
    onProgress,
    keep,
  }: {
    actor: Actor;
    projectId: string;
    visitIds: string[];
    t: Translate;
    locale: Locale;
    onProgress?: (done: number) => void;
    keep?: (trx: Db, pdf: Buffer) => Promise<void>;
  },
) {
  const { template, projectName, contact } = await letterWithContacts(ctx, { actor, projectId });
  const unique = [...new Set(visitIds)];
  const letters = createLetterRepository(ctx.db);
  const data = await letters.letterData(projectId, unique);
  if (data.length !== unique.length) throw new ValidationError([{ path: ['visitIds'], key: 'errors.invalid' }]);
  const sender = await createUserRepository(ctx.db).displayName(actor.userId);
  // One formatter for the batch: making one per letter took a second of the main thread for 1,000.
  const today = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date());
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
      project: projectName,
      afzender: sender,
      teamtelefoon: contact.teamPhone,
      teamemail: contact.teamEmail,
    };
    return {
      subject: mergeLetter(template.subject, values),
      body: mergeLetter(template.body, values),
      addressBlock: [v.householdName || t('letters.addressedToResidents', { address }), address, `${v.postcode}  ${v.city.toUpperCase()}`],
      place: `${v.city}, ${today}`,
    };
  });
  const input = { pages, meta: { title: template.subject, author: projectName || 'Thuis' } };
  const pdf = Buffer.from(await runInWorker<typeof input, Uint8Array>(new URL('../../platform/pdf/render-letters.ts', import.meta.url), input, onProgress));
  await ctx.db.transaction().execute(async (trx) => {
    await keep?.(trx, pdf);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'read',
      resourceType: 'household_contacts_letters',
      resourceId: projectId,
      projectId,
      details: { letters: unique.length },
    });
  });
  return pdf;
}
