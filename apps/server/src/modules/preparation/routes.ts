import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  agreementInput,
  agreementList,
  agreementParams,
  communicationItemInput,
  communicationItemParams,
  communicationPlan,
  idParams,
  jointGoalList,
  jointGoalsInput,
  MAX_AGREEMENT_BYTES,
  okResponse,
  orientationMeetingInput,
  orientationMeetingList,
  orientationMeetingParams,
  taskMatrix,
  taskMatrixInput,
  trainingRecordInput,
  trainingRecordParams,
  trainingRegister,
} from '@thuis/domain';
import { z } from 'zod';
import { access } from '../../platform/access/route-access.js';
import { actorOf } from '../../platform/access/plugin.js';
import type { AppContext } from '../../platform/context.js';
import { uploadedFile } from '../../platform/http/uploaded-file.js';
import { deleteAgreement } from './delete-agreement.js';
import { deleteOrientationMeeting } from './delete-orientation-meeting.js';
import { downloadAgreementDocument } from './download-agreement-document.js';
import { getCommunicationPlan } from './get-communication-plan.js';
import { getTaskMatrix } from './get-task-matrix.js';
import { getTrainingRegister } from './get-training-register.js';
import { listAgreements } from './list-agreements.js';
import { listJointGoals } from './list-joint-goals.js';
import { listOrientationMeetings } from './list-orientation-meetings.js';
import { deleteTraining, recordTraining } from './record-training.js';
import { saveAgreement } from './save-agreement.js';
import { addCommunicationItem, deleteCommunicationItem, updateCommunicationItem } from './save-communication-item.js';
import { saveJointGoals } from './save-joint-goals.js';
import { saveOrientationMeeting } from './save-orientation-meeting.js';
import { saveTaskMatrix } from './save-task-matrix.js';
import { uploadAgreementDocument } from './upload-agreement-document.js';

const created = z.object({ id: z.uuid() });

