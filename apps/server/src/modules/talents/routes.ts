import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  idParams,
  matchFilter,
  matchInput,
  matchParams,
  matchUpdateInput,
  okResponse,
  talentCard,
  talentCardFilter,
  talentCardInput,
  talentCardPage,
  talentCardParams,
  talentMatch,
  talentMatchPage,
  talentSuggestionList,
  withdrawTalentConsentInput,
} from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { getTalentCard } from './get-talent-card.js';
import { listMatches } from './list-matches.js';
import { listTalentCards } from './list-talent-cards.js';
import { recordMatch } from './record-match.js';
import { saveTalentCard } from './save-talent-card.js';
import { suggestTalentMatches } from './suggest-matches.js';
import { updateMatch } from './update-match.js';
import { withdrawTalentConsent } from './withdraw-talent-consent.js';
import { actorOf } from '../../platform/access/plugin.js';

export const talentRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['talents'];
    const read = { access: access.project('talents.read') };
    const manage = { access: access.project('talents.manage') };

    app.get(
      '/api/projects/:id/talent-cards',
      { config: read, schema: { tags, params: idParams, querystring: talentCardFilter, response: { 200: talentCardPage } } },
      async (request) => listTalentCards(ctx, { actor: actorOf(request), projectId: request.params.id, filter: request.query }),
    );
    app.post(
      '/api/projects/:id/talent-cards',
      { config: manage, schema: { tags, params: idParams, body: talentCardInput, response: { 201: talentCard } } },
      async (request, reply) => reply.code(201).send(await saveTalentCard(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.get(
      '/api/projects/:id/talent-cards/:cardId',
      { config: read, schema: { tags, params: talentCardParams, response: { 200: talentCard } } },
      async (request) => getTalentCard(ctx, { actor: actorOf(request), projectId: request.params.id, cardId: request.params.cardId }),
    );
    app.put(
      '/api/projects/:id/talent-cards/:cardId',
      { config: manage, schema: { tags, params: talentCardParams, body: talentCardInput, response: { 200: talentCard } } },
      async (request) => saveTalentCard(ctx, { actor: actorOf(request), projectId: request.params.id, cardId: request.params.cardId, input: request.body }),
    );
    app.post(
      '/api/projects/:id/talent-cards/:cardId/withdraw-consent',
      { config: manage, schema: { tags, params: talentCardParams, body: withdrawTalentConsentInput, response: { 200: okResponse } } },
      async (request) =>
        withdrawTalentConsent(ctx, { actor: actorOf(request), projectId: request.params.id, cardId: request.params.cardId, note: request.body.note }),
    );
    app.get(
      '/api/projects/:id/talent-cards/:cardId/suggestions',
      { config: read, schema: { tags, params: talentCardParams, response: { 200: talentSuggestionList } } },
      async (request) => suggestTalentMatches(ctx, { actor: actorOf(request), projectId: request.params.id, cardId: request.params.cardId }),
    );
    app.get(
      '/api/projects/:id/talent-matches',
      { config: read, schema: { tags, params: idParams, querystring: matchFilter, response: { 200: talentMatchPage } } },
      async (request) => listMatches(ctx, { actor: actorOf(request), projectId: request.params.id, filter: request.query }),
    );
    app.post(
      '/api/projects/:id/talent-matches',
      { config: manage, schema: { tags, params: idParams, body: matchInput, response: { 201: talentMatch } } },
      async (request, reply) => reply.code(201).send(await recordMatch(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.put(
      '/api/projects/:id/talent-matches/:matchId',
      { config: manage, schema: { tags, params: matchParams, body: matchUpdateInput, response: { 200: talentMatch } } },
      async (request) => updateMatch(ctx, { actor: actorOf(request), projectId: request.params.id, matchId: request.params.matchId, input: request.body }),
    );
  };
