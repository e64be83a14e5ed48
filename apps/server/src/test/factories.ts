import { randomUUID } from 'node:crypto';
import {
  builtInSurvey,
  type OrganisationType,
  type PhaseKey,
  type ProjectInput,
  type ProjectRole,
  type ReferralShareItem,
  type ReferralStatus,
  type ResidentRequestKind,
  residentRequestDueOn,
  todayInAmsterdam,
  type SelectionGroupKind,
  type StoryTellerKind,
} from '@thuis/domain';
import { hashPassword } from '../platform/auth/passwords.js';
import { newSessionToken, sessionIdFor } from '../platform/auth/session-tokens.js';
import type { Db } from '../platform/db/database.js';
import { createProjectRepository } from '../modules/projects/repository.js';
import { loadPrivacyPlan } from '../modules/privacy-plan/load-privacy-plan.js';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

const unique = () => randomUUID().slice(0, 8);

export async function newOrganisation(db: Db, overrides: { name?: string; type?: OrganisationType } = {}) {
  const row = await db
    .insertInto('organisations')
    .values({ name: overrides.name ?? `Organisatie ${unique()}`, type: overrides.type ?? 'corporation' })
    .returning(['id', 'name', 'type'])
    .executeTakeFirstOrThrow();
  return row;
}

export interface NewUserOptions {
  organisationId?: string;
  organisationType?: OrganisationType;
  name?: string;
  email?: string;
  phone?: string;
  isAdmin?: boolean;
  canCreateProjects?: boolean;
  active?: boolean;
}

export async function newUser(db: Db, options: NewUserOptions = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const organisationId = options.organisationId ?? (await newOrganisation(db, { type: options.organisationType ?? 'corporation' })).id;
  const id = unique();
  return db
    .insertInto('users')
    .values({
      organisation_id: organisationId,
      email: options.email ?? `user-${id}@example.nl`,
      display_name: options.name ?? `Gebruiker ${id}`,
      phone: options.phone ?? `06 ${String(Math.floor(10000000 + Math.random() * 89999999))}`,
      password_hash: await passwordHash,
      is_admin: options.isAdmin ?? false,
      can_create_projects: options.canCreateProjects ?? false,
      active: options.active ?? true,
    })
    .returning(['id', 'email', 'phone', 'organisation_id as organisationId', 'display_name as displayName'])
    .executeTakeFirstOrThrow();
}

export function projectInput(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    name: `Project ${unique()}`,
    neighbourhood: 'Lankforst',
    municipality: 'Nijmegen',
    description: '',
    worksKinds: ['major_maintenance_occupied'],
    startsOn: '2026-01-05',
    endsOn: '2027-12-31',
    teamPhone: '',
    teamEmail: '',
    ...overrides,
  };
}

/**
 * A project with partners and members as given; the members' organisations become partners. Its
 * privacy plan is signed by every core party, so visits can be planned, unless `signedPrivacyPlan: false`.
 */
export async function newProject(
  db: Db,
  options: { members?: { userId: string; organisationId: string; role: ProjectRole }[]; input?: Partial<ProjectInput>; signedPrivacyPlan?: boolean } = {},
) {
  const projects = createProjectRepository(db);
  const members = options.members ?? [];
  const projectId = await projects.insert(projectInput(options.input), members[0]?.userId ?? null!);
  const organisations = [...new Set(members.map((m) => m.organisationId))];
  await projects.replacePartners(
    projectId,
    organisations.map((organisationId) => ({ organisationId, part: 'core' as const })),
  );
  await projects.replaceTeam(
    projectId,
    members.map(({ userId, role }) => ({ userId, role })),
  );
  if (options.signedPrivacyPlan ?? true) await signPrivacyPlanAsCoreParties(db, projectId);
  return { id: projectId };
}

/** Signs the current version of the project's privacy plan for every core party that has not yet. */
export async function signPrivacyPlanAsCoreParties(db: Db, projectId: string) {
  const { plan, parties } = await loadPrivacyPlan(db, projectId);
  const unsigned = parties.filter((p) => !p.current);
  if (unsigned.length)
    await db
      .insertInto('privacy_plan_signoffs')
      .values(
        unsigned.map((p) => ({
          project_id: projectId,
          organisation_id: p.organisationId,
          version_hash: plan.versionHash,
          signed_by: null,
          signed_by_name: 'Test',
        })),
      )
      .execute();
  return plan.versionHash;
}

