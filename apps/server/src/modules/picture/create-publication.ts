import {
  pictureContent,
  posterMeetingOf,
  summariseCounts,
  type Actor,
  type IdentifyingChecker,
  type IdentifyingKind,
  type Locale,
  type PublicationInput,
} from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { getThemeBoard } from './get-theme-board.js';
import { listPublications } from './list-publications.js';
import { createPictureRepository } from './repository.js';

/** What a team's meeting place and contact may say: where and how to reach the team. */
const teamContactKinds: ReadonlySet<IdentifyingKind> = new Set(['email', 'phone', 'postcode', 'streetAndNumber']);

/**
 * The poster's place and contact are the team's own (a meeting room, the team's phone number or
 * e-mail address): they are there to be read by everyone, so contact details pass. A resident's
 * name does not, nor the street and number of a home of the project (a meeting "at number 14").
 */
async function meetingProblems(
  picture: ReturnType<typeof createPictureRepository>,
  projectId: string,
  input: PublicationInput,
  known: IdentifyingChecker,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const field of ['meetingPlace', 'meetingContact'] as const) {
    const found = known.find(input[field]);
    const addresses = found.flatMap((f) => {
      const parts = f.kind === 'streetAndNumber' ? /^(.*\D)\s+(\d{1,5})/u.exec(f.match) : null;
      return parts ? [{ detail: f, street: parts[1]!.trim(), number: Number(parts[2]) }] : [];
    });
    const homes = await picture.homesAmong(projectId, addresses);
    const isHome = (a: (typeof addresses)[number]) => homes.some((h) => h.street.toLowerCase() === a.street.toLowerCase() && h.number === a.number);
    const refused = [...found.filter((f) => !teamContactKinds.has(f.kind)), ...addresses.filter(isHome).map((a) => a.detail)];
    if (refused.length) problems.push({ path: [field], key: 'errors.identifying', params: { found: refused.map((f) => `"${f.match}"`).join(', ') } });
  }
  return problems;
}

/**
 * Makes a new version of the report, the talking poster or the feedback to residents from the registrations, themes, top 5
 * lists and approved quotes as they are now, protected by the small-cell rule within the version and against every
 * version published before (ADR 0002). It starts as a concept.
 */
export async function createPublication(
  ctx: AppContext,
  { actor, projectId, input, locale }: { actor: Actor; projectId: string; input: PublicationInput; locale: Locale },
) {
  await ctx.access.require(actor, 'picture.work', projectId);
  // What goes to residents and partners may not identify anyone: the title and introduction, and the
  // names and descriptions of the themes it carries.
  const known = await identifyingChecker(ctx.db, projectId, { team: false });
  const refused = (['title', 'introduction'] as const).flatMap((field) => identifyingProblems([field], input[field] ?? '', known));
  const picture = createPictureRepository(ctx.db);
  const meeting = posterMeetingOf(input);
  if (meeting) refused.push(...(await meetingProblems(picture, projectId, input, known)));
  if (refused.length) throw new ValidationError(refused);
  const [forms, counts, board, quotes, followUp] = await Promise.all([
    picture.forms(projectId),
    picture.answerCounts(projectId, {}),
    getThemeBoard(ctx, { actor, projectId }),
    picture.quotes(projectId, { approvedOnly: true }),
    picture.followUp(projectId),
  ]);
  const source = { overview: summariseCounts(forms, counts), locale, themes: board.themes, topLists: board.topLists, quotes, followUp };
  // Protected against what residents and partners have already read, so the reviewers see what
  // will go out. Worked out before the transaction (it is the slow part) and again inside it only
  // when a version was published meanwhile.
  const earlier = await picture.publishedFigures(projectId);
  let protectedVersion = pictureContent(source, { earlier: earlier.figures });
  await ctx.db.transaction().execute(async (trx) => {
    const repository = createPictureRepository(trx);
    if ((await repository.lockPublishing(projectId)) !== earlier.ids)
      protectedVersion = pictureContent(source, { earlier: (await repository.publishedFigures(projectId)).figures });
    const { content, figures } = protectedVersion;
    const { id, version } = await repository.insertPublication(
      projectId,
      { kind: input.kind, title: input.title, introduction: input.introduction, meeting, content, figures },
      actor.userId,
    );
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'picture_publication',
      resourceId: id,
      projectId,
      details: { kind: input.kind, version },
    });
  });
  return listPublications(ctx, { actor, projectId });
}
