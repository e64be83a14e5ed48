/**
 * The authorization matrix: every API route × every role of a project, an administrator, a user of
 * another organisation, a member of another project, and an anonymous caller. A route without a row
 * fails the test. Denied calls must answer 404 (401 when anonymous) and leave no trace of a change.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInSurvey, defaultFormDefinition, projectRoles, type ProjectRole } from '@thuis/domain';
import { createRegistrationRepository } from '../../modules/registrations/repository.js';
import { loadPrivacyPlan } from '../../modules/privacy-plan/load-privacy-plan.js';
import { createPreparationRepository } from '../../modules/preparation/repository.js';
import { tinyPdf } from '../../demo/demo-preparation.js';
import {
  multipartFile,
  newActivity,
  newAddress,
  newBuilding,
  newBuildingPhase,
  newHousehold,
  newImportJob,
  newOrganisation,
  newPlace,
  newProject,
  newReferral,
  newResidentRequest,
  newSignal,
  newRippleMap,
  newFinalReport,
  newStory,
  newStoryRound,
  newSubNeighbourhood,
  newSurveyLink,
  newSurveyRound,
  newTalentCard,
  newTalentMatch,
  newVisit as newVisitOf,
  newUser,
  projectInput,
  TEST_PASSWORD,
} from '../../test/factories.js';
import { clientFor, TestClient } from '../../test/http-client.js';
import { newSessionToken, sessionIdFor } from '../auth/session-tokens.js';
import { createUserRepository } from '../../modules/users/repository.js';
import { auditCount, createTestApp, type TestApp } from '../../test/test-app.js';

/** `otherPartner`: a partner contact of a second partner organisation in the same project. */
type ActorKey = ProjectRole | 'otherPartner' | 'admin' | 'outsider' | 'otherProjectMember' | 'anonymous';
const roleActors: ProjectRole[] = [...projectRoles];
const allActors: ActorKey[] = [...roleActors, 'otherPartner', 'admin', 'outsider', 'otherProjectMember', 'anonymous'];
const signedIn = allActors.filter((a) => a !== 'anonymous');
const everyMember: ActorKey[] = [...roleActors, 'otherPartner'];
const partners: ActorKey[] = ['partner_contact', 'otherPartner'];
const socialTeam: ActorKey[] = ['project_leader', 'housing_consultant', 'community_worker'];
const leader: ActorKey[] = ['project_leader'];
const addressReaders: ActorKey[] = [...socialTeam, 'site_manager', 'contractor_social_worker'];
const admin: ActorKey[] = ['admin'];
const planProposers: ActorKey[] = [...socialTeam, 'resident_group'];
/** Selected MSC stories: every member but policy. */
const storySelectedReaders: ActorKey[] = everyMember.filter((a) => a !== 'policy_viewer');
const rippleDrawers: ActorKey[] = [...socialTeam, 'resident_group'];
const evaluationReaders: ActorKey[] = [...socialTeam, 'site_manager', 'contractor_social_worker', 'resident_group'];
/** The core parties' professionals sign the privacy plan for their organisation. */
const privacySigners: ActorKey[] = [...socialTeam, 'site_manager', 'contractor_social_worker'];
/** Phase 1's agreements, task matrix and joint goals: the parties, without the resident group or policy. */
const agreementReaders: ActorKey[] = [...socialTeam, 'site_manager', 'contractor_social_worker', ...partners];
const communicationReaders: ActorKey[] = [...agreementReaders, 'resident_group'];

interface World {
  projectId: string;
  userIds: Record<ActorKey, string>;
  organisationIds: Record<string, string>;
  /** E-mail addresses and phone numbers of the team by user: must never reach who may not see them. */
  teamContacts: Map<string, string[]>;
  /** Residents' contact data and the social team's notes: only ever for the social team. */
  socialTeamOnly: string[];
  addressId: string;
  householdId: string;
  buildingPhaseId: string;
  /** A household referred to the partner_contact's organisation, consenting to share name and phone. */
  referredHouseholdId: string;
  /** A consenting household's talent card, matched with another card. */
  talentCardId: string;
  talentMatchId: string;
  /** What each partner was allowed to see: never for anyone else outside the social team. */
  sharedWith: { actor: ActorKey; secrets: string[] }[];
}

interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  allowed: ActorKey[];
  /**
   * A read of household-linked personal data: every allowed call leaves one audit entry of this
   * resource type naming what it showed (the world holds such data for every one of them).
   */
  audited?: string;
  /** Builds the request; runs before every call so writes can repeat. */
  request?: (world: World, t: TestApp, actorUserId: string | undefined) => Promise<{ url?: string; body?: unknown; headers?: Record<string, string> }>;
}

const storyBody = {
  tellerKind: 'partner',
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  storyTitle: 'Korte lijnen',
  storyText: 'We weten elkaar nu snel te vinden.',
  storyWhy: 'Zo kunnen we sneller helpen.',
};
const placeBody = {
  kind: 'vegetable_garden',
  name: 'Moestuin achter het buurthuis',
  meaning: 'Hier ontmoeten buren elkaar.',
  forWhom: '',
  notWelcome: '',
  activities: '',
  changesAsked: '',
  latitude: 51.8412,
  longitude: 5.8281,
};