export async function setPhase(db: Db, projectId: string, phase: PhaseKey, status: 'not_started' | 'in_progress' | 'done') {
  await createProjectRepository(db).savePhase(projectId, phase, {
    plannedStart: null,
    plannedEnd: null,
    actualStart: status === 'not_started' ? null : '2026-01-05',
    actualEnd: status === 'done' ? '2026-03-01' : null,
    status,
  });
}

let houseNumbers = 0;

export async function newBuilding(db: Db, projectId: string, code = `B${unique()}`) {
  return db.insertInto('buildings').values({ project_id: projectId, code, name: '' }).returning(['id', 'code']).executeTakeFirstOrThrow();
}

export async function newSubNeighbourhood(db: Db, projectId: string, name = `Subbuurt ${unique()}`) {
  return db.insertInto('sub_neighbourhoods').values({ project_id: projectId, name }).returning(['id', 'name']).executeTakeFirstOrThrow();
}

export async function newBuildingPhase(db: Db, projectId: string, overrides: { name?: string; plannedStart?: string | null } = {}) {
  return db
    .insertInto('building_phases')
    .values({
      project_id: projectId,
      name: overrides.name ?? `Bouwfase ${unique()}`,
      intervention: 'major_maintenance_occupied',
      planned_start: overrides.plannedStart === undefined ? '2027-03-01' : overrides.plannedStart,
      planned_end: null,
      actual_start: null,
      actual_end: null,
    })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
}

export async function newAddress(
  db: Db,
  projectId: string,
  overrides: { street?: string; houseNumber?: number; unitId?: string; buildingId?: string | null; buildingPhaseId?: string | null } = {},
) {
  const houseNumber = overrides.houseNumber ?? ++houseNumbers;
  return db
    .insertInto('addresses')
    .values({
      project_id: projectId,
      unit_id: overrides.unitId ?? `VHE-${unique()}`,
      street: overrides.street ?? 'Lankforst',
      house_number: houseNumber,
      addition: '',
      postcode: '6538 AB',
      city: 'Nijmegen',
      building_id: overrides.buildingId ?? null,
      sub_neighbourhood_id: null,
      building_phase_id: overrides.buildingPhaseId ?? null,
    })
    .returning(['id', 'unit_id as unitId', 'house_number as houseNumber'])
    .executeTakeFirstOrThrow();
}

export async function newHousehold(
  db: Db,
  addressId: string,
  overrides: {
    name?: string;
    phone?: string;
    email?: string;
    practicalNeeds?: string;
    share?: boolean;
    movedInOn?: string | null;
    movedOutOn?: string | null;
  } = {},
) {
  const household = await db
    .insertInto('households')
    .values({
      address_id: addressId,
      moved_in_on: overrides.movedInOn === undefined ? '2015-05-01' : overrides.movedInOn,
      moved_out_on: overrides.movedOutOn ?? null,
      language: 'nl',
      practical_needs: overrides.practicalNeeds ?? '',
      share_needs_with_contractor: overrides.share ?? false,
    })
    .returning(['id', 'pseudonym'])
    .executeTakeFirstOrThrow();
  await db
    .insertInto('household_contacts')
    .values({ household_id: household.id, name: overrides.name ?? 'Bewoner', phone: overrides.phone ?? '', email: overrides.email ?? '' })
    .execute();
  return household;
}

