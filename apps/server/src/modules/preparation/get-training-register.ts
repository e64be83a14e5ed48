import { contractorRoles, isTrained, socialTeamRoles, type Actor, type TrainingTopic } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPreparationRepository } from './repository.js';

/** The roles that go on home visits: the social team and the contractor's people. */
export const visitingRoles = [...socialTeamRoles, ...contractorRoles];

/** Per visitor the training topics with a date, and whether all four are done. */
export async function getTrainingRegister(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'preparation.read', projectId);
  const repository = createPreparationRepository(ctx.db);
  const [visitors, records] = await Promise.all([repository.visitors(projectId, visitingRoles), repository.trainingRecords(projectId)]);
  return {
    visitors: visitors.map((v) => {
      const topics = [...new Set(records.filter((r) => r.userId === v.userId).map((r) => r.topic))] as TrainingTopic[];
      return { userId: v.userId, name: v.name, topics, trained: isTrained(topics) };
    }),
    records: records.map((r) => ({ ...r, hours: Number(r.hours) })),
  };
}
