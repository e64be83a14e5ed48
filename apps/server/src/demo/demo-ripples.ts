import { rippleLevelX, type RippleLevel } from '@thuis/domain';
import type { Db } from '../platform/db/database.js';

/** The Spoorbuurt's group session about its walking club: what it brought about, at three levels (handbook appendix 12). */
const walkingClubMap = {
  activityTitle: 'Wekelijkse wandelclub',
  title: 'Rimpelingen van de wekelijkse wandelclub',
  nodes: [
    { key: 'outside', level: 'direct', text: 'Ouderen die weinig buiten kwamen, wandelen elke week mee' },
    { key: 'coffee', level: 'direct', text: 'Na de wandeling samen koffie in het wijkcentrum' },
    { key: 'fitter', level: 'direct', text: 'Deelnemers voelen zich fitter en slapen beter' },
    { key: 'greet', level: 'indirect', text: 'Buren kennen en groeten elkaar op straat' },
    { key: 'help', level: 'indirect', text: 'Wandelaars halen boodschappen voor een zieke buur' },
    { key: 'leader', level: 'indirect', text: 'Twee bewoners nemen de route en het rooster over van het opbouwwerk' },
    { key: 'lonely', level: 'lasting', text: 'Minder eenzaamheid onder ouderen in de buurt' },
    { key: 'club', level: 'lasting', text: 'De wandelclub draait na het project zelfstandig door' },
  ] satisfies { key: string; level: RippleLevel; text: string }[],
  edges: [
    ['outside', 'greet'],
    ['coffee', 'greet'],
    ['coffee', 'help'],
    ['fitter', 'leader'],
    ['greet', 'lonely'],
    ['help', 'lonely'],
    ['leader', 'club'],
  ] as const,
};

/** A finished ripple map of the Spoorbuurt's walking club, drawn by the community worker with the resident group. */
export async function addDemoRipples(trx: Db, projectId: string, which: 'spoorbuurt' | 'lankforst', userIds: Map<string, string>) {
  if (which !== 'spoorbuurt') return;
  const demo = walkingClubMap;
  const activity = await trx
    .selectFrom('activities')
    .where('project_id', '=', projectId)
    .where('title', '=', demo.activityTitle)
    .select('id')
    .executeTakeFirstOrThrow();
  const map = await trx
    .insertInto('ripple_maps')
    .values({
      project_id: projectId,
      title: demo.title,
      activity_id: activity.id,
      theme_id: null,
      status: 'finished',
      created_by: userIds.get('communityWorker')!,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const nodeIds = new Map<string, string>();
  const perLevel = new Map<RippleLevel, number>();
  for (const node of demo.nodes) {
    const row = perLevel.get(node.level) ?? 0;
    perLevel.set(node.level, row + 1);
    const inserted = await trx
      .insertInto('ripple_nodes')
      .values({ map_id: map.id, level: node.level, text: node.text, x: rippleLevelX(node.level), y: 80 + row * 120 })
      .returning('id')
      .executeTakeFirstOrThrow();
    nodeIds.set(node.key, inserted.id);
  }
  await trx
    .insertInto('ripple_edges')
    .values(demo.edges.map(([from, to]) => ({ map_id: map.id, from_node_id: nodeIds.get(from)!, to_node_id: nodeIds.get(to)! })))
    .execute();
}
