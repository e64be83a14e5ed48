import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  idParams,
  okResponse,
  story,
  storyComparison,
  storyInput,
  storyList,
  storyParams,
  storyQuery,
  storyRound,
  storyRoundInput,
  storyRoundList,
  storyRoundParams,
} from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { deleteStory } from './delete-story.js';
import { getComparison } from './get-comparison.js';
import { getStory } from './get-story.js';
import { listRounds } from './list-rounds.js';
import { listStories } from './list-stories.js';
import { deleteRound, recordRound } from './record-round.js';
import { createStory, updateStory } from './save-story.js';
import { actorOf } from '../../platform/access/plugin.js';

export const storyRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['stories'];
    const write = { access: access.project('stories.write') };
    const readSelected = { access: access.project('stories.selected.read') };
    app.get(
      '/api/projects/:id/stories',
      { config: readSelected, schema: { tags, params: idParams, querystring: storyQuery, response: { 200: storyList } } },
      async (request) => listStories(ctx, { actor: actorOf(request), projectId: request.params.id, query: request.query }),
    );
    app.post(
      '/api/projects/:id/stories',
      { config: write, schema: { tags, params: idParams, body: storyInput, response: { 201: story } } },
      async (request, reply) => reply.code(201).send(await createStory(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.get(
      '/api/projects/:id/stories/comparison',
      { config: { access: access.project('stories.compare') }, schema: { tags, params: idParams, response: { 200: storyComparison } } },
      async (request) => getComparison(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.get('/api/projects/:id/stories/:storyId', { config: readSelected, schema: { tags, params: storyParams, response: { 200: story } } }, async (request) =>
      getStory(ctx, { actor: actorOf(request), projectId: request.params.id, storyId: request.params.storyId }),
    );
    app.put(
      '/api/projects/:id/stories/:storyId',
      { config: write, schema: { tags, params: storyParams, body: storyInput, response: { 200: story } } },
      async (request) => updateStory(ctx, { actor: actorOf(request), projectId: request.params.id, storyId: request.params.storyId, input: request.body }),
    );
    app.delete('/api/projects/:id/stories/:storyId', { config: write, schema: { tags, params: storyParams, response: { 200: okResponse } } }, async (request) =>
      deleteStory(ctx, { actor: actorOf(request), projectId: request.params.id, storyId: request.params.storyId }),
    );
    app.get(
      '/api/projects/:id/story-rounds',
      { config: readSelected, schema: { tags, params: idParams, response: { 200: storyRoundList } } },
      async (request) => listRounds(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.post(
      '/api/projects/:id/story-rounds',
      { config: { access: access.project('stories.select') }, schema: { tags, params: idParams, body: storyRoundInput, response: { 201: storyRound } } },
      async (request, reply) => reply.code(201).send(await recordRound(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.delete(
      '/api/projects/:id/story-rounds/:roundId',
      { config: write, schema: { tags, params: storyRoundParams, response: { 200: okResponse } } },
      async (request) => deleteRound(ctx, { actor: actorOf(request), projectId: request.params.id, roundId: request.params.roundId }),
    );
  };
