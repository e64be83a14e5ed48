import { checkSurveyAnswers, type Actor, type SurveyAnswers, type SurveyLinkForm } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import { newSessionToken, sessionIdFor } from '../../platform/auth/session-tokens.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { MAX_FAILURES_PER_ADDRESS, THROTTLE_WINDOW_MS, throttledFor } from '../auth/log-in.js';
import { createAuthRepository } from '../auth/repository.js';
import { createSurveyRepository } from './repository.js';

/**
 * A resident's personal link: a capability for one response to one round, nothing else. Only the
 * hash of its secret is kept; a link is refused once used or after the round closed. Failed tries
 * count against the caller's address like failed log-ins, so secrets cannot be guessed.
 */
export interface IssuedLink {
  householdId: string;
  addressId: string;
  address: { street: string; houseNumber: number; addition: string; postcode: string; city: string };
  token: string;
}

/**
 * A new link for every household living at the round's addresses (a letter carries each). A household
 * that already answered gets a link that is not stored and so does not work: the letters, like the
 * response, do not tell the team who answered.
 */
export async function issueSurveyLinks(
  ctx: AppContext,
  { actor, projectId, roundId }: { actor: Actor; projectId: string; roundId: string },
): Promise<IssuedLink[]> {
  await ctx.access.require(actor, 'surveys.manage', projectId);
  return ctx.db.transaction().execute(async (trx) => {
    const surveys = createSurveyRepository(trx);
    const round = await surveys.round(projectId, roundId);
    if (!round) throw new NotFoundError();
    const households = await surveys.householdsForRound(projectId, round.buildingPhaseId);
    const withTokens = households.map((h) => ({ ...h, token: newSessionToken() }));
    await surveys.issueLinks(
      roundId,
      round.closesOn,
      withTokens.map((h) => ({ householdId: h.householdId, buildingPhaseId: h.buildingPhaseId, tokenHash: sessionIdFor(h.token) })),
    );
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'survey_links',
      resourceId: roundId,
      projectId,
      details: { count: withTokens.length },
    });
    return withTokens.map((h) => ({
      householdId: h.householdId,
      addressId: h.addressId,
      address: { street: h.street, houseNumber: h.houseNumber, addition: h.addition, postcode: h.postcode, city: h.city },
      token: h.token,
    }));
  });
}

async function notThrottled(ctx: AppContext, ip: string) {
  const byAddress = await createAuthRepository(ctx.db).recentFailures('ip', ip, THROTTLE_WINDOW_MS);
  if (byAddress.count >= MAX_FAILURES_PER_ADDRESS) throw throttledFor(byAddress.oldest);
}

async function refuse(ctx: AppContext, ip: string): Promise<never> {
  // No account to count against: the row counts for the caller's address only.
  await createAuthRepository(ctx.db).recordAttempt('', ip, false);
  throw new ValidationError([{ path: ['token'], key: 'errors.surveyLinkInvalid' }], 'errors.surveyLinkInvalid');
}

/** The questions behind a working link; a used, expired or unknown one gets the same answer. */
export async function openSurveyLink(ctx: AppContext, { token, ip }: { token: string; ip: string }): Promise<SurveyLinkForm> {
  await notThrottled(ctx, ip);
  const found = await createSurveyRepository(ctx.db).linkRound(sessionIdFor(token));
  if (!found) return refuse(ctx, ip);
  return { definition: found.definition, closesOn: found.closesOn };
}

/**
 * Stores the response of a working link and marks the link used in the same transaction. The
 * response does not refer to the link or the household; a second (or concurrent) use stores nothing.
 */
export async function respondToSurveyLink(ctx: AppContext, { token, answers, ip }: { token: string; answers: SurveyAnswers; ip: string }) {
  await notThrottled(ctx, ip);
  const tokenHash = sessionIdFor(token);
  const stored = await ctx.db.transaction().execute(async (trx) => {
    const surveys = createSurveyRepository(trx);
    // Claimed first: a concurrent use of the same link waits for this row and then finds it used.
    const claimed = await surveys.claimLink(tokenHash);
    if (!claimed) return false;
    // Answers that do not fit the version roll the claim back: the link stays usable.
    const problems = checkSurveyAnswers(claimed.definition, answers).map((p) => ({ ...p, path: ['answers', ...p.path] }));
    if (problems.length) throw new ValidationError(problems);
    await surveys.addResponse({ roundId: claimed.roundId, buildingPhaseId: claimed.buildingPhaseId, channel: 'link', answers });
    return true;
  });
  if (!stored) return refuse(ctx, ip);
  return { ok: true as const };
}
