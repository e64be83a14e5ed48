import type { Actor, Locale } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { formatDutchDate, formatLocalDateTime } from '../../platform/i18n/format.js';
import { translatorFor } from '../../platform/i18n/translate.js';
import { runInWorker } from '../../platform/jobs/worker.js';
import type { PicturePdfInput } from '../../platform/pdf/render-picture.js';
import { toAmsterdam } from '../visits/local-time.js';
import { publicationScope } from './list-publications.js';
import { createPictureRepository } from './repository.js';

/** The PDF of a version, drawn from its fixed content; marked as a draft until it is published. */
export async function downloadPublication(
  ctx: AppContext,
  { actor, projectId, publicationId, locale }: { actor: Actor; projectId: string; publicationId: string; locale: Locale },
) {
  const { stages, olderPublished } = await publicationScope(ctx, actor, projectId);
  const picture = createPictureRepository(ctx.db);
  const found = await picture.publicationContent(projectId, publicationId);
  if (!found || !stages.includes(found.stage)) throw new NotFoundError();
  if (!olderPublished && found.stage === 'published' && found.version !== (await picture.latestPublishedVersion(projectId, found.kind)))
    throw new NotFoundError();
  const t = translatorFor(locale);
  const meta = {
    title: found.title,
    projectName: await picture.projectName(projectId),
    introduction: found.introduction,
    version: found.version,
    date: formatDutchDate(toAmsterdam(found.createdAt).slice(0, 10)),
    draft: found.stage === 'published' ? null : t('picturePdf.draft', { version: found.version, stage: t(`reviewStages.${found.stage}`) }),
    meeting: found.meeting ? { when: formatLocalDateTime(found.meeting.at, locale), place: found.meeting.place, contact: found.meeting.contact } : null,
  };
  const input: PicturePdfInput = { kind: found.kind, content: found.content, meta, locale };
  const pdf = Buffer.from(await runInWorker<PicturePdfInput, Uint8Array>(new URL('../../platform/pdf/render-picture.ts', import.meta.url), input));
  return { pdf, fileName: t(`picturePdf.fileName.${found.kind}`, { version: found.version }) };
}