/** An uploaded import of a small CSV, in the state asked for. */
export async function newImportJob(db: Db, projectId: string, userId: string, status: 'uploaded' | 'checked' = 'uploaded') {
  const csv = `VHE;Straat;Huisnummer;Postcode;Plaats\nVHE-${unique()};Teststraat;${++houseNumbers + 1000};6538 AB;Nijmegen\n`;
  const row = await db
    .insertInto('import_jobs')
    .values({
      project_id: projectId,
      created_by: userId,
      file_name: 'adressen.csv',
      file_kind: 'csv',
      file: Buffer.from(csv),
      headers: JSON.stringify(['VHE', 'Straat', 'Huisnummer', 'Postcode', 'Plaats']),
      sample: JSON.stringify([]),
      mapping: JSON.stringify({ unitId: 0, street: 1, houseNumber: 2, postcode: 3, city: 4 }),
      status,
      total_rows: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row;
}

/** A multipart/form-data body with one file field, as a browser sends it. */
export function multipartFile(fileName: string, content: Buffer | string, field = 'file') {
  const boundary = `----thuis${unique()}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), Buffer.isBuffer(content) ? content : Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/**
 * A project with a team: one organisation per type, one user per entry, each in the role given.
 * The organisations become the project's partners.
 */
export async function newTeamProject<K extends string>(
  db: Db,
  people: Record<K, { type: OrganisationType; role: ProjectRole; name?: string }>,
  input: Partial<ProjectInput> = {},
  options: { signedPrivacyPlan?: boolean } = {},
) {
  const organisations = new Map<OrganisationType, string>();
  const team = {} as Record<K, { id: string; organisationId: string; role: ProjectRole; name: string; email: string; phone: string }>;
  for (const [key, person] of Object.entries(people) as [K, { type: OrganisationType; role: ProjectRole; name?: string }][]) {
    if (!organisations.has(person.type)) organisations.set(person.type, (await newOrganisation(db, { type: person.type })).id);
    const organisationId = organisations.get(person.type)!;
    const user = await newUser(db, { organisationId, ...(person.name ? { name: person.name } : {}) });
    team[key] = { id: user.id, organisationId, role: person.role, name: user.displayName, email: user.email, phone: user.phone };
  }
  const project = await newProject(db, {
    members: Object.values<(typeof team)[K]>(team).map((p) => ({ userId: p.id, organisationId: p.organisationId, role: p.role })),
    input,
    ...options,
  });
  return { projectId: project.id, people: team };
}

let visitSlots = 0;

/** A visit at an address; without a start time each one gets its own hour, so no visitor is double-booked. */
export async function newVisit(
  db: Db,
  projectId: string,
  addressId: string,
  overrides: { kind?: string; startsAt?: Date; visitorIds?: string[]; outcome?: string | null } = {},
) {
  const startsAt = overrides.startsAt ?? new Date(Date.UTC(2026, 0, 5, 7) + ++visitSlots * 3_600_000);
  const visit = await db
    .insertInto('visits')
    .values({
      project_id: projectId,
      address_id: addressId,
      kind: overrides.kind ?? 'joint_intake',
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 3_600_000),
      note: '',
      created_by: null,
      outcome: overrides.outcome ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (overrides.visitorIds?.length)
    await db
      .insertInto('visit_visitors')
      .values(overrides.visitorIds.map((userId) => ({ visit_id: visit.id, user_id: userId })))
      .execute();
  return visit;
}

/** A signal about a household (through its pseudonym), as the social team would record it. */
export async function newSignal(
  db: Db,
  projectId: string,
  overrides: {
    householdKey?: string | null;
    category?: string;
    subject?: string;
    description?: string;
    buildingPhaseId?: string | null;
    reportedBy?: string | null;
  } = {},
) {
  return db
    .insertInto('signals')
    .values({
      project_id: projectId,
      category: overrides.category ?? 'care',
      subject: overrides.subject ?? 'financial',
      description: overrides.description ?? 'Zorgen over de vaste lasten.',
      household_key: overrides.householdKey ?? null,
      building_phase_id: overrides.buildingPhaseId ?? null,
      reported_by: overrides.reportedBy ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A referral of a household to a partner organisation, with consent to share the given items. */
export async function newReferral(
  db: Db,
  projectId: string,
  householdId: string,
  partnerOrganisationId: string,
  overrides: { share?: ReferralShareItem[]; status?: ReferralStatus; question?: string; referredBy?: string | null; withdrawn?: boolean } = {},
) {
  return db
    .insertInto('referrals')
    .values({
      project_id: projectId,
      household_id: householdId,
      signal_id: null,
      partner_organisation_id: partnerOrganisationId,
      question: overrides.question ?? 'Wil hulp bij het ordenen van de post.',
      share: overrides.share ?? ['name', 'phone'],
      consent_given_on: '2026-11-01',
      consent_recorded_by: overrides.referredBy ?? null,
      referred_by: overrides.referredBy ?? null,
      status: overrides.status ?? 'sent',
      consent_withdrawn_at: overrides.withdrawn ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A consenting talent card of a household. */
export async function newTalentCard(db: Db, projectId: string, householdId: string, overrides: { contactName?: string; gives?: string; wishes?: string } = {}) {
  return db
    .insertInto('talent_cards')
    .values({
      project_id: projectId,
      household_id: householdId,
      contact_name: overrides.contactName ?? 'Bewoner',
      gives: overrides.gives ?? 'tuinieren',
      wishes: overrides.wishes ?? 'schaken',
      consent_given_on: '2026-11-01',
      consent_recorded_by: null,
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** An open match between two talent cards, both consenting. */
export async function newTalentMatch(db: Db, projectId: string, cardAId: string, cardBId: string) {
  return db
    .insertInto('talent_matches')
    .values({
      project_id: projectId,
      card_a_id: cardAId,
      card_b_id: cardBId,
      kind: 'company',
      consent_a_on: '2026-11-01',
      consent_b_on: '2026-11-01',
      follow_up_on: '2026-12-01',
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A meaningful place of a project (a bench on a square in Nijmegen unless told otherwise). */
export async function newPlace(db: Db, projectId: string, overrides: { name?: string; kind?: string; latitude?: number; longitude?: number } = {}) {
  return db
    .insertInto('meaningful_places')
    .values({
      project_id: projectId,
      kind: overrides.kind ?? 'bench',
      name: overrides.name ?? `Bankje ${randomUUID().slice(0, 8)}`,
      latitude: overrides.latitude ?? 51.8412,
      longitude: overrides.longitude ?? 5.8281,
      created_by: null,
    })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
}
/** A theme of the picture of the neighbourhood. */
export async function newTheme(db: Db, projectId: string, overrides: { name?: string; valence?: 'promising' | 'concern' } = {}) {
  return db
    .insertInto('themes')
    .values({
      project_id: projectId,
      name: overrides.name ?? `Thema ${unique()}`,
      conditions: ['social_cohesion'],
      valence: overrides.valence ?? 'promising',
      created_by: null,
    })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
}

/** An activity of the register, straight into the database. */
export async function newActivity(
  db: Db,
  projectId: string,
  overrides: {
    title?: string;
    kind?: 'personal_connection' | 'collective_activity' | 'physical_change';
    status?: 'proposed' | 'planned' | 'running' | 'done' | 'stopped';
    lasts?: boolean;
    successorOwner?: string;
  } = {},
) {
  return db
    .insertInto('activities')
    .values({
      project_id: projectId,
      kind: overrides.kind ?? 'collective_activity',
      title: overrides.title ?? `Activiteit ${unique()}`,
      status: overrides.status ?? 'planned',
      lasts: overrides.lasts ?? false,
      successor_owner: overrides.successorOwner ?? '',
      created_by: null,
    })
    .returning(['id', 'title'])
    .executeTakeFirstOrThrow();
}

/** Reach of an activity: one occasion or a total. */
export async function newActivityReach(db: Db, activityId: string, participants: number, firstTimers = 0, heldOn: string | null = null) {
  await db
    .insertInto('activity_reach')
    .values({ activity_id: activityId, participants, first_timers: firstTimers, held_on: heldOn, created_by: null })
    .execute();
}

/** A Most Significant Change story, straight into the database. */
export async function newStory(
  db: Db,
  projectId: string,
  overrides: { tellerKind?: StoryTellerKind; title?: string; story?: string; periodStart?: string; periodEnd?: string } = {},
) {
  return db
    .insertInto('msc_stories')
    .values({
      project_id: projectId,
      teller_kind: overrides.tellerKind ?? 'resident',
      period_start: overrides.periodStart ?? '2025-01-01',
      period_end: overrides.periodEnd ?? '2025-12-31',
      title: overrides.title ?? `Verhaal ${unique()}`,
      story: overrides.story ?? 'Buren groeten elkaar weer op straat.',
      why: 'Het voelt weer als thuis.',
      created_by: null,
    })
    .returning(['id', 'title'])
    .executeTakeFirstOrThrow();
}

/** A selection round that read the given stories and selected the first of them (with a reason). */
export async function newStoryRound(db: Db, projectId: string, storyIds: readonly string[], groupKind: SelectionGroupKind = 'resident_project_group') {
  const round = await db
    .insertInto('msc_selection_rounds')
    .values({ project_id: projectId, group_kind: groupKind, held_on: '2026-01-15', participants: 7, created_by: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('msc_round_stories')
    .values(storyIds.map((story_id, i) => ({ round_id: round.id, story_id, selected: i === 0, reason: i === 0 ? 'Dit raakt de hele buurt.' : '' })))
    .execute();
  return round;
}
/** A ripple map straight into the database, with one effect per given level (in that order). */
export async function newRippleMap(
  db: Db,
  projectId: string,
  overrides: { title?: string; status?: 'draft' | 'finished'; levels?: ('direct' | 'indirect' | 'lasting')[] } = {},
) {
  const map = await db
    .insertInto('ripple_maps')
    .values({
      project_id: projectId,
      title: overrides.title ?? 'Rimpelingen wandelclub',
      status: overrides.status ?? 'draft',
      activity_id: null,
      theme_id: null,
      created_by: null,
    })
    .returning(['id', 'title'])
    .executeTakeFirstOrThrow();
  const nodeIds: string[] = [];
  for (const [i, level] of (overrides.levels ?? ['direct', 'indirect']).entries()) {
    const node = await db
      .insertInto('ripple_nodes')
      .values({ map_id: map.id, level, text: `Effect ${i + 1}`, x: 40, y: i * 100 })
      .returning('id')
      .executeTakeFirstOrThrow();
    nodeIds.push(node.id);
  }
  return { ...map, nodeIds };
}

/** A version of the final report straight into the database, at the stage asked for, with one paragraph. */
export async function newFinalReport(
  db: Db,
  projectId: string,
  overrides: { stage?: 'concept' | 'outside_reader' | 'resident_group' | 'published'; title?: string } = {},
) {
  const last = await db
    .selectFrom('final_reports')
    .where('project_id', '=', projectId)
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  return db
    .insertInto('final_reports')
    .values({
      project_id: projectId,
      version: Number(last?.version ?? 0) + 1,
      title: overrides.title ?? `Eindrapport ${unique()}`,
      stage: overrides.stage ?? 'concept',
      content: JSON.stringify({ sections: [{ key: 'phases', title: 'Fasen en data', blocks: [{ kind: 'paragraph', text: 'Wat het project veranderde.' }] }] }),
      figures: JSON.stringify({ values: {}, relations: [], hidden: [] }),
      published_at: overrides.stage === 'published' ? new Date() : null,
      created_by: null,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}
/** A survey round of the project's built-in KTO (version 1), open from 2020 to 2099 unless told. */
export async function newSurveyRound(
  db: Db,
  projectId: string,
  overrides: { buildingPhaseId?: string | null; opensOn?: string; closesOn?: string; template?: 'kto' | 'wijkwaarden' } = {},
) {
  const template = overrides.template ?? 'kto';
  const version =
    (await db
      .selectFrom('survey_versions')
      .where('project_id', '=', projectId)
      .where('template', '=', template)
      .orderBy('version', 'desc')
      .select('id')
      .executeTakeFirst()) ??
    (await db
      .insertInto('survey_versions')
      .values({ project_id: projectId, template, version: 1, definition: JSON.stringify(builtInSurvey[template]()), created_by: null })
      .returning('id')
      .executeTakeFirstOrThrow());
  return db
    .insertInto('survey_rounds')
    .values({
      project_id: projectId,
      survey_version_id: version.id,
      building_phase_id: overrides.buildingPhaseId ?? null,
      opens_on: overrides.opensOn ?? '2020-01-01',
      closes_on: overrides.closesOn ?? '2099-12-31',
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A resident link of a household for a round; returns the secret (only its hash is stored). */
export async function newSurveyLink(db: Db, roundId: string, householdId: string, overrides: { expiresAt?: Date; used?: boolean } = {}) {
  const token = newSessionToken();
  await db
    .insertInto('survey_links')
    .values({
      token_hash: sessionIdFor(token),
      round_id: roundId,
      household_id: householdId,
      building_phase_id: null,
      expires_at: overrides.expiresAt ?? new Date(Date.now() + 7 * 86_400_000),
      used: overrides.used ?? false,
    })
    .execute();
  return token;
}

/** An open resident's request (GDPR) about a household, received today unless told otherwise. */
export async function newResidentRequest(
  db: Db,
  projectId: string,
  householdId: string,
  kind: ResidentRequestKind,
  overrides: { receivedOn?: string; dueOn?: string } = {},
) {
  const receivedOn = overrides.receivedOn ?? todayInAmsterdam();
  return db
    .insertInto('resident_requests')
    .values({
      project_id: projectId,
      household_id: householdId,
      kind,
      received_on: receivedOn,
      due_on: overrides.dueOn ?? residentRequestDueOn(receivedOn),
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