/** Phase 1 ("Voorbereiding"): orientation, agreements and task matrix, joint goals, communication plan, training. */
export const preparationRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['preparation'];
    const read = { access: access.project('preparation.read') };
    const manage = { access: access.project('preparation.manage') };
    const agreementsRead = { access: access.project('agreements.read') };
    const communicationRead = { access: access.project('communication.read') };
    const propose = { access: access.project('communication.propose') };
    const base = '/api/projects/:id';

    app.get(`${base}/orientation-meetings`, { config: read, schema: { tags, params: idParams, response: { 200: orientationMeetingList } } }, async (request) =>
      listOrientationMeetings(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.post(
      `${base}/orientation-meetings`,
      { config: manage, schema: { tags, params: idParams, body: orientationMeetingInput, response: { 201: created } } },
      async (request, reply) =>
        reply.code(201).send(await saveOrientationMeeting(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.put(
      `${base}/orientation-meetings/:meetingId`,
      { config: manage, schema: { tags, params: orientationMeetingParams, body: orientationMeetingInput, response: { 200: created } } },
      async (request) =>
        saveOrientationMeeting(ctx, { actor: actorOf(request), projectId: request.params.id, meetingId: request.params.meetingId, input: request.body }),
    );
    app.delete(
      `${base}/orientation-meetings/:meetingId`,
      { config: manage, schema: { tags, params: orientationMeetingParams, response: { 200: okResponse } } },
      async (request) => deleteOrientationMeeting(ctx, { actor: actorOf(request), projectId: request.params.id, meetingId: request.params.meetingId }),
    );

    app.get(`${base}/agreements`, { config: agreementsRead, schema: { tags, params: idParams, response: { 200: agreementList } } }, async (request) =>
      listAgreements(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.post(
      `${base}/agreements`,
      { config: manage, schema: { tags, params: idParams, body: agreementInput, response: { 201: created } } },
      async (request, reply) => reply.code(201).send(await saveAgreement(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.put(
      `${base}/agreements/:agreementId`,
      { config: manage, schema: { tags, params: agreementParams, body: agreementInput, response: { 200: created } } },
      async (request) =>
        saveAgreement(ctx, { actor: actorOf(request), projectId: request.params.id, agreementId: request.params.agreementId, input: request.body }),
    );
    app.delete(
      `${base}/agreements/:agreementId`,
      { config: manage, schema: { tags, params: agreementParams, response: { 200: okResponse } } },
      async (request) => deleteAgreement(ctx, { actor: actorOf(request), projectId: request.params.id, agreementId: request.params.agreementId }),
    );
    app.put(
      `${base}/agreements/:agreementId/document`,
      {
        config: manage,
        bodyLimit: MAX_AGREEMENT_BYTES + 64 * 1024,
        schema: { tags, params: agreementParams, consumes: ['multipart/form-data'], response: { 200: okResponse } },
      },
      async (request) => {
        const actor = actorOf(request);
        // Access before reading the upload: a refused caller's file is never read.
        await ctx.access.require(actor, 'preparation.manage', request.params.id);
        const { fileName, bytes } = await uploadedFile(request, MAX_AGREEMENT_BYTES);
        return uploadAgreementDocument(ctx, { actor, projectId: request.params.id, agreementId: request.params.agreementId, fileName, bytes });
      },
    );
    app.get(`${base}/agreements/:agreementId/document`, { config: agreementsRead, schema: { tags, params: agreementParams } }, async (request, reply) => {
      const document = await downloadAgreementDocument(ctx, { actor: actorOf(request), projectId: request.params.id, agreementId: request.params.agreementId });
      return reply
        .type(document.contentType)
        .header('content-disposition', `attachment; filename="${encodeURIComponent(document.fileName)}"`)
        .send(document.bytes);
    });

    app.get(`${base}/task-matrix`, { config: agreementsRead, schema: { tags, params: idParams, response: { 200: taskMatrix } } }, async (request) =>
      getTaskMatrix(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.put(
      `${base}/task-matrix`,
      { config: manage, schema: { tags, params: idParams, body: taskMatrixInput, response: { 200: taskMatrix } } },
      async (request) => saveTaskMatrix(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body }),
    );

    app.get(`${base}/joint-goals`, { config: agreementsRead, schema: { tags, params: idParams, response: { 200: jointGoalList } } }, async (request) =>
      listJointGoals(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.put(
      `${base}/joint-goals`,
      { config: manage, schema: { tags, params: idParams, body: jointGoalsInput, response: { 200: jointGoalList } } },
      async (request) => saveJointGoals(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body }),
    );

    app.get(
      `${base}/communication-plan`,
      { config: communicationRead, schema: { tags, params: idParams, response: { 200: communicationPlan } } },
      async (request) => getCommunicationPlan(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.post(
      `${base}/communication-plan`,
      { config: propose, schema: { tags, params: idParams, body: communicationItemInput, response: { 201: created } } },
      async (request, reply) =>
        reply.code(201).send(await addCommunicationItem(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.put(
      `${base}/communication-plan/:itemId`,
      { config: manage, schema: { tags, params: communicationItemParams, body: communicationItemInput, response: { 200: created } } },
      async (request) =>
        updateCommunicationItem(ctx, { actor: actorOf(request), projectId: request.params.id, itemId: request.params.itemId, input: request.body }),
    );
    app.delete(
      `${base}/communication-plan/:itemId`,
      { config: manage, schema: { tags, params: communicationItemParams, response: { 200: okResponse } } },
      async (request) => deleteCommunicationItem(ctx, { actor: actorOf(request), projectId: request.params.id, itemId: request.params.itemId }),
    );

    app.get(`${base}/training`, { config: read, schema: { tags, params: idParams, response: { 200: trainingRegister } } }, async (request) =>
      getTrainingRegister(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.post(
      `${base}/training`,
      { config: manage, schema: { tags, params: idParams, body: trainingRecordInput, response: { 201: created } } },
      async (request, reply) => reply.code(201).send(await recordTraining(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.delete(
      `${base}/training/:recordId`,
      { config: manage, schema: { tags, params: trainingRecordParams, response: { 200: okResponse } } },
      async (request) => deleteTraining(ctx, { actor: actorOf(request), projectId: request.params.id, recordId: request.params.recordId }),
    );
  };