const matrix: Row[] = [
  { method: 'GET', url: '/api/health', allowed: allActors },
  { method: 'GET', url: '/api/openapi.json', allowed: allActors },
  { method: 'GET', url: '/api/docs', allowed: allActors },
  { method: 'GET', url: '/api/auth/session', allowed: allActors },
  {
    method: 'POST',
    url: '/api/auth/login',
    allowed: allActors,
    request: async () => ({ body: { email: `nobody-${randomUUID()}@example.nl`, password: 'wrong password' } }),
  },
  {
    method: 'POST',
    url: '/api/auth/password-reset',
    // Whoever holds a reset link, signed in or not.
    allowed: allActors,
    request: async (w, t) => {
      const user = await newUser(t.database.db, { organisationId: w.organisationIds.corporation });
      const token = newSessionToken();
      await createUserRepository(t.database.db).replaceResetToken(user.id, sessionIdFor(token), w.userIds.admin, new Date(Date.now() + 3_600_000));
      return { body: { token, password: 'een nieuw lang wachtwoord' } };
    },
  },
  { method: 'PUT', url: '/api/me/locale', allowed: signedIn, request: async () => ({ body: { locale: 'nl' } }) },
  {
    method: 'PUT',
    url: '/api/me/password',
    allowed: signedIn,
    request: async () => ({ body: { currentPassword: TEST_PASSWORD, newPassword: 'een nieuw lang wachtwoord' } }),
  },
  { method: 'GET', url: '/api/me/account-events', allowed: signedIn },
  { method: 'GET', url: '/api/organisations', allowed: signedIn },
  {
    method: 'POST',
    url: '/api/organisations',
    allowed: admin,
    request: async () => ({ body: { name: `Nieuwe organisatie ${randomUUID()}`, type: 'care_partner' } }),
  },
  {
    method: 'PUT',
    url: '/api/organisations/:id',
    allowed: admin,
    request: async (_w, t) => {
      const org = await newOrganisation(t.database.db, { type: 'care_partner' });
      return { url: `/api/organisations/${org.id}`, body: { name: `Hernoemd ${randomUUID()}`, type: 'care_partner' } };
    },
  },
  {
    method: 'DELETE',
    url: '/api/organisations/:id',
    allowed: admin,
    request: async (_w, t) => ({ url: `/api/organisations/${(await newOrganisation(t.database.db)).id}` }),
  },
  { method: 'GET', url: '/api/users', allowed: admin },
  {
    method: 'POST',
    url: '/api/users',
    allowed: admin,
    request: async (w) => ({
      body: {
        displayName: 'Nieuwe Collega',
        email: `nieuw-${randomUUID()}@example.nl`,
        organisationId: w.organisationIds.corporation,
        password: 'een lang wachtwoord',
      },
    }),
  },
  {
    method: 'PUT',
    url: '/api/users/:id',
    allowed: admin,
    request: async (w, t) => {
      const user = await newUser(t.database.db, { organisationId: w.organisationIds.corporation });
      return {
        url: `/api/users/${user.id}`,
        body: { displayName: 'Andere Naam', email: user.email, organisationId: w.organisationIds.corporation, active: true },
      };
    },
  },
  {
    method: 'POST',
    url: '/api/users/:id/password-reset',
    allowed: admin,
    request: async (w, t) => ({ url: `/api/users/${(await newUser(t.database.db, { organisationId: w.organisationIds.corporation })).id}/password-reset` }),
  },
  { method: 'GET', url: '/api/account-events', allowed: admin },
  { method: 'GET', url: '/api/projects', allowed: signedIn },
  {
    method: 'POST',
    url: '/api/projects',
    // Only accounts allowed to start projects: the leader and the member of the other project have the flag.
    allowed: ['project_leader', 'otherProjectMember'],
    request: async () => ({ body: projectInput() }),
  },
  { method: 'GET', url: '/api/projects/:id', allowed: everyMember },
  { method: 'PUT', url: '/api/projects/:id', allowed: leader, request: async () => ({ body: projectInput({ name: 'Lankforst' }) }) },
  {
    method: 'PUT',
    url: '/api/projects/:id/phases/:phase',
    allowed: leader,
    request: async (w) => ({
      url: `/api/projects/${w.projectId}/phases/home_visits`,
      body: { plannedStart: '2026-03-01', plannedEnd: '2026-12-31', actualStart: '2026-03-02', actualEnd: null, status: 'in_progress' },
    }),
  },
  { method: 'GET', url: '/api/projects/:id/partners', allowed: everyMember },
  {
    method: 'PUT',
    url: '/api/projects/:id/partners',
    allowed: leader,
    request: async (w) => ({
      body: {
        partners: Object.entries(w.organisationIds)
          .filter(([key]) => key !== 'outsider' && key !== 'other')
          .map(([, organisationId]) => ({ organisationId, part: 'core' })),
      },
    }),
  },
  { method: 'GET', url: '/api/projects/:id/team', allowed: everyMember },
  {
    method: 'PUT',
    url: '/api/projects/:id/team',
    allowed: leader,
    request: async (w) => ({
      body: { members: [...roleActors.map((role) => ({ userId: w.userIds[role], role })), { userId: w.userIds.otherPartner, role: 'partner_contact' }] },
    }),
  },
  { method: 'GET', url: '/api/projects/:id/team/contacts', allowed: socialTeam, audited: 'team_contacts' },
  { method: 'GET', url: '/api/projects/:id/team/candidates', allowed: leader },
  { method: 'GET', url: '/api/projects/:id/social-notes', allowed: socialTeam, audited: 'social_notes' },
  { method: 'PUT', url: '/api/projects/:id/social-notes', allowed: socialTeam, request: async () => ({ body: { text: 'Overleg op dinsdag.' } }) },
  { method: 'GET', url: '/api/projects/:id/audit', allowed: leader },
  // Addresses, groupings, households (issue 3)
  { method: 'GET', url: '/api/projects/:id/buildings', allowed: addressReaders },
  { method: 'POST', url: '/api/projects/:id/buildings', allowed: leader, request: async () => ({ body: { code: `G-${randomUUID()}`, name: '' } }) },
  {
    method: 'PUT',
    url: '/api/projects/:id/buildings/:groupingId',
    allowed: leader,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/buildings/${(await newBuilding(t.database.db, w.projectId)).id}`,
      body: { code: `H-${randomUUID()}`, name: 'Blok' },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/buildings/:groupingId',
    allowed: leader,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/buildings/${(await newBuilding(t.database.db, w.projectId)).id}` }),
  },
  { method: 'GET', url: '/api/projects/:id/sub-neighbourhoods', allowed: addressReaders },
  { method: 'POST', url: '/api/projects/:id/sub-neighbourhoods', allowed: leader, request: async () => ({ body: { name: `Zuid ${randomUUID()}` } }) },
  {
    method: 'PUT',
    url: '/api/projects/:id/sub-neighbourhoods/:groupingId',
    allowed: leader,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/sub-neighbourhoods/${(await newSubNeighbourhood(t.database.db, w.projectId)).id}`,
      body: { name: `Noord ${randomUUID()}` },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/sub-neighbourhoods/:groupingId',
    allowed: leader,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/sub-neighbourhoods/${(await newSubNeighbourhood(t.database.db, w.projectId)).id}` }),
  },
  { method: 'GET', url: '/api/projects/:id/building-phases', allowed: everyMember },
  {
    method: 'POST',
    url: '/api/projects/:id/building-phases',
    allowed: leader,
    request: async () => ({
      body: { name: `Fase ${randomUUID()}`, intervention: 'sustainability', plannedStart: '2027-01-04', plannedEnd: null, actualStart: null, actualEnd: null },
    }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/building-phases/:groupingId',
    allowed: leader,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/building-phases/${(await newBuildingPhase(t.database.db, w.projectId)).id}`,
      body: { name: `Fase ${randomUUID()}`, intervention: 'sustainability', plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/building-phases/:groupingId',
    allowed: leader,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/building-phases/${(await newBuildingPhase(t.database.db, w.projectId)).id}` }),
  },
  { method: 'GET', url: '/api/projects/:id/addresses', allowed: addressReaders, audited: 'address_practical_needs' },
  {
    method: 'GET',
    url: '/api/projects/:id/addresses/:addressId',
    allowed: addressReaders,
    audited: 'address_practical_needs',
    request: async (w) => ({ url: `/api/projects/${w.projectId}/addresses/${w.addressId}` }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/addresses/assign',
    allowed: leader,
    request: async (w) => ({ body: { selection: { by: 'ids', addressIds: [w.addressId] }, buildingPhaseId: w.buildingPhaseId } }),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/addresses/:addressId/households',
    allowed: socialTeam,
    audited: 'household',
    request: async (w) => ({ url: `/api/projects/${w.projectId}/addresses/${w.addressId}/households` }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/addresses/:addressId/households',
    allowed: socialTeam,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/addresses/${(await newAddress(t.database.db, w.projectId)).id}/households`,
      body: { movedInOn: '2020-01-01', movedOutOn: null, language: 'nl', contactName: 'Nieuwe Bewoner' },
    }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/households/:householdId',
    allowed: socialTeam,
    request: async (w, t) => {
      const household = await newHousehold(t.database.db, (await newAddress(t.database.db, w.projectId)).id);
      return { url: `/api/projects/${w.projectId}/households/${household.id}`, body: { movedInOn: '2015-05-01', movedOutOn: null, language: 'tr' } };
    },
  },
  {
    method: 'GET',
    url: '/api/projects/:id/households/:householdId/contact',
    allowed: socialTeam,
    audited: 'household_contact',
    request: async (w) => ({ url: `/api/projects/${w.projectId}/households/${w.householdId}/contact` }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/imports',
    allowed: leader,
    request: async () => {
      const { payload, headers } = multipartFile('adressen.csv', `VHE;Straat;Huisnummer;Postcode;Plaats\nVHE-${randomUUID()};Lankforst;1;6538 AB;Nijmegen\n`);
      return { body: payload, headers };
    },
  },
  {
    method: 'GET',
    url: '/api/projects/:id/imports/:importId',
    allowed: leader,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/imports/${(await newImportJob(t.database.db, w.projectId, w.userIds.project_leader)).id}` }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/imports/:importId/format',
    allowed: leader,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/imports/${(await newImportJob(t.database.db, w.projectId, w.userIds.project_leader)).id}/format`,
      body: { encoding: 'windows-1252', delimiter: 'semicolon' },
    }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/imports/:importId/mapping',
    allowed: leader,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/imports/${(await newImportJob(t.database.db, w.projectId, w.userIds.project_leader)).id}/mapping`,
      body: { mapping: { unitId: 0, street: 1, houseNumber: 2, postcode: 3, city: 4 } },
    }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/imports/:importId/commit',
    allowed: leader,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/imports/${(await newImportJob(t.database.db, w.projectId, w.userIds.project_leader, 'checked')).id}/commit`,
    }),
  },
  { method: 'GET', url: '/api/projects/:id/plan', allowed: everyMember },
  { method: 'GET', url: '/api/projects/:id/hours', allowed: socialTeam },
  {
    method: 'PUT',
    url: '/api/projects/:id/hours/budget',
    allowed: leader,
    request: async () => ({
      body: {
        lines: [
          { key: 'preparation', phase: 'preparation', mode: 'fixed', hours: 20 },
          { key: 'intake', phase: 'home_visits', mode: 'per_address', hours: 4 },
          { key: 'analysis', phase: 'neighbourhood_picture', mode: 'fixed', hours: 100 },
          { key: 'sharing', phase: 'neighbourhood_picture', mode: 'fixed', hours: 50 },
          { key: 'connecting', phase: 'social_connecting', mode: 'fixed', hours: 200 },
          { key: 'evaluation', phase: 'evaluation', mode: 'fixed', hours: 10 },
        ],
      },
    }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/hours/bookings',
    allowed: socialTeam,
    request: async () => ({ body: { phase: 'home_visits', workedOn: '2026-11-20', hours: 2.5 } }),
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/hours/bookings/:bookingId',
    allowed: socialTeam,
    request: async (w, t, actorUserId) => {
      // A booking of the caller's own (or of the leader's, for callers outside the project).
      const owner = actorUserId ?? w.userIds.project_leader;
      const organisation = await t.database.db.selectFrom('users').where('id', '=', owner).select('organisation_id').executeTakeFirstOrThrow();
      const booking = await t.database.db
        .insertInto('hour_bookings')
        .values({
          project_id: w.projectId,
          user_id: owner,
          organisation_id: organisation.organisation_id,
          phase: 'home_visits',
          worked_on: '2026-11-20',
          hours: 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/api/projects/${w.projectId}/hours/bookings/${booking.id}` };
    },
  },
  {
    method: 'GET',
    url: '/api/projects/:id/exports/addresses',
    allowed: addressReaders,
    request: async (w) => ({ url: `/api/projects/${w.projectId}/exports/addresses?format=csv` }),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/exports/plan',
    allowed: everyMember,
    request: async (w) => ({ url: `/api/projects/${w.projectId}/exports/plan?format=csv` }),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/exports/hours',
    allowed: socialTeam,
    request: async (w) => ({ url: `/api/projects/${w.projectId}/exports/hours?format=csv` }),
  },
  // Visits (issue 4)
  { method: 'GET', url: '/api/projects/:id/visits', allowed: addressReaders, audited: 'visit' },
  {
    method: 'POST',
    url: '/api/projects/:id/visits',
    allowed: socialTeam,
    request: async (w) => ({
      body: { addressId: w.addressId, kind: 'joint_intake', startsAt: nextSlot(), visitorIds: [w.userIds.project_leader, w.userIds.site_manager] },
    }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/visits/:visitId',
    allowed: socialTeam,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/visits/${await newVisit(t, w)}`,
      body: { addressId: w.addressId, kind: 'joint_intake', startsAt: nextSlot(), visitorIds: [w.userIds.community_worker, w.userIds.site_manager] },
    }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/visits/:visitId/outcome',
    allowed: addressReaders,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/visits/${await newVisit(t, w, 'joint_intake')}/outcome`,
      body: { outcome: 'not_at_home', retryAt: null },
    }),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/visits/progress',
    allowed: addressReaders,
    request: async (w) => ({ url: `/api/projects/${w.projectId}/visits/progress` }),
  },
  { method: 'POST', url: '/api/me/calendar-feed', allowed: signedIn },
  {
    method: 'GET',
    url: '/api/calendar/:file',
    // Public by design: the secret in the address is the key (a wrong one answers 404, see visits.test.ts).
    allowed: allActors,
    request: async (w, t) => {
      const token = `feed${randomUUID().replace(/-/g, '')}`;
      await t.database.db
        .insertInto('calendar_tokens')
        .values({ user_id: w.userIds.community_worker, token_hash: sessionIdFor(token) })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: sessionIdFor(token) }))
        .execute();
      return { url: `/api/calendar/${token}.ics` };
    },
  },
  // Registrations (issue 4): never for the contractor, partners, residents or policy
  { method: 'GET', url: '/api/projects/:id/registration-form', allowed: socialTeam },
  {
    method: 'PUT',
    url: '/api/projects/:id/registration-form',
    allowed: leader,
    request: async () => ({ body: { definition: defaultFormDefinition() } }),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/registration-form/versions',
    allowed: socialTeam,
    request: async (w) => ({ url: `/api/projects/${w.projectId}/registration-form/versions` }),
  },
  { method: 'GET', url: '/api/projects/:id/registrations', allowed: socialTeam, audited: 'registration' },
  {
    method: 'PUT',
    url: '/api/projects/:id/registrations/:clientId',
    allowed: socialTeam,
    request: async (w, t) => {
      const form = await createRegistrationRepository(t.database.db).currentForm(w.projectId, null);
      return {
        url: `/api/projects/${w.projectId}/registrations/${randomUUID()}`,
        body: {
          formVersionId: form.id,
          visitId: await newVisit(t, w),
          content: { answers: { neighbourhood_satisfaction: 7 }, summary: 'Tevreden, wil helpen bij activiteiten.' },
        },
      };
    },
  },
  {
    method: 'POST',
    url: '/api/projects/:id/registration-imports',
    allowed: socialTeam,
    request: async () => {
      const { payload, headers } = multipartFile('formulier.csv', 'Tijdstempel;Hoe tevreden bent u over de buurt?\n1-5-2021;8\n');
      return { body: payload, headers };
    },
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/registration-imports/:importId/format',
    allowed: socialTeam,
    request: async (w, t) => {
      const upload = await t.database.db
        .insertInto('registration_imports')
        .values({
          project_id: w.projectId,
          created_by: null,
          file_name: 'formulier.csv',
          file: Buffer.from('Tijdstempel;Score\n1-5-2021;7\n'),
          headers: JSON.stringify(['Tijdstempel', 'Score']),
          row_count: 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/api/projects/${w.projectId}/registration-imports/${upload.id}/format`, body: { encoding: 'windows-1252', delimiter: 'semicolon' } };
    },
  },
  {
    method: 'POST',
    url: '/api/projects/:id/registration-imports/:importId/commit',
    allowed: socialTeam,
    request: async (w, t) => {
      const form = await createRegistrationRepository(t.database.db).currentForm(w.projectId, null);
      const upload = await t.database.db
        .insertInto('registration_imports')
        .values({
          project_id: w.projectId,
          created_by: null,
          file_name: 'formulier.csv',
          file: Buffer.from(`Tijdstempel;Score\n${randomUUID()};7\n`),
          headers: JSON.stringify(['Tijdstempel', 'Score']),
          row_count: 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return {
        url: `/api/projects/${w.projectId}/registration-imports/${upload.id}/commit`,
        body: { formVersionId: form.id, mapping: { '1': 'answer:neighbourhood_satisfaction' } },
      };
    },
  },
  // Invitation letters (issue 4)
  { method: 'GET', url: '/api/projects/:id/letter-template', allowed: socialTeam },
  {
    method: 'PUT',
    url: '/api/projects/:id/letter-template',
    allowed: socialTeam,
    request: async () => ({ body: { subject: 'Huisbezoek', body: 'Beste {{aanhef}}, wij komen op {{datum}} om {{tijd}}.' } }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/letters',
    allowed: socialTeam,
    request: async (w, t) => ({ body: { visitIds: [await newVisit(t, w)] } }),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/letters/:jobId',
    allowed: socialTeam,
    request: async (w, t, actorUserId) => ({ url: `/api/projects/${w.projectId}/letters/${await newLetterJob(t, w, actorUserId)}` }),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/letters/:jobId/pdf',
    allowed: socialTeam,
    audited: 'household_contacts_letters',
    request: async (w, t, actorUserId) => ({ url: `/api/projects/${w.projectId}/letters/${await newLetterJob(t, w, actorUserId)}/pdf` }),
  },
  // Signals (issue 5): the contractor hands over, but reads nothing back
  {
    method: 'POST',
    url: '/api/projects/:id/signals',
    allowed: addressReaders,
    request: async (w, t) => ({
      body: {
        category: 'works',
        subject: 'packing_help',
        visitId: await newVisit(t, w, 'joint_intake'),
        description: 'Heeft hulp nodig bij het inpakken van de keuken.',
      },
    }),
  },
  { method: 'GET', url: '/api/projects/:id/signals', allowed: socialTeam, audited: 'signal' },
  // Actions and referrals (issue 5): partners see only their own organisation's referrals
  { method: 'GET', url: '/api/projects/:id/actions', allowed: socialTeam, audited: 'action' },
  {
    method: 'POST',
    url: '/api/projects/:id/actions',
    allowed: socialTeam,
    request: async (w) => ({ body: { title: 'Schuldhulp bellen', ownerId: w.userIds.community_worker, dueOn: '2026-12-01' } }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/actions/:actionId',
    allowed: socialTeam,
    request: async (w, t) => {
      const action = await t.database.db
        .insertInto('actions')
        .values({
          project_id: w.projectId,
          signal_id: null,
          title: 'Buurtteam inlichten',
          owner_id: w.userIds.community_worker,
          due_on: null,
          status: 'open',
          created_by: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return {
        url: `/api/projects/${w.projectId}/actions/${action.id}`,
        body: { title: 'Buurtteam inlichten', ownerId: w.userIds.housing_consultant, status: 'in_progress' },
      };
    },
  },
  { method: 'GET', url: '/api/me/reminders', allowed: signedIn },
  { method: 'GET', url: '/api/projects/:id/referrals', allowed: socialTeam, audited: 'referral' },
  {
    method: 'POST',
    url: '/api/projects/:id/referrals',
    allowed: socialTeam,
    request: async (w) => ({
      body: {
        householdId: w.householdId,
        partnerId: w.organisationIds.neighbourhoodTeam,
        question: 'Hulp bij formulieren.',
        consentGiven: true,
        consentGivenOn: '2026-11-01',
        share: [],
      },
    }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/referrals/:referralId/withdraw-consent',
    allowed: socialTeam,
    request: async (w, t) => {
      const referral = await newReferral(t.database.db, w.projectId, w.referredHouseholdId, w.organisationIds.neighbourhoodTeam!);
      return { url: `/api/projects/${w.projectId}/referrals/${referral.id}/withdraw-consent`, body: { note: '' } };
    },
  },
  { method: 'GET', url: '/api/projects/:id/referral-inbox', allowed: partners, audited: 'referral' },
  {
    method: 'POST',
    url: '/api/projects/:id/referral-inbox/:referralId/response',
    // Only the organisation the referral is addressed to: the other partner gets 404.
    allowed: ['partner_contact'],
    request: async (w, t) => {
      const referral = await newReferral(t.database.db, w.projectId, w.referredHouseholdId, w.organisationIds.neighbourhoodTeam!, { share: ['name', 'phone'] });
      return { url: `/api/projects/${w.projectId}/referral-inbox/${referral.id}/response`, body: { decision: 'accept' } };
    },
  },
  {
    method: 'POST',
    url: '/api/projects/:id/referral-inbox/:referralId/outcome',
    allowed: ['partner_contact'],
    request: async (w, t) => {
      const referral = await newReferral(t.database.db, w.projectId, w.referredHouseholdId, w.organisationIds.neighbourhoodTeam!, {
        share: ['name', 'phone'],
        status: 'accepted',
      });
      return { url: `/api/projects/${w.projectId}/referral-inbox/${referral.id}/outcome`, body: { outcome: 'helped', note: '' } };
    },
  },
  { method: 'GET', url: '/api/projects/:id/referral-report', allowed: socialTeam },
  {
    method: 'GET',
    url: '/api/projects/:id/exports/referral-report',
    allowed: socialTeam,
    request: async (w) => ({ url: `/api/projects/${w.projectId}/exports/referral-report?format=csv` }),
  },
  // The picture of the neighbourhood (issue 6)
  { method: 'GET', url: '/api/projects/:id/picture/overview', allowed: socialTeam },
  { method: 'GET', url: '/api/projects/:id/picture/themes', allowed: socialTeam },
  {
    method: 'POST',
    url: '/api/projects/:id/picture/themes',
    allowed: socialTeam,
    request: async () => ({ body: { name: themeName(), conditions: ['social_cohesion'], valence: 'promising' } }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/picture/themes/:themeId',
    allowed: socialTeam,
    request: async (w, t) => {
      const theme = await newTheme(t, w);
      return { url: `/api/projects/${w.projectId}/picture/themes/${theme}`, body: { name: themeName(), conditions: ['social_inclusion'], valence: 'concern' } };
    },
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/picture/themes/:themeId',
    allowed: socialTeam,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/picture/themes/${await newTheme(t, w)}` }),
  },
  { method: 'GET', url: '/api/projects/:id/picture/codings', allowed: socialTeam },
  {
    method: 'PUT',
    url: '/api/projects/:id/picture/codings',
    allowed: socialTeam,
    request: async (w, t) => ({ body: { registrationId: await newStatement(t, w), category: 'person_obstacles', themeIds: [await newTheme(t, w)] } }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/picture/top-lists/:valence',
    allowed: socialTeam,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/picture/top-lists/promising`, body: { themeIds: [await newTheme(t, w)] } }),
  },
  { method: 'GET', url: '/api/projects/:id/picture/work-sessions', allowed: socialTeam },
  {
    method: 'POST',
    url: '/api/projects/:id/picture/work-sessions',
    allowed: socialTeam,
    request: async () => ({ body: { heldOn: '2026-11-20', notes: 'Eenzaamheid komt vaak terug.' } }),
  },
  { method: 'GET', url: '/api/projects/:id/picture/quotes', allowed: socialTeam },
  {
    method: 'POST',
    url: '/api/projects/:id/picture/quotes',
    allowed: socialTeam,
    request: async () => ({ body: { category: 'environment_opportunities', text: 'De binnentuin kan een moestuin worden.' } }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/picture/quotes/:quoteId/approve',
    allowed: socialTeam,
    request: async (w, t) => {
      const quote = await t.database.db
        .insertInto('picture_quotes')
        .values({
          project_id: w.projectId,
          registration_id: null,
          category: 'person_obstacles',
          text: 'Je groet elkaar, maar verder niet.',
          theme_id: null,
          created_by: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/api/projects/${w.projectId}/picture/quotes/${quote.id}/approve` };
    },
  },
  { method: 'GET', url: '/api/projects/:id/picture/publications', allowed: everyMember },
  {
    method: 'POST',
    url: '/api/projects/:id/picture/publications',
    allowed: socialTeam,
    request: async () => ({
      body: {
        kind: 'poster',
        title: 'Onze buurt',
        meetingAt: '2026-12-15T19:30',
        meetingPlace: 'Buurthuis De Wissel',
        meetingContact: 'Buurtteam, 020-123 45 67',
      },
    }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/picture/publications/:publicationId/review',
    allowed: socialTeam,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/picture/publications/${await newPublication(t, w, 'concept')}/review`, body: { note: '' } }),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/picture/publications/:publicationId/pdf',
    // A published version is for everyone in the project (concepts only for the social team).
    allowed: everyMember,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/picture/publications/${await newPublication(t, w, 'published')}/pdf` }),
  },
  { method: 'GET', url: '/api/projects/:id/picture/conversations', allowed: socialTeam },
  {
    method: 'POST',
    url: '/api/projects/:id/picture/conversations',
    allowed: socialTeam,
    request: async () => ({ body: { heldOn: '2026-11-25', withWhom: 'Bewonersprojectgroep', outcomes: [{ text: 'Een buurtfeest na de renovatie.' }] } }),
  },
  // Talent cards and matches (issue 12): identity, the social team only
  { method: 'GET', url: '/api/projects/:id/talent-cards', allowed: socialTeam, audited: 'talent_card' },
  {
    method: 'POST',
    url: '/api/projects/:id/talent-cards',
    allowed: socialTeam,
    request: async (w, t) => {
      const household = await newHousehold(t.database.db, (await newAddress(t.database.db, w.projectId)).id);
      return {
        body: {
          householdId: household.id,
          contactName: 'Nieuwe Kaart',
          gives: 'koken',
          wishes: '',
          limits: '',
          consentGiven: true,
          consentGivenOn: '2026-11-01',
        },
      };
    },
  },
  {
    method: 'GET',
    url: '/api/projects/:id/talent-cards/:cardId',
    allowed: socialTeam,
    audited: 'talent_card',
    request: async (w) => ({ url: `/api/projects/${w.projectId}/talent-cards/${w.talentCardId}` }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/talent-cards/:cardId',
    allowed: socialTeam,
    request: async (w) => ({
      url: `/api/projects/${w.projectId}/talent-cards/${w.talentCardId}`,
      body: {
        householdId: w.householdId,
        contactName: 'Talent Geheimnaam',
        gives: 'tuinieren',
        wishes: 'schaken',
        limits: '',
        consentGiven: true,
        consentGivenOn: '2026-11-01',
      },
    }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/talent-cards/:cardId/withdraw-consent',
    allowed: socialTeam,
    request: async (w, t) => {
      const household = await newHousehold(t.database.db, (await newAddress(t.database.db, w.projectId)).id);
      const card = await newTalentCard(t.database.db, w.projectId, household.id);
      return { url: `/api/projects/${w.projectId}/talent-cards/${card.id}/withdraw-consent`, body: { note: '' } };
    },
  },
  {
    method: 'GET',
    url: '/api/projects/:id/talent-cards/:cardId/suggestions',
    allowed: socialTeam,
    audited: 'talent_card',
    request: async (w) => ({ url: `/api/projects/${w.projectId}/talent-cards/${w.talentCardId}/suggestions` }),
  },
  { method: 'GET', url: '/api/projects/:id/talent-matches', allowed: socialTeam, audited: 'talent_match' },
  {
    method: 'POST',
    url: '/api/projects/:id/talent-matches',
    allowed: socialTeam,
    request: async (w, t) => {
      const card = async () =>
        (await newTalentCard(t.database.db, w.projectId, (await newHousehold(t.database.db, (await newAddress(t.database.db, w.projectId)).id)).id)).id;
      const [cardAId, cardBId] = [await card(), await card()];
      return {
        body: {
          cardAId,
          cardBId,
          kind: 'practical_help',
          consentA: true,
          consentAOn: '2026-11-01',
          consentB: true,
          consentBOn: '2026-11-01',
          followUpOn: '2026-12-15',
          note: '',
        },
      };
    },
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/talent-matches/:matchId',
    allowed: socialTeam,
    request: async (w) => ({
      url: `/api/projects/${w.projectId}/talent-matches/${w.talentMatchId}`,
      body: { followUpOn: '2026-12-20', note: '', outcome: null, outcomeNote: '' },
    }),
  },
  // Meaningful places and the map (issue 12): places hold no names, so the whole project reads them
  { method: 'GET', url: '/api/map/tiles', allowed: signedIn },
  { method: 'GET', url: '/api/projects/:id/places', allowed: everyMember },
  { method: 'POST', url: '/api/projects/:id/places', allowed: socialTeam, request: async () => ({ body: placeBody }) },
  {
    method: 'PUT',
    url: '/api/projects/:id/places/:placeId',
    allowed: socialTeam,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/places/${(await newPlace(t.database.db, w.projectId)).id}`, body: placeBody }),
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/places/:placeId',
    allowed: socialTeam,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/places/${(await newPlace(t.database.db, w.projectId)).id}` }),
  },
  { method: 'GET', url: '/api/projects/:id/map/homes', allowed: addressReaders },
  {
    method: 'PUT',
    url: '/api/projects/:id/addresses/:addressId/position',
    allowed: leader,
    request: async (w) => ({ url: `/api/projects/${w.projectId}/addresses/${w.addressId}/position`, body: { latitude: 51.8412, longitude: 5.8281 } }),
  },
  // Activity register (issue 12): read by the whole project, written by the social team
  { method: 'GET', url: '/api/projects/:id/activities', allowed: everyMember },
  { method: 'GET', url: '/api/projects/:id/activities/progress', allowed: everyMember },
  {
    method: 'POST',
    url: '/api/projects/:id/activities',
    allowed: socialTeam,
    request: async (w, t) => ({
      body: { kind: 'collective_activity', title: 'Soep uit de bakfiets', themeIds: [await newTheme(t, w)], ownerIds: [w.userIds.community_worker] },
    }),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/activities/:activityId',
    allowed: everyMember,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/activities/${await newActivity(t.database.db, w.projectId).then((a) => a.id)}` }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/activities/:activityId',
    allowed: socialTeam,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/activities/${(await newActivity(t.database.db, w.projectId)).id}`,
      body: { kind: 'physical_change', title: 'Bankjes van de gekapte boom', status: 'done' },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/activities/:activityId',
    allowed: socialTeam,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/activities/${(await newActivity(t.database.db, w.projectId)).id}` }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/activities/:activityId/reach',
    allowed: socialTeam,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/activities/${(await newActivity(t.database.db, w.projectId)).id}/reach`,
      body: { heldOn: '2026-05-01', participants: 14, firstTimers: 3 },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/activities/:activityId/reach/:reachId',
    allowed: socialTeam,
    request: async (w, t) => {
      const activity = await newActivity(t.database.db, w.projectId);
      const reach = await t.database.db
        .insertInto('activity_reach')
        .values({ activity_id: activity.id, participants: 9, first_timers: 2, created_by: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/api/projects/${w.projectId}/activities/${activity.id}/reach/${reach.id}` };
    },
  },
  {
    method: 'POST',
    url: '/api/projects/:id/activities/:activityId/hours',
    allowed: socialTeam,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/activities/${(await newActivity(t.database.db, w.projectId)).id}/hours`,
      body: { workedOn: '2026-05-01', hours: 1.5 },
    }),
  },
  // The action plan of phase 4 (issue 12): read by every member, made by the social team with the resident project group.
  { method: 'GET', url: '/api/projects/:id/action-plan', allowed: everyMember },
  { method: 'GET', url: '/api/projects/:id/action-plan/sources', allowed: planProposers },
  {
    method: 'POST',
    url: '/api/projects/:id/action-plan/versions',
    allowed: socialTeam,
    // One version is under way at a time: the one an earlier call started is published first.
    request: async (w, t) => {
      await t.database.db.updateTable('action_plans').set({ stage: 'published' }).where('project_id', '=', w.projectId).execute();
      return { body: { title: 'Actieplan Spoorbuurt' } };
    },
  },
  {
    method: 'POST',
    url: '/api/projects/:id/action-plan/versions/:versionId/goals',
    allowed: planProposers,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/action-plan/versions/${(await newPlanVersion(t, w, 'concept')).versionId}/goals`,
      body: { kind: 'strengthen', title: 'Meer ontmoeting op straat' },
    }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/action-plan/versions/:versionId/goals/:goalId',
    allowed: planProposers,
    request: async (w, t) => {
      const { versionId, goalId } = await newPlanVersion(t, w, 'concept');
      return {
        url: `/api/projects/${w.projectId}/action-plan/versions/${versionId}/goals/${goalId}`,
        body: { kind: 'improve', title: 'Verlichting in de achterpaden' },
      };
    },
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/action-plan/versions/:versionId/goals/:goalId',
    allowed: planProposers,
    request: async (w, t) => {
      const { versionId, goalId } = await newPlanVersion(t, w, 'concept');
      return { url: `/api/projects/${w.projectId}/action-plan/versions/${versionId}/goals/${goalId}` };
    },
  },
  {
    method: 'POST',
    url: '/api/projects/:id/action-plan/versions/:versionId/goals/:goalId/activities',
    allowed: planProposers,
    request: async (w, t) => {
      const { versionId, goalId } = await newPlanVersion(t, w, 'concept');
      return {
        url: `/api/projects/${w.projectId}/action-plan/versions/${versionId}/goals/${goalId}/activities`,
        body: { kind: 'collective_activity', title: 'Soep van de bakfiets' },
      };
    },
  },
  {
    method: 'POST',
    url: '/api/projects/:id/action-plan/versions/:versionId/review',
    // At the resident project group's stage: the group records its own review (the team may record it for the group).
    allowed: planProposers,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/action-plan/versions/${(await newPlanVersion(t, w, 'resident_group')).versionId}/review`,
      body: { decision: 'approve' },
    }),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/action-plan/versions/:versionId/pdf',
    allowed: everyMember,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/action-plan/versions/${(await newPlanVersion(t, w, 'published')).versionId}/pdf` }),
  },
  // Most Significant Change stories (issue 13): raw stories for the social team, selected ones with why for the
  // project and the resident project group, the comparison (small-cell protected outside the team) also for policy
  { method: 'GET', url: '/api/projects/:id/stories', allowed: storySelectedReaders },
  { method: 'POST', url: '/api/projects/:id/stories', allowed: socialTeam, request: async () => ({ body: storyBody }) },
  { method: 'GET', url: '/api/projects/:id/stories/comparison', allowed: everyMember },
  {
    method: 'GET',
    url: '/api/projects/:id/stories/:storyId',
    allowed: storySelectedReaders,
    request: async (w, t) => {
      const story = await newStory(t.database.db, w.projectId);
      await newStoryRound(t.database.db, w.projectId, [story.id]);
      return { url: `/api/projects/${w.projectId}/stories/${story.id}` };
    },
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/stories/:storyId',
    allowed: socialTeam,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/stories/${(await newStory(t.database.db, w.projectId)).id}`, body: storyBody }),
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/stories/:storyId',
    allowed: socialTeam,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/stories/${(await newStory(t.database.db, w.projectId)).id}` }),
  },
  { method: 'GET', url: '/api/projects/:id/story-rounds', allowed: storySelectedReaders },
  {
    method: 'POST',
    url: '/api/projects/:id/story-rounds',
    // The resident project group records its own round, from the stories a round already selected.
    allowed: [...socialTeam, 'resident_group'],
    request: async (w, t) => {
      const story = await newStory(t.database.db, w.projectId);
      await newStoryRound(t.database.db, w.projectId, [story.id], 'social_team');
      return {
        body: {
          groupKind: 'resident_project_group',
          heldOn: '2026-03-01',
          participants: 6,
          reviewedStoryIds: [story.id],
          selections: [{ storyId: story.id, reason: 'Het laat zien wat blijft.' }],
        },
      };
    },
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/story-rounds/:roundId',
    allowed: socialTeam,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/story-rounds/${(await newStoryRound(t.database.db, w.projectId, [(await newStory(t.database.db, w.projectId)).id])).id}`,
    }),
  },
  // Ripple maps (issue 13): finished maps are read by every member, the resident group co-draws, the social team finishes
  { method: 'GET', url: '/api/projects/:id/ripple-maps', allowed: everyMember },
  { method: 'GET', url: '/api/projects/:id/ripple-maps/subjects', allowed: rippleDrawers },
  { method: 'POST', url: '/api/projects/:id/ripple-maps', allowed: rippleDrawers, request: async () => ({ body: { title: 'Rimpelingen van de wandelclub' } }) },
  {
    method: 'GET',
    url: '/api/projects/:id/ripple-maps/:mapId',
    allowed: everyMember,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/ripple-maps/${(await newRippleMap(t.database.db, w.projectId, { status: 'finished' })).id}`,
    }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/ripple-maps/:mapId',
    allowed: rippleDrawers,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/ripple-maps/${(await newRippleMap(t.database.db, w.projectId)).id}`,
      body: { title: 'Rimpelingen van het buurtfeest' },
    }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/ripple-maps/:mapId/status',
    allowed: socialTeam,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/ripple-maps/${(await newRippleMap(t.database.db, w.projectId)).id}/status`,
      body: { status: 'finished' },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/ripple-maps/:mapId',
    allowed: socialTeam,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/ripple-maps/${(await newRippleMap(t.database.db, w.projectId)).id}` }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/ripple-maps/:mapId/nodes',
    allowed: rippleDrawers,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/ripple-maps/${(await newRippleMap(t.database.db, w.projectId)).id}/nodes`,
      body: { level: 'direct', text: 'Buren groeten elkaar', x: 40, y: 0 },
    }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/ripple-maps/:mapId/nodes/:nodeId',
    allowed: rippleDrawers,
    request: async (w, t) => {
      const map = await newRippleMap(t.database.db, w.projectId);
      return {
        url: `/api/projects/${w.projectId}/ripple-maps/${map.id}/nodes/${map.nodeIds[0]}`,
        body: { level: 'indirect', text: 'Buren helpen elkaar', x: 340, y: 0 },
      };
    },
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/ripple-maps/:mapId/nodes/:nodeId',
    allowed: rippleDrawers,
    request: async (w, t) => {
      const map = await newRippleMap(t.database.db, w.projectId);
      return { url: `/api/projects/${w.projectId}/ripple-maps/${map.id}/nodes/${map.nodeIds[0]}` };
    },
  },
  {
    method: 'POST',
    url: '/api/projects/:id/ripple-maps/:mapId/edges',
    allowed: rippleDrawers,
    request: async (w, t) => {
      const map = await newRippleMap(t.database.db, w.projectId);
      return { url: `/api/projects/${w.projectId}/ripple-maps/${map.id}/edges`, body: { fromNodeId: map.nodeIds[0], toNodeId: map.nodeIds[1] } };
    },
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/ripple-maps/:mapId/edges/:edgeId',
    allowed: rippleDrawers,
    request: async (w, t) => {
      const map = await newRippleMap(t.database.db, w.projectId);
      const edge = await t.database.db
        .insertInto('ripple_edges')
        .values({ map_id: map.id, from_node_id: map.nodeIds[0]!, to_node_id: map.nodeIds[1]! })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/api/projects/${w.projectId}/ripple-maps/${map.id}/edges/${edge.id}` };
    },
  },
  // Final report (issue 13): read by the project and the resident group (not policy), made and shared by the social team, reviewed with the resident group
  { method: 'GET', url: '/api/projects/:id/final-report', allowed: everyMember },
  {
    method: 'POST',
    url: '/api/projects/:id/final-report/versions',
    allowed: socialTeam,
    request: async (w, t) => {
      // One version under way at a time: each call starts from none.
      await t.database.db.deleteFrom('final_reports').where('project_id', '=', w.projectId).where('stage', '!=', 'published').execute();
      return { body: { title: 'Eindrapport' } };
    },
  },
  {
    method: 'POST',
    url: '/api/projects/:id/final-report/versions/:reportId/review',
    allowed: planProposers,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/final-report/versions/${(await newFinalReport(t.database.db, w.projectId, { stage: 'resident_group' })).id}/review`,
      body: { decision: 'approve', note: '' },
    }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/final-report/versions/:reportId/sharings',
    allowed: socialTeam,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/final-report/versions/${(await newFinalReport(t.database.db, w.projectId, { stage: 'published' })).id}/sharings`,
      body: { venue: 'area_table', sharedOn: '2026-12-01', note: 'Besproken aan de gebiedstafel.' },
    }),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/final-report/versions/:reportId/pdf',
    allowed: everyMember,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/final-report/versions/${(await newFinalReport(t.database.db, w.projectId, { stage: 'published' })).id}/pdf`,
    }),
  },
  // Interim evaluations (phase 5): the social team writes, the project team and the resident project group read.
  { method: 'GET', url: '/api/projects/:id/interim-evaluations', allowed: evaluationReaders },
  {
    method: 'POST',
    url: '/api/projects/:id/interim-evaluations',
    allowed: socialTeam,
    request: async (w) => ({ url: `/api/projects/${w.projectId}/interim-evaluations`, body: interimBody(w) }),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/interim-evaluations/:evaluationId',
    allowed: evaluationReaders,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/interim-evaluations/${await newInterimEvaluation(t, w)}` }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/interim-evaluations/:evaluationId',
    allowed: socialTeam,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/interim-evaluations/${await newInterimEvaluation(t, w)}`, body: interimBody(w) }),
  },
  // Before and after per household (phase 5): the leader turns it on, the social team measures, the report is small-cell protected.
  { method: 'GET', url: '/api/projects/:id/before-after/settings', allowed: evaluationReaders },
  { method: 'PUT', url: '/api/projects/:id/before-after/settings', allowed: leader, request: async () => ({ body: { enabled: true } }) },
  {
    method: 'POST',
    url: '/api/projects/:id/before-after/measurements',
    allowed: socialTeam,
    request: async (w, t) => {
      await t.database.db
        .insertInto('before_after_settings')
        .values({ project_id: w.projectId, enabled: true, updated_by: null })
        .onConflict((oc) => oc.column('project_id').doUpdateSet({ enabled: true }))
        .execute();
      return { body: { clientId: randomUUID(), visitId: await newVisit(t, w), moment: 'later', measuredOn: '2027-02-01', wellbeing: 7, ladder: 3 } };
    },
  },
  { method: 'GET', url: '/api/projects/:id/before-after/report', allowed: evaluationReaders },
  // Surveys (issue 13): versions and rounds for the social team, results for the whole project, the resident's link public.
  { method: 'GET', url: '/api/projects/:id/surveys', allowed: everyMember },
  { method: 'GET', url: '/api/projects/:id/surveys/results', allowed: everyMember },
  {
    method: 'POST',
    url: '/api/projects/:id/surveys/versions',
    allowed: socialTeam,
    // A changed title every call: a version that changes nothing is refused.
    request: async () => ({ body: { template: 'kto', definition: { ...builtInSurvey.kto(), title: { nl: `KTO ${randomUUID()}`, en: '' } } } }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/surveys/rounds',
    allowed: socialTeam,
    request: async (w, t) => ({
      body: { surveyVersionId: await surveyVersionOf(t, w), buildingPhaseId: w.buildingPhaseId, opensOn: '2026-01-01', closesOn: '2099-01-31' },
    }),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/surveys/rounds/:roundId',
    allowed: socialTeam,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/surveys/rounds/${(await newSurveyRound(t.database.db, w.projectId)).id}` }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/surveys/rounds/:roundId/responses',
    allowed: socialTeam,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/surveys/rounds/${(await newSurveyRound(t.database.db, w.projectId)).id}/responses`,
      body: { answers: { works_satisfaction: 8 } },
    }),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/surveys/rounds/:roundId/responses',
    allowed: socialTeam,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/surveys/rounds/${(await newSurveyRound(t.database.db, w.projectId)).id}/responses` }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/surveys/rounds/:roundId/letters',
    allowed: socialTeam,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/surveys/rounds/${(await newSurveyRound(t.database.db, w.projectId)).id}/letters` }),
  },
  {
    method: 'POST',
    url: '/api/survey-links/open',
    allowed: allActors,
    request: async (w, t) => ({ body: { token: await newSurveyLink(t.database.db, (await newSurveyRound(t.database.db, w.projectId)).id, w.householdId) } }),
  },
  {
    method: 'POST',
    url: '/api/survey-links/respond',
    allowed: allActors,
    request: async (w, t) => ({
      body: {
        token: await newSurveyLink(t.database.db, (await newSurveyRound(t.database.db, w.projectId)).id, w.householdId),
        answers: { works_satisfaction: 7 },
      },
    }),
  },
  // Phase 5 edits (issue 13): an interim evaluation recorded by mistake is deleted by the social team.
  {
    method: 'DELETE',
    url: '/api/projects/:id/interim-evaluations/:evaluationId',
    allowed: socialTeam,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/interim-evaluations/${await newInterimEvaluation(t, w)}` }),
  },
  // Phase 5 edits: who measures before and after reads a visited household's measurements (audited), corrects and deletes them.
  {
    method: 'GET',
    url: '/api/projects/:id/before-after/measurements',
    allowed: socialTeam,
    audited: 'household_measurement',
    request: async (w, t) => {
      const visitId = await newVisit(t, w);
      await newMeasurement(t, w, visitId);
      return { url: `/api/projects/${w.projectId}/before-after/measurements?visitId=${visitId}` };
    },
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/before-after/measurements/:measurementId',
    allowed: socialTeam,
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/before-after/measurements/${await newMeasurement(t, w, await newVisit(t, w))}`,
      body: { moment: 'later', measuredOn: '2027-03-01', wellbeing: 8, ladder: 4 },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/before-after/measurements/:measurementId',
    allowed: socialTeam,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/before-after/measurements/${await newMeasurement(t, w, await newVisit(t, w))}` }),
  },
  // The pooled open texts of the picture, a page per category (issue 14): the registrations' content, audited.
  {
    method: 'GET',
    url: '/api/projects/:id/picture/texts',
    allowed: socialTeam,
    audited: 'registration',
    request: async (w) => ({ url: `/api/projects/${w.projectId}/picture/texts?category=person_obstacles` }),
  },
  // Residents' rights (issue 15): the social team records and handles a resident's GDPR request.
  {
    method: 'GET',
    url: '/api/projects/:id/resident-requests',
    allowed: socialTeam,
    audited: 'resident_request',
    request: async (w, t) => {
      await newResidentRequest(t.database.db, w.projectId, w.householdId, 'access');
      return {};
    },
  },
  {
    method: 'POST',
    url: '/api/projects/:id/households/:householdId/resident-requests',
    allowed: socialTeam,
    request: async (w) => ({
      url: `/api/projects/${w.projectId}/households/${w.householdId}/resident-requests`,
      body: { kind: 'access', receivedOn: '2026-11-02' },
    }),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/households/:householdId/privacy',
    allowed: socialTeam,
    request: async (w) => ({ url: `/api/projects/${w.projectId}/households/${w.householdId}/privacy` }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/resident-requests/:requestId/complete',
    allowed: socialTeam,
    request: async (w, t) => {
      // An objection of a household of its own: completing it marks that household only.
      const household = await newHousehold(t.database.db, (await newAddress(t.database.db, w.projectId)).id);
      const request = await newResidentRequest(t.database.db, w.projectId, household.id, 'objection');
      return { url: `/api/projects/${w.projectId}/resident-requests/${request.id}/complete`, body: {} };
    },
  },
  {
    method: 'GET',
    url: '/api/projects/:id/resident-requests/:requestId/export',
    allowed: socialTeam,
    audited: 'household_export',
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/resident-requests/${(await newResidentRequest(t.database.db, w.projectId, w.householdId, 'access')).id}/export`,
    }),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/resident-requests/:requestId/export/pdf',
    allowed: socialTeam,
    audited: 'household_export',
    request: async (w, t) => ({
      url: `/api/projects/${w.projectId}/resident-requests/${(await newResidentRequest(t.database.db, w.projectId, w.householdId, 'access')).id}/export/pdf`,
    }),
  },
  // Retention (issue 15): the project leader sets the period and sees the coming purge.
  { method: 'GET', url: '/api/projects/:id/retention', allowed: leader },
  { method: 'PUT', url: '/api/projects/:id/retention', allowed: leader, request: async () => ({ body: { retentionMonths: 36 } }) },
  // Phase 1 (issue 15): the fit check and the privacy plan.
  { method: 'GET', url: '/api/projects/:id/fit-check', allowed: everyMember },
  {
    method: 'PUT',
    url: '/api/projects/:id/fit-check',
    allowed: leader,
    request: async () => ({
      body: {
        worksKinds: ['major_maintenance_occupied'],
        inhabitedSharePercent: 90,
        relocationOrDemolitionOnly: false,
        socialIssues: 'yes',
        partnersAvailable: ['corporation', 'welfare', 'contractor'],
        decision: 'go',
        notes: '',
        decidedOn: '2026-01-10',
      },
    }),
  },
  { method: 'GET', url: '/api/projects/:id/privacy-plan', allowed: everyMember },
  { method: 'GET', url: '/api/projects/:id/privacy-plan/leaflet', allowed: everyMember },
  {
    method: 'PUT',
    url: '/api/projects/:id/privacy-plan/settings',
    allowed: leader,
    // The settings the world has: the plan keeps its version and stays signed.
    request: async () => ({ body: { privacyContactName: '', privacyContactEmail: '', retentionMonths: null } }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/privacy-plan/sign-offs',
    allowed: privacySigners,
    request: async (w, t) => ({ body: { versionHash: (await loadPrivacyPlan(t.database.db, w.projectId)).plan.versionHash } }),
  },
  // Phase 1 records (issue 15): the project leader writes; the social team reads orientation and training; the parties
  // (contractor and partners too) read agreements, task matrix and joint goals; the resident group reads and proposes communication.
  { method: 'GET', url: '/api/projects/:id/orientation-meetings', allowed: socialTeam },
  {
    method: 'POST',
    url: '/api/projects/:id/orientation-meetings',
    allowed: leader,
    request: async (w) => ({ url: `/api/projects/${w.projectId}/orientation-meetings`, body: orientationBody }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/orientation-meetings/:meetingId',
    allowed: leader,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/orientation-meetings/${await newOrientationMeeting(t, w)}`, body: orientationBody }),
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/orientation-meetings/:meetingId',
    allowed: leader,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/orientation-meetings/${await newOrientationMeeting(t, w)}` }),
  },
  { method: 'GET', url: '/api/projects/:id/agreements', allowed: agreementReaders },
  {
    method: 'POST',
    url: '/api/projects/:id/agreements',
    allowed: leader,
    request: async (w) => ({ url: `/api/projects/${w.projectId}/agreements`, body: agreementBody(w) }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/agreements/:agreementId',
    allowed: leader,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/agreements/${await newAgreement(t, w)}`, body: agreementBody(w) }),
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/agreements/:agreementId',
    allowed: leader,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/agreements/${await newAgreement(t, w)}` }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/agreements/:agreementId/document',
    allowed: leader,
    request: async (w, t) => {
      const { payload, headers } = multipartFile('overeenkomst.pdf', tinyPdf('Overeenkomst'));
      return { url: `/api/projects/${w.projectId}/agreements/${await newAgreement(t, w)}/document`, body: payload, headers };
    },
  },
  {
    method: 'GET',
    url: '/api/projects/:id/agreements/:agreementId/document',
    allowed: agreementReaders,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/agreements/${await newAgreement(t, w)}/document` }),
  },
  { method: 'GET', url: '/api/projects/:id/task-matrix', allowed: agreementReaders },
  {
    method: 'PUT',
    url: '/api/projects/:id/task-matrix',
    allowed: leader,
    request: async (w) => ({
      url: `/api/projects/${w.projectId}/task-matrix`,
      body: { rows: [{ task: 'Huisbezoeken plannen', organisationIds: { preparation: w.organisationIds.corporation } }] },
    }),
  },
  { method: 'GET', url: '/api/projects/:id/joint-goals', allowed: agreementReaders },
  {
    method: 'PUT',
    url: '/api/projects/:id/joint-goals',
    allowed: leader,
    request: async (w) => ({ url: `/api/projects/${w.projectId}/joint-goals`, body: { goals: [{ title: 'Meer contact tussen buren' }] } }),
  },
  { method: 'GET', url: '/api/projects/:id/communication-plan', allowed: communicationReaders },
  {
    method: 'POST',
    url: '/api/projects/:id/communication-plan',
    allowed: [...leader, 'resident_group'],
    request: async (w) => ({ url: `/api/projects/${w.projectId}/communication-plan`, body: communicationBody }),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/communication-plan/:itemId',
    allowed: leader,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/communication-plan/${await newCommunicationItem(t, w)}`, body: communicationBody }),
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/communication-plan/:itemId',
    allowed: leader,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/communication-plan/${await newCommunicationItem(t, w)}` }),
  },
  { method: 'GET', url: '/api/projects/:id/training', allowed: socialTeam },
  {
    method: 'POST',
    url: '/api/projects/:id/training',
    allowed: leader,
    request: async (w) => ({
      url: `/api/projects/${w.projectId}/training`,
      body: { userId: w.userIds.housing_consultant, topic: 'cards', trainedOn: '2026-01-20', hours: 1 },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/training/:recordId',
    allowed: leader,
    request: async (w, t) => ({ url: `/api/projects/${w.projectId}/training/${await newTrainingRecord(t, w)}` }),
  },
  // Planning a week in one go (issue 16)
  {
    method: 'POST',
    url: '/api/projects/:id/visits/proposal',
    allowed: socialTeam,
    request: async (w) => ({
      body: {
        addressIds: [w.addressId],
        kind: 'joint_intake',
        visitorIds: [w.userIds.project_leader, w.userIds.site_manager],
        firstDay: '2027-03-01',
        firstTime: '09:00',
        durationMinutes: 60,
        slotsPerDay: 4,
        days: 5,
      },
    }),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/visits/batch',
    allowed: socialTeam,
    // A home of its own each call: a home with an open visit gets no second one.
    request: async (w, t) => ({
      body: {
        requestId: randomUUID(),
        kind: 'joint_intake',
        visitorIds: [w.userIds.project_leader, w.userIds.site_manager],
        durationMinutes: 60,
        visits: [{ addressId: (await newAddress(t.database.db, w.projectId, { street: 'Weekplanstraat' })).id, startsAt: nextSlot() }],
      },
    }),
  },
  // Issue 16: a made batch of letters is marked as sent after printing, by its maker; a partner's home page lists new referrals.
  {
    method: 'POST',
    url: '/api/projects/:id/letters/:jobId/sent',
    allowed: socialTeam,
    request: async (w, t, actorUserId) => ({ url: `/api/projects/${w.projectId}/letters/${await newLetterJob(t, w, actorUserId)}/sent`, body: {} }),
  },
  { method: 'GET', url: '/api/me/new-referrals', allowed: signedIn },
  // Last: it ends each actor's session.
  { method: 'POST', url: '/api/auth/logout', allowed: allActors },
];

/** Phase 1 records of the world's project, made directly so each call has its own. */
const orientationBody = { heldOn: '2026-02-03', place: 'Buurthuis', attendees: 12, notes: 'Zorgen over stof.', themes: ['Overlast'] };
async function newOrientationMeeting(t: TestApp, w: World) {
  return createPreparationRepository(t.database.db).insertMeeting(w.projectId, w.userIds.project_leader, orientationBody);
}
const agreementBody = (w: World) => ({ partyAId: w.organisationIds.corporation!, partyBId: w.organisationIds.contractor!, signedOn: '2026-01-10' });
async function newAgreement(t: TestApp, w: World) {
  const repository = createPreparationRepository(t.database.db);
  const id = await repository.insertAgreement(w.projectId, w.userIds.project_leader, { ...agreementBody(w), validUntil: null, note: '' });
  await repository.storeDocument(w.projectId, id, { fileName: 'overeenkomst.pdf', type: 'pdf', bytes: tinyPdf('Overeenkomst') });
  return id;
}
const communicationBody = { phase: 'preparation', audience: 'Huurders van blok A', channel: 'letter', language: 'Nederlands', frequency: 'Eenmalig' };
async function newCommunicationItem(t: TestApp, w: World) {
  return createPreparationRepository(t.database.db).insertCommunication(
    w.projectId,
    w.userIds.project_leader,
    { ...communicationBody, phase: 'preparation', channel: 'letter', ownerId: null },
    'agreed',
  );
}
async function newTrainingRecord(t: TestApp, w: World) {
  return createPreparationRepository(t.database.db).insertTraining(
    w.projectId,
    w.userIds.project_leader,
    { userId: w.userIds.housing_consultant, topic: 'cards', trainedOn: '2026-01-20', hours: 0 },
    null,
  );
}
/** An interim evaluation of the world's project (yearly, no adjustments), and the body of one with an adjustment. */
/** A later measurement of the household living at the visit, straight into the database. */
async function newMeasurement(t: TestApp, w: World, visitId: string) {
  const household = (await createRegistrationRepository(t.database.db).householdOfVisit(w.projectId, visitId))!;
  const row = await t.database.db
    .insertInto('household_measurements')
    .values({
      project_id: w.projectId,
      household_key: household.householdKey,
      moment: 'later',
      measured_on: '2027-01-15',
      wellbeing: 6,
      ladder: 2,
      building_phase_id: household.buildingPhaseId,
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
async function newInterimEvaluation(t: TestApp, w: World) {
  const row = await t.database.db
    .insertInto('interim_evaluations')
    .values({ project_id: w.projectId, kind: 'yearly', year: 2026, held_on: '2026-06-01', created_by: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
const interimBody = (w: World) => ({
  kind: 'yearly',
  year: 2026,
  heldOn: '2026-06-01',
  wentWell: 'Goede sfeer in het team.',
  participantIds: [w.userIds.project_leader, w.userIds.site_manager],
  residentGroupPresent: 2,
  adjustments: [{ title: 'Teamoverleg met de uitvoerder', ownerId: w.userIds.community_worker, dueOn: '2026-07-01' }],
});

let t: TestApp;
let world: World;
/** A second, unrelated project: its objects must never be reached through the first project's URLs. */
let foreignWorld: World;

// Theme names must be unique per project and pass the identifying check, so they hold no digits: a
// random UUID now and then read as a date or licence plate, and "nummer 3" as a street and number.
let themeCount = 0;
const themeName = () => `Thema ${[...(++themeCount).toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}`;

// Visits at distinct times, so no visitor is double-booked by the matrix itself.
let slot = 0;
function nextSlot() {
  slot++;
  return `2027-02-${String(1 + Math.floor(slot / 8)).padStart(2, '0')}T${String(8 + (slot % 8)).padStart(2, '0')}:00`;
}
/** A follow-up of the social team, or a joint intake with the contractor (the visits the contractor sees). */
async function newVisit(t: TestApp, w: World, kind: 'follow_up' | 'joint_intake' = 'follow_up') {
  const startsAt = new Date(`${nextSlot()}:00+01:00`);
  const visit = await t.database.db
    .insertInto('visits')
    .values({
      project_id: w.projectId,
      address_id: w.addressId,
      kind,
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 3_600_000),
      note: '',
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const visitors = kind === 'joint_intake' ? [w.userIds.housing_consultant, w.userIds.site_manager] : [w.userIds.housing_consultant];
  await t.database.db
    .insertInto('visit_visitors')
    .values(visitors.map((user_id) => ({ visit_id: visit.id, user_id })))
    .execute();
  return visit.id;
}
/** A made batch of letters of the caller's own (only its maker may see it), or of the leader's for callers outside the project. */
async function newLetterJob(t: TestApp, w: World, actorUserId: string | undefined) {
  const job = await t.database.db
    .insertInto('letter_jobs')
    .values({
      project_id: w.projectId,
      created_by: actorUserId ?? w.userIds.project_leader,
      visit_ids: '[]',
      locale: 'nl',
      status: 'done',
      total: 1,
      pdf: Buffer.from('%PDF-1.3'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return job.id;
}
async function newTheme(t: TestApp, w: World) {
  const theme = await t.database.db
    .insertInto('themes')
    .values({ project_id: w.projectId, name: themeName(), conditions: ['social_cohesion'], valence: 'promising', created_by: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return theme.id;
}
async function newPublication(t: TestApp, w: World, stage: 'concept' | 'published') {
  const content = {
    households: 40,
    questions: [],
    topLists: { promising: [], concern: [] },
    themesByCondition: { socio_economic_security: [], social_cohesion: [], social_inclusion: [], social_empowerment: [] },
    quotes: [],
  };
  const row = await t.database.db
    .insertInto('picture_publications')
    .values({
      project_id: w.projectId,
      kind: 'report',
      version: ++publicationVersions,
      title: 'Beeld van de buurt',
      stage,
      content: JSON.stringify(content),
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
let publicationVersions = 1000;
/** A version of the action plan at a stage, with one goal; numbered after every version there is (the latest published is what members see). */
async function newPlanVersion(t: TestApp, w: World, stage: 'concept' | 'resident_group' | 'published') {
  const db = t.database.db;
  const last = await db
    .selectFrom('action_plans')
    .where('project_id', '=', w.projectId)
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  const plan = await db
    .insertInto('action_plans')
    .values({ project_id: w.projectId, version: Number(last?.version ?? 0) + 1, title: 'Actieplan', stage, created_by: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const goal = await db
    .insertInto('action_plan_goals')
    .values({ plan_id: plan.id, position: 0, kind: 'strengthen', title: 'Buurtfeest', created_by: null, updated_by: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { versionId: plan.id, goalId: goal.id };
}
/** A registration with an open text: a statement to code. */
async function newStatement(t: TestApp, w: World) {
  const form = await createRegistrationRepository(t.database.db).currentForm(w.projectId, null);
  const row = await t.database.db
    .insertInto('registrations')
    .values({
      project_id: w.projectId,
      form_id: form.id,
      client_id: randomUUID(),
      household_key: `matrix-${randomUUID()}`,
      content: JSON.stringify({
        answers: {},
        cards: [],
        openText: { person_obstacles: 'Weinig contact met buren.' },
        talents: '',
        talentsContactConsent: false,
        summary: '',
      }),
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
async function surveyVersionOf(t: TestApp, w: World) {
  return (
    await newSurveyRound(t.database.db, w.projectId).then((r) =>
      t.database.db.selectFrom('survey_rounds').where('id', '=', r.id).select('survey_version_id').executeTakeFirstOrThrow(),
    )
  ).survey_version_id;
}
const clients = new Map<ActorKey, TestClient>();

/**
 * A project with a member of every role, households with secrets, a referral to each partner, a
 * signal, an action, talent cards and a statement; plus a second project for `otherProjectMember`.
 */
async function buildWorld(t: TestApp): Promise<World> {
  const db = t.database.db;
  const orgs = {
    corporation: await newOrganisation(db, { type: 'corporation' }),
    welfare: await newOrganisation(db, { type: 'welfare' }),
    contractor: await newOrganisation(db, { type: 'contractor' }),
    neighbourhoodTeam: await newOrganisation(db, { type: 'neighbourhood_team' }),
    debtHelp: await newOrganisation(db, { type: 'care_partner' }),
    residents: await newOrganisation(db, { type: 'residents_group' }),
    municipality: await newOrganisation(db, { type: 'municipality' }),
    outsider: await newOrganisation(db, { type: 'contractor' }),
    other: await newOrganisation(db, { type: 'corporation' }),
  };
  const orgOfRole: Record<ProjectRole, keyof typeof orgs> = {
    project_leader: 'corporation',
    housing_consultant: 'corporation',
    community_worker: 'welfare',
    site_manager: 'contractor',
    contractor_social_worker: 'contractor',
    partner_contact: 'neighbourhoodTeam',
    resident_group: 'residents',
    policy_viewer: 'municipality',
  };
  const userIds = {} as Record<ActorKey, string>;
  const members: { userId: string; organisationId: string; role: ProjectRole }[] = [];
  const contacts = new Map<string, string[]>();
  for (const role of roleActors) {
    const user = await newUser(db, { organisationId: orgs[orgOfRole[role]].id, canCreateProjects: role === 'project_leader' });
    userIds[role] = user.id;
    members.push({ userId: user.id, organisationId: orgs[orgOfRole[role]].id, role });
    contacts.set(user.id, [user.email, user.phone]);
  }
  userIds.otherPartner = (await newUser(db, { organisationId: orgs.debtHelp.id })).id;
  members.push({ userId: userIds.otherPartner, organisationId: orgs.debtHelp.id, role: 'partner_contact' });
  contacts.set(userIds.otherPartner, []);
  userIds.admin = (await newUser(db, { organisationId: orgs.corporation.id, isAdmin: true })).id;
  userIds.outsider = (await newUser(db, { organisationId: orgs.outsider.id })).id;
  const other = await newUser(db, { organisationId: orgs.other.id, canCreateProjects: true });
  userIds.otherProjectMember = other.id;
  const project = await newProject(db, { members });
  await newProject(db, { members: [{ userId: other.id, organisationId: orgs.other.id, role: 'project_leader' }] });
  const address = await newAddress(db, project.id);
  const household = await newHousehold(db, address.id, {
    name: 'Johanna Geheim',
    phone: '024 999 88 77',
    email: 'johanna.geheim@example.nl',
    practicalNeeds: 'Hulp bij het inpakken',
    share: true,
  });
  const buildingPhase = await newBuildingPhase(db, project.id);
  // One household referred to each partner, each consenting to share its name and phone number.
  const referred = await newHousehold(db, (await newAddress(db, project.id)).id, {
    name: 'Karel Doorverwezen',
    phone: '06 5555 4444',
    email: 'karel@example.nl',
  });
  await newReferral(db, project.id, referred.id, orgs.neighbourhoodTeam.id, { share: ['name', 'phone'] });
  const referredElsewhere = await newHousehold(db, (await newAddress(db, project.id)).id, { name: 'Otto Anderepartner', phone: '06 7777 8888' });
  await newReferral(db, project.id, referredElsewhere.id, orgs.debtHelp.id, { share: ['name', 'phone'] });
  await db.insertInto('project_social_notes').values({ project_id: project.id, text: 'Alleen-voor-het-sociale-team', updated_by: null }).execute();
  // Something for every audited list to show: a joint intake, a registration, a signal and an action.
  await newVisitOf(db, project.id, address.id, { visitorIds: [userIds.housing_consultant, userIds.site_manager] });
  await newSignal(db, project.id, { householdKey: household.pseudonym });
  await db
    .insertInto('actions')
    .values({
      project_id: project.id,
      signal_id: null,
      title: 'Terugbellen',
      owner_id: userIds.community_worker,
      due_on: null,
      status: 'open',
      created_by: null,
    })
    .execute();
  const talentCard = await newTalentCard(db, project.id, household.id, { contactName: 'Talent Geheimnaam' });
  const neighbourCard = await newTalentCard(db, project.id, (await newHousehold(db, (await newAddress(db, project.id)).id)).id, {
    gives: 'schaken',
    wishes: 'tuinieren',
  });
  const talentMatch = await newTalentMatch(db, project.id, talentCard.id, neighbourCard.id);
  const built: World = {
    projectId: project.id,
    talentCardId: talentCard.id,
    talentMatchId: talentMatch.id,
    userIds,
    organisationIds: Object.fromEntries(Object.entries(orgs).map(([k, v]) => [k, v.id])),
    teamContacts: contacts,
    socialTeamOnly: ['Talent Geheimnaam', 'Johanna Geheim', '024 999 88 77', 'johanna.geheim@example.nl', 'Alleen-voor-het-sociale-team'],
    addressId: address.id,
    householdId: household.id,
    buildingPhaseId: buildingPhase.id,
    referredHouseholdId: referred.id,
    sharedWith: [
      { actor: 'partner_contact', secrets: ['Karel Doorverwezen', '06 5555 4444'] },
      { actor: 'otherPartner', secrets: ['Otto Anderepartner', '06 7777 8888'] },
    ],
  };
  await newStatement(t, built);
  return built;
}

beforeAll(async () => {
  // Background jobs would write to the audit log while a denied call is being checked.
  t = await createTestApp({ runJobs: false });
  world = await buildWorld(t);
  foreignWorld = await buildWorld(t);
  for (const actor of allActors)
    clients.set(actor, actor === 'anonymous' ? new TestClient(t.app) : await clientFor(t.app, t.database.db, world.userIds[actor]));
});

afterAll(async () => {
  await t?.close();
});

const rowKey = (method: string, url: string) => `${method} ${url}`;
function rowFor(method: string, url: string): Row | undefined {
  // The API reference's own files (/api/docs/*) share the row of /api/docs.
  const normalised = url.startsWith('/api/docs') ? '/api/docs' : url;
  return matrix.find((row) => row.method === method && row.url === normalised);
}

describe('authorization matrix', () => {
  it('has a row for every API route', () => {
    const missing = t.app.apiRoutes.filter((r) => !rowFor(r.method, r.url)).map((r) => rowKey(r.method, r.url));
    expect(missing).toEqual([]);
  });

  it('has no row for a route that does not exist', () => {
    const routes = new Set(t.app.apiRoutes.map((r) => rowKey(r.method, r.url)));
    expect(matrix.filter((row) => !routes.has(rowKey(row.method, row.url))).map((r) => rowKey(r.method, r.url))).toEqual([]);
  });

  it("gives each partner its own referral's consented data in its inbox, and not the other's", async () => {
    for (const { actor, secrets } of world.sharedWith) {
      const inbox = await clients.get(actor)!.get(`/api/projects/${world.projectId}/referral-inbox`);
      for (const secret of secrets) expect(inbox.body).toContain(secret);
    }
  });

  for (const row of matrix) {
    describe(rowKey(row.method, row.url), () => {
      for (const actor of allActors) {
        const allowed = row.allowed.includes(actor);
        it(`${allowed ? 'allows' : 'denies'} ${actor}`, async () => {
          const built = (await row.request?.(world, t, world.userIds[actor])) ?? {};
          const url = (built.url ?? row.url).replace(':id', world.projectId);
          const before = await auditCount(t.database);
          const lastAuditId =
            (
              await t.database.db
                .selectFrom('audit_log')
                .select((eb) => eb.fn.max('id').as('id'))
                .executeTakeFirstOrThrow()
            ).id ?? '0';
          const response = await clients.get(actor)!.request({
            method: row.method,
            url,
            ...(built.body === undefined ? {} : { payload: built.body as object }),
            ...(built.headers ? { headers: built.headers } : {}),
          });
          if (allowed) {
            // Allowed: the call reaches its use case (a failed log-in is a 400 about the password).
            expect([200, 201, 302, 400].includes(response.statusCode), `${response.statusCode} ${response.body}`).toBe(true);
            if (row.url !== '/api/auth/login') expect(response.statusCode).toBeLessThan(400);
            if (row.audited) {
              const entries = await t.database.db
                .selectFrom('audit_log')
                .where('id', '>', lastAuditId)
                .select(['actor_user_id', 'action', 'resource_type', 'project_id'])
                .execute();
              expect(entries).toEqual([{ actor_user_id: world.userIds[actor], action: 'read', resource_type: row.audited, project_id: world.projectId }]);
            }
          } else {
            expect(response.statusCode, response.body).toBe(actor === 'anonymous' ? 401 : 404);
            expect(await auditCount(t.database)).toBe(before);
          }
          if (!socialTeam.includes(actor) && actor !== 'admin') {
            const othersContacts = [...world.teamContacts].filter(([userId]) => userId !== world.userIds[actor]).flatMap(([, c]) => c);
            for (const contact of othersContacts) expect(response.body).not.toContain(contact);
          }
          if (!socialTeam.includes(actor)) for (const secret of world.socialTeamOnly) expect(response.body).not.toContain(secret);
          // A partner's referral data reaches that partner only (and the social team that made it).
          for (const { actor: partner, secrets } of world.sharedWith)
            if (actor !== partner && !socialTeam.includes(actor)) for (const secret of secrets) expect(response.body).not.toContain(secret);
        });
      }
    });
  }
});

/**
 * The gate checks the path's project; nested ids (household, referral, theme, …) are each use case's
 * own check. For every route with one, another project's object through this project's URL must be
 * as invisible as an object that does not exist: 404, nothing written, nothing shown.
 */
const projectScopedParams = new Set([':id', ':phase', ':valence', ':clientId']);
const nestedObjectRows = matrix.filter(
  (row) => row.url.startsWith('/api/projects/:id/') && row.request && (row.url.match(/:[A-Za-z]+/g) ?? []).some((param) => !projectScopedParams.has(param)),
);

describe("another project's object through this project's URL", () => {
  it('covers every route with a nested object id', () => {
    // A guard against the filter silently matching nothing.
    expect(nestedObjectRows.length).toBeGreaterThan(40);
  });

  for (const row of nestedObjectRows) {
    const actor = roleActors.find((role) => row.allowed.includes(role));
    if (!actor) continue;
    it(`${rowKey(row.method, row.url)} answers 404 to ${actor} for the other project's object`, async () => {
      const built = await row.request!(foreignWorld, t, world.userIds[actor]);
      expect(built.url, 'the row must build its own url with the object id').toBeDefined();
      const url = built.url!.replace(`/api/projects/${foreignWorld.projectId}/`, `/api/projects/${world.projectId}/`);
      expect(url).not.toContain(foreignWorld.projectId);
      // A fresh session: the matrix above changes every actor's password, which ends its sessions.
      const client = await clientFor(t.app, t.database.db, world.userIds[actor]);
      const before = await auditCount(t.database);
      const response = await client.request({
        method: row.method,
        url,
        ...(built.body === undefined ? {} : { payload: built.body as object }),
        ...(built.headers ? { headers: built.headers } : {}),
      });
      expect(response.statusCode, response.body).toBe(404);
      expect(await auditCount(t.database)).toBe(before);
    });
  }
});
// Surveys (issue 13): a resident's link is a capability for one response only.
describe("a resident's survey link", () => {
  const respond = (client: TestClient, token: string) => client.post('/api/survey-links/respond', { token, answers: { works_satisfaction: 7 } });

  it('reaches no other route: not as a session cookie, a bearer token, a header or a query parameter', async () => {
    const round = await newSurveyRound(t.database.db, world.projectId);
    const token = await newSurveyLink(t.database.db, round.id, world.householdId);
    const protectedRows = matrix.filter((row) => !row.allowed.includes('anonymous'));
    expect(protectedRows.length).toBeGreaterThan(50);
    for (const row of protectedRows) {
      const url = row.url.replace(':id', world.projectId).replace(/:[a-zA-Z]+/g, randomUUID());
      for (const attempt of [
        { cookie: true },
        { headers: { authorization: `Bearer ${token}` } },
        { headers: { 'x-survey-token': token } },
        { query: `token=${token}` },
      ]) {
        const client = new TestClient(t.app);
        if ('cookie' in attempt) client.setCookie('thuis_session', token);
        const response = await client.request({
          method: row.method,
          url: 'query' in attempt ? `${url}?${attempt.query}` : url,
          ...('headers' in attempt ? { headers: attempt.headers } : {}),
          ...(row.method === 'GET' || row.method === 'DELETE' ? {} : { payload: {} }),
        });
        expect(response.statusCode, `${row.method} ${row.url}`).toBe(401);
      }
    }
    // The link still works for its one response afterwards.
    expect((await respond(new TestClient(t.app), token)).statusCode).toBe(201);
  }, 120_000);

  it('is refused when used again, and stores nothing', async () => {
    const round = await newSurveyRound(t.database.db, world.projectId);
    const token = await newSurveyLink(t.database.db, round.id, world.householdId);
    expect((await respond(clients.get('anonymous')!, token)).statusCode).toBe(201);
    expect((await respond(new TestClient(t.app), token)).statusCode).toBe(400);
    expect((await t.database.db.selectFrom('survey_responses').where('round_id', '=', round.id).selectAll().execute()).length).toBe(1);
  });

  it('is refused when expired, and stores nothing', async () => {
    const round = await newSurveyRound(t.database.db, world.projectId);
    const token = await newSurveyLink(t.database.db, round.id, world.householdId, { expiresAt: new Date(Date.now() - 60_000) });
    expect((await respond(new TestClient(t.app), token)).statusCode).toBe(400);
    expect((await new TestClient(t.app).post('/api/survey-links/open', { token })).statusCode).toBe(400);
    expect((await t.database.db.selectFrom('survey_responses').where('round_id', '=', round.id).selectAll().execute()).length).toBe(0);
  });
});
