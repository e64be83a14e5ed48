import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import csrf from '@fastify/csrf-protection';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { createAccess } from './platform/access/access.js';
import { registerAccessChecks } from './platform/access/plugin.js';
import { access } from './platform/access/route-access.js';
import { listenForCallerChanges } from './platform/auth/caller-cache.js';
import { registerSessionAndCsrf } from './platform/auth/plugin.js';
import { createSessionRepository } from './platform/auth/session-repository.js';
import type { AppContext } from './platform/context.js';
import type { DatabaseHandle } from './platform/db/database.js';
import { registerErrorHandler, sendNotFound } from './platform/http/error-handler.js';
import { withProblemResponses } from './platform/http/openapi-problems.js';
import { placeRoutes } from './modules/places/routes.js';
import { rippleRoutes } from './modules/ripples/routes.js';
import { apiDocsContentSecurityPolicy, registerSecurityHeaders } from './platform/http/security-headers.js';
import { authRoutes } from './modules/auth/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { meRoutes } from './modules/me/routes.js';
import { organisationRoutes } from './modules/organisations/routes.js';
import { projectRoutes } from './modules/projects/routes.js';
import { userRoutes } from './modules/users/routes.js';
import { addressRoutes } from './modules/addresses/routes.js';
import { exportRoutes } from './modules/exports/routes.js';
import { groupingRoutes } from './modules/groupings/routes.js';
import { householdRoutes } from './modules/households/routes.js';
import { hoursRoutes } from './modules/hours/routes.js';
import { importRoutes, MAX_IMPORT_BYTES } from './modules/imports/routes.js';
import { runImportJob } from './modules/imports/run-import-job.js';
import { planRoutes } from './modules/plan/routes.js';
import { visitRoutes } from './modules/visits/routes.js';
import { registrationRoutes } from './modules/registrations/routes.js';
import { letterJob } from './modules/letters/run-letter-job.js';
import { letterRoutes } from './modules/letters/routes.js';
import { signalRoutes } from './modules/signals/routes.js';
import { actionRoutes } from './modules/actions/routes.js';
import { actionReminderJob } from './modules/actions/send-action-reminders.js';
import { referralRoutes } from './modules/referrals/routes.js';
import { referralNotificationJob } from './modules/referrals/send-referral-notifications.js';
import { talentRoutes } from './modules/talents/routes.js';
import { pictureRoutes } from './modules/picture/routes.js';
import { activityRoutes } from './modules/activities/routes.js';
import { storyRoutes } from './modules/stories/routes.js';
import { interimEvaluationRoutes } from './modules/interim-evaluations/routes.js';
import { preparationRoutes } from './modules/preparation/routes.js';
import { beforeAfterRoutes } from './modules/before-after/routes.js';
import { actionPlanRoutes } from './modules/action-plan/routes.js';
import { finalReportRoutes } from './modules/final-report/routes.js';
import { surveyRoutes } from './modules/surveys/routes.js';
import { residentsRightsRoutes } from './modules/residents-rights/routes.js';
import { retentionJob } from './modules/retention/purge-expired-identities.js';
import { retentionRoutes } from './modules/retention/routes.js';
import { privacyPlanRoutes } from './modules/privacy-plan/routes.js';
import { createSmtpMailer } from './platform/mail/mailer.js';
import { startJobRunner, stopJobsOnClose } from './platform/jobs/job-runner.js';
import { webAssetOptions } from './platform/http/web-assets.js';

export interface BuildAppOptions {
  config: Config;
  database: DatabaseHandle;
  logger?: boolean | object;
  /** Background jobs run unless switched off (tests that drive them by hand). */
  runJobs?: boolean;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, database, logger } = options;
  const app = Fastify({
    logger: logger ?? {
      level: config.logLevel,
      // Structured JSON logs without secrets.
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
    trustProxy: config.production,
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : undefined;
  const ctx: AppContext = { db: database.db, access: createAccess(database.db), config, ...(mailer ? { mailer } : {}) };

  registerErrorHandler(app);
  await registerSecurityHeaders(app, { https: config.secureCookies, tileUrl: config.mapTiles?.url });
  // The API reference is public documentation.
  registerAccessChecks(app, ctx.access, { publicPrefixes: ['/api/docs'] });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
  await app.register(csrf, {
    cookieOpts: { httpOnly: true, sameSite: 'strict', secure: config.secureCookies, path: '/' },
  });
  registerSessionAndCsrf(app, createSessionRepository(ctx.db), ctx.access, await listenForCallerChanges(app, database));
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Thuis API', version: '0.1.0', description: 'API of Thuis, software for social renovation.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'thuis_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: withProblemResponses(jsonSchemaTransform),
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list' },
    transformStaticCSP: () => apiDocsContentSecurityPolicy,
  });

  app.get('/api/openapi.json', { config: { access: access.public }, schema: { hide: true } }, async () => app.swagger());
  await app.register(healthRoutes(ctx, database.engine));
  await app.register(authRoutes(ctx));
  await app.register(meRoutes(ctx));
  await app.register(organisationRoutes(ctx));
  await app.register(userRoutes(ctx));
  await app.register(projectRoutes(ctx));
  await app.register(groupingRoutes(ctx));
  await app.register(addressRoutes(ctx));
  await app.register(householdRoutes(ctx));
  await app.register(importRoutes(ctx));
  await app.register(planRoutes(ctx));
  await app.register(hoursRoutes(ctx));
  await app.register(exportRoutes(ctx));
  await app.register(visitRoutes(ctx));
  await app.register(registrationRoutes(ctx));
  await app.register(letterRoutes(ctx));
  await app.register(signalRoutes(ctx));
  await app.register(actionRoutes(ctx));
  await app.register(referralRoutes(ctx));
  await app.register(talentRoutes(ctx));
  await app.register(pictureRoutes(ctx));
  await app.register(placeRoutes(ctx));
  await app.register(rippleRoutes(ctx));
  await app.register(activityRoutes(ctx));
  await app.register(storyRoutes(ctx));
  await app.register(interimEvaluationRoutes(ctx));
  await app.register(preparationRoutes(ctx));
  await app.register(beforeAfterRoutes(ctx));
  await app.register(actionPlanRoutes(ctx));
  await app.register(finalReportRoutes(ctx));
  await app.register(surveyRoutes(ctx));
  await app.register(residentsRightsRoutes(ctx));
  await app.register(retentionRoutes(ctx));
  await app.register(privacyPlanRoutes(ctx));

  if (options.runJobs !== false) {
    const jobs = startJobRunner(
      [(interrupted) => runImportJob(database, interrupted), letterJob(ctx), actionReminderJob(ctx), retentionJob(ctx), referralNotificationJob(ctx)],
      app.log,
      config.jobIntervalMs,
    );
    ctx.jobs = jobs;
    stopJobsOnClose(app, jobs, config.shutdownTimeoutMs);
  }

  const hasWeb = fs.existsSync(path.join(config.webDist, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, webAssetOptions(config.webDist));
  app.setNotFoundHandler((request, reply) => {
    // The web app routes in the browser: unknown non-API pages get its index page.
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.type('text/html').sendFile('index.html');
    return sendNotFound(request, reply);
  });
  return app;
}
