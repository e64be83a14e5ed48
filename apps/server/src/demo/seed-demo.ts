import { sql } from 'kysely';
import { recordAudit } from '../platform/audit/audit.js';
import { hashPassword } from '../platform/auth/passwords.js';
import type { Db } from '../platform/db/database.js';
import { createProjectRepository } from '../modules/projects/repository.js';
import { addDemoActionPlan } from './demo-action-plan.js';
import { addDemoStories } from './demo-stories.js';
import { addDemoRipples } from './demo-ripples.js';
import { addDemoInterimEvaluations } from './demo-interim-evaluations.js';
import { addDemoPreparation } from './demo-preparation.js';
import { addDemoSurveys } from './demo-surveys.js';
import { addDemoBeforeAfter } from './demo-before-after.js';
import { addDemoRetention } from './demo-retention.js';
import { addDemoPrivacyPlan } from './demo-privacy-plan.js';
import { DEMO_PASSWORD, demoOrganisations, demoUsers, lankforst, spoorbuurt, type DemoProject } from './demo-data.js';
import { demoContact, demoPracticalNeeds, lankforstHomes, spoorbuurtHomes, type DemoHomes } from './demo-homes.js';
import { demoActivityThemes, lankforstActivities, spoorbuurtActivities, type DemoActivity } from './demo-activities.js';
import {
  demoMatchKind,
  demoOutcomes,
  demoReferralPartners,
  demoReferralStories,
  demoRegistration,
  demoTalentCard,
  demoTodaysVisitTimes,
} from './demo-visits.js';
import { fromAmsterdam } from '../modules/visits/local-time.js';
import { defaultFormDefinition, suggestMatches, todayInAmsterdam, type VisitOutcome } from '@thuis/domain';

/**
 * Fills an empty database with the demo (organisations, a user per role, two projects).
 * Returns false and changes nothing when the database already holds any organisation or user.
 */
export async function seedDemo(db: Db): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    // Two instances starting at once must not both seed.
    await sql`lock table organisations in exclusive mode`.execute(trx);
    const existing = await trx.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
    const anyUser = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (existing || anyUser) return false;

    const organisationIds = new Map<string, string>();
    for (const org of demoOrganisations) {
      const row = await trx.insertInto('organisations').values({ name: org.name, type: org.type }).returning('id').executeTakeFirstOrThrow();
      organisationIds.set(org.key, row.id);
    }
    const userIds = new Map<string, string>();
    for (const user of demoUsers) {
      const row = await trx
        .insertInto('users')
        .values({
          organisation_id: organisationIds.get(user.organisation)!,
          email: user.email,
          display_name: user.name,
          phone: user.phone,
          password_hash: passwordHash,
          is_admin: user.isAdmin ?? false,
          can_create_projects: user.canCreateProjects ?? false,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      userIds.set(user.key, row.id);
    }

    const projects = createProjectRepository(trx);
    const groupsOf = new Map<string, { buildingPhaseId: string | null; subNeighbourhoodId: string | null }>();
    const leaderId = userIds.get('leader')!;
    async function addHomes(projectId: string, demo: DemoHomes) {
      const buildingIds = new Map<string, string>();
      for (const b of demo.buildings)
        buildingIds.set(
          b.code,
          (await trx.insertInto('buildings').values({ project_id: projectId, code: b.code, name: b.name }).returning('id').executeTakeFirstOrThrow()).id,
        );
      const subIds = new Map<string, string>();
      for (const name of demo.subNeighbourhoods)
        subIds.set(name, (await trx.insertInto('sub_neighbourhoods').values({ project_id: projectId, name }).returning('id').executeTakeFirstOrThrow()).id);
      const phaseIds: string[] = [];
      for (const p of demo.buildingPhases)
        phaseIds.push(
          (
            await trx
              .insertInto('building_phases')
              .values({
                project_id: projectId,
                name: p.name,
                intervention: p.intervention,
                planned_start: p.plannedStart,
                planned_end: p.plannedEnd,
                actual_start: p.actualStart,
                actual_end: p.actualEnd,
              })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id,
        );
      const addresses = await trx
        .insertInto('addresses')
        .values(
          demo.homes.map((h) => ({
            project_id: projectId,
            unit_id: h.unitId,
            street: h.street,
            house_number: h.houseNumber,
            addition: h.addition,
            postcode: h.postcode,
            city: demo.city,
            home_type: h.homeType,
            building_id: h.building ? buildingIds.get(h.building)! : null,
            sub_neighbourhood_id: h.subNeighbourhood ? subIds.get(h.subNeighbourhood)! : null,
            building_phase_id: phaseIds[h.buildingPhase]!,
            latitude: h.latitude,
            longitude: h.longitude,
          })),
        )
        .returning(['id', 'building_phase_id', 'sub_neighbourhood_id'])
        .execute();
      for (const a of addresses) groupsOf.set(a.id, { buildingPhaseId: a.building_phase_id, subNeighbourhoodId: a.sub_neighbourhood_id });
      const households = await trx
        .insertInto('households')
        .values(
          addresses.map((a, i) => ({
            address_id: a.id,
            moved_in_on: `${1975 + (i % 45)}-0${1 + (i % 9)}-01`,
            language: i % 11 === 0 ? 'tr' : i % 13 === 0 ? 'ar' : 'nl',
            practical_needs: i % 9 === 0 ? demoPracticalNeeds[(i / 9) % demoPracticalNeeds.length]! : '',
            share_needs_with_contractor: i % 9 === 0 && i % 2 === 0,
          })),
        )
        .returning(['id', 'pseudonym'])
        .execute();
      await trx
        .insertInto('household_contacts')
        .values(households.map((h, i) => ({ household_id: h.id, ...demoContact(i), email: '' })))
        .execute();
      // Hours are booked per day: a total is spread over working days of at most 8 hours.
      const bookings = demo.bookings.flatMap((b) => {
        const days = Math.ceil(b.hours / 8);
        return Array.from({ length: days }, (_, day) => {
          const date = new Date(`${b.workedOn}T12:00:00Z`);
          date.setUTCDate(date.getUTCDate() - day - 2 * Math.floor(day / 5));
          return {
            project_id: projectId,
            user_id: userIds.get(b.user)!,
            organisation_id: organisationIds.get(b.organisation)!,
            phase: b.phase,
            worked_on: date.toISOString().slice(0, 10),
            hours: day === days - 1 ? b.hours - 8 * (days - 1) : 8,
          };
        });
      });
      if (bookings.length) await trx.insertInto('hour_bookings').values(bookings).execute();
      if (demo.places.length)
        await trx
          .insertInto('meaningful_places')
          .values(
            demo.places.map((p) => ({
              project_id: projectId,
              kind: p.kind,
              name: p.name,
              meaning: p.meaning,
              for_whom: p.forWhom,
              not_welcome: p.notWelcome,
              activities: p.activities,
              changes_asked: p.changesAsked,
              latitude: p.latitude,
              longitude: p.longitude,
              created_by: userIds.get('communityWorker')!,
            })),
          )
          .execute();
      await addVisits(
        projectId,
        demo,
        addresses.map((a) => a.id),
        households,
      );
    }

    /** Visits with outcomes (and registrations) for the homes of building phases whose visits are done; planned visits for the next. */
    async function addVisits(projectId: string, demo: DemoHomes, addressIds: string[], households: { id: string; pseudonym: string }[]) {
      const pseudonyms = households.map((h) => h.pseudonym);
      const isSpoorbuurt = demo.subNeighbourhoods.length > 0;
      const visitors = isSpoorbuurt
        ? [
            ['siteManager', 'communityWorker'],
            ['siteManager', 'consultant'],
          ]
        : [
            ['siteManager', 'communityWorker'],
            ['contractorSocial', 'consultant'],
          ];
      const form = await trx
        .insertInto('registration_forms')
        .values({ project_id: projectId, version: 1, definition: JSON.stringify(defaultFormDefinition()), created_by: userIds.get('leader')! })
        .returning('id')
        .executeTakeFirstOrThrow();
      const visitRows: {
        project_id: string;
        address_id: string;
        kind: string;
        starts_at: Date;
        ends_at: Date;
        outcome: string | null;
        registered: boolean;
        created_by: string;
      }[] = [];
      const registrations: {
        project_id: string;
        form_id: string;
        client_id: string;
        household_key: string;
        building_phase_id: string | null;
        sub_neighbourhood_id: string | null;
        content: string;
        created_by: string;
      }[] = [];
      // Per building phase whose visits are done, exactly the seeds' share of homes with a conversation.
      const outcomes = new Map<number, VisitOutcome>();
      demo.buildingPhases.forEach((phase, p) => {
        if (phase.actualStart === null) return;
        const homes = demo.homes.flatMap((home, i) => (home.buildingPhase === p ? [i] : []));
        demoOutcomes(homes.length, isSpoorbuurt ? 0.83 : 0.81).forEach((outcome, k) => outcomes.set(homes[k]!, outcome));
      });
      demo.homes.forEach((home, i) => {
        const phase = demo.buildingPhases[home.buildingPhase]!;
        // Visits start four months before the works of the building phase, eight a working day.
        const start = new Date(`${phase.plannedStart}T08:00:00Z`);
        start.setUTCDate(start.getUTCDate() - 120 + Math.floor((i % 160) / 8) + 2 * Math.floor((i % 160) / 40));
        start.setUTCHours(8 + (i % 8));
        const outcome = outcomes.get(i) ?? null;
        visitRows.push({
          project_id: projectId,
          address_id: addressIds[i]!,
          kind: 'joint_intake',
          starts_at: start,
          ends_at: new Date(start.getTime() + 3_600_000),
          outcome,
          registered: outcome === 'completed_with_conversation',
          created_by: userIds.get('leader')!,
        });
        if (outcome === 'completed_with_conversation')
          registrations.push({
            project_id: projectId,
            form_id: form.id,
            client_id: crypto.randomUUID(),
            household_key: pseudonyms[i]!,
            building_phase_id: groupsOf.get(addressIds[i]!)?.buildingPhaseId ?? null,
            sub_neighbourhood_id: groupsOf.get(addressIds[i]!)?.subNeighbourhoodId ?? null,
            content: JSON.stringify(demoRegistration(i, isSpoorbuurt)),
            created_by: userIds.get('communityWorker')!,
          });
      });
      const inserted = await trx.insertInto('visits').values(visitRows).returning('id').execute();
      await trx
        .insertInto('visit_visitors')
        .values(inserted.flatMap((v, i) => visitors[i % 2]!.map((key) => ({ visit_id: v.id, user_id: userIds.get(key)! }))))
        .execute();
      for (let i = 0; i < registrations.length; i += 200)
        await trx
          .insertInto('registrations')
          .values(registrations.slice(i, i + 200))
          .execute();
      const spokenTo = visitRows.flatMap((v, i) => (v.outcome === 'completed_with_conversation' ? [i] : []));
      await addFollowUp(
        projectId,
        isSpoorbuurt,
        spokenTo.map((i) => ({
          household: households[i]!,
          buildingPhaseId: groupsOf.get(addressIds[i]!)?.buildingPhaseId ?? null,
          visitedAt: visitRows[i]!.starts_at,
        })),
      );
      // Residents who said at the door they want to be contacted got a talent card afterwards (their talents copied with consent).
      const consenting = spokenTo.filter((i) => demoRegistration(i, isSpoorbuurt).talentsContactConsent);
      await addTalents(
        projectId,
        isSpoorbuurt,
        consenting.map((i) => ({ index: i, household: households[i]!, talent: demoRegistration(i, isSpoorbuurt).talents, visitedAt: visitRows[i]!.starts_at })),
      );
      if (!isSpoorbuurt)
        await addTodaysVisits(
          projectId,
          spokenTo.slice(0, demoTodaysVisitTimes.length).map((i) => addressIds[i]!),
        );
    }

    /** Follow-up visits today (dated at seeding) by the community worker and the housing consultant. */
    async function addTodaysVisits(projectId: string, addressIds: string[]) {
      const today = todayInAmsterdam();
      const rows = addressIds.map((addressId, k) => {
        const startsAt = fromAmsterdam(`${today}T${demoTodaysVisitTimes[k]!}`);
        return {
          project_id: projectId,
          address_id: addressId,
          kind: 'follow_up',
          starts_at: startsAt,
          ends_at: new Date(startsAt.getTime() + 3_600_000),
          outcome: null,
          registered: false,
          created_by: userIds.get('leader')!,
        };
      });
      const inserted = await trx.insertInto('visits').values(rows).returning('id').execute();
      await trx
        .insertInto('visit_visitors')
        .values(inserted.flatMap((v) => ['communityWorker', 'consultant'].map((key) => ({ visit_id: v.id, user_id: userIds.get(key)! }))))
        .execute();
    }

    /**
     * Talent cards of consenting households and matches between them, as the suggestions propose:
     * the Spoorbuurt's all closed with an outcome, Lankforst's running (some follow-ups overdue).
     */
    async function addTalents(
      projectId: string,
      finished: boolean,
      consenting: { index: number; household: { id: string }; talent: string; visitedAt: Date }[],
    ) {
      if (consenting.length === 0) return;
      const worker = userIds.get('communityWorker')!;
      const day = (date: Date, plusDays = 0) => new Date(date.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10);
      const cards = await trx
        .insertInto('talent_cards')
        .values(
          consenting.map((c) => ({
            project_id: projectId,
            household_id: c.household.id,
            contact_name: demoContact(c.index).name,
            contact_phone: demoContact(c.index).phone,
            ...demoTalentCard(c.index, c.talent),
            consent_given_on: day(c.visitedAt, 7),
            consent_recorded_by: worker,
            created_by: worker,
          })),
        )
        .returning(['id', 'household_id as householdId', 'gives', 'wishes'])
        .execute();
      const matchable = cards.map((c) => ({ ...c, consentWithdrawn: false }));
      const matched = new Set<string>();
      const visitOf = new Map(consenting.map((c) => [c.household.id, c.visitedAt]));
      const today = todayInAmsterdam();
      let n = 0;
      for (const card of matchable) {
        if (n >= 8 || matched.has(card.id)) continue;
        const best = suggestMatches(
          card,
          matchable.filter((c) => !matched.has(c.id)),
        )[0];
        if (!best) continue;
        matched.add(card.id).add(best.card.id);
        const from = visitOf.get(card.householdId)!;
        const on = day(from, 21);
        await trx
          .insertInto('talent_matches')
          .values({
            project_id: projectId,
            card_a_id: card.id,
            card_b_id: best.card.id,
            kind: demoMatchKind(best.shared),
            consent_a_on: on,
            consent_b_on: on,
            // Running matches: every other follow-up lies ahead, the rest is overdue.
            follow_up_on: finished || n % 2 === 0 ? day(from, 35) : day(new Date(`${today}T12:00:00Z`), 10),
            note: 'Kennismaking bij de koffiekar; daarna spreken ze zelf af.',
            outcome: finished ? (n % 3 === 2 ? 'no_click' : 'lasting_contact') : null,
            outcome_note: finished ? (n % 3 === 2 ? 'Het klikte niet; wel gegroet op straat.' : 'Zien elkaar elke week.') : '',
            closed_at: finished ? new Date(from.getTime() + 60 * 86_400_000) : null,
            created_by: worker,
          })
          .execute();
        n++;
      }
    }

    /**
     * Signals, referrals with consent and actions after the conversations: the Spoorbuurt's all
     * answered and finished, Lankforst's under way (some actions overdue, some referrals waiting).
     */
    async function addFollowUp(
      projectId: string,
      finished: boolean,
      spoken: { household: { id: string; pseudonym: string }; buildingPhaseId: string | null; visitedAt: Date }[],
    ) {
      const worker = userIds.get('communityWorker')!;
      const consultant = userIds.get('consultant')!;
      const partners = demoReferralPartners(spoken.length);
      let n = 0;
      for (const [k, { household, buildingPhaseId, visitedAt }] of spoken.entries()) {
        const partner = partners[k];
        if (!partner) continue;
        const story = demoReferralStories[partner];
        const owner = n % 2 === 0 ? worker : consultant;
        const signal = await trx
          .insertInto('signals')
          .values({
            project_id: projectId,
            category: 'care',
            subject: story.subject,
            description: story.signal,
            household_key: household.pseudonym,
            building_phase_id: buildingPhaseId,
            reported_by: owner,
            created_at: visitedAt,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const day = visitedAt.toISOString().slice(0, 10);
        const status = finished ? 'completed' : (['sent', 'accepted', 'completed'] as const)[n % 3]!;
        const answered = status !== 'sent';
        await trx
          .insertInto('referrals')
          .values({
            project_id: projectId,
            household_id: household.id,
            signal_id: signal.id,
            partner_organisation_id: organisationIds.get(partner)!,
            question: story.question,
            share: ['name', 'phone', 'signal'],
            consent_given_on: day,
            consent_recorded_by: owner,
            referred_by: owner,
            status,
            responded_at: answered ? new Date(visitedAt.getTime() + 3 * 86_400_000) : null,
            outcome: status === 'completed' ? (n % 4 === 0 ? 'ongoing_support' : 'helped') : null,
            completed_at: status === 'completed' ? new Date(visitedAt.getTime() + 30 * 86_400_000) : null,
            created_at: visitedAt,
          })
          .execute();
        // Two weeks after the visit where the work is done; open work of a running project falls due
        // around today (one in five a week overdue, the rest in the coming weeks), whenever the demo is seeded.
        const done = finished || status === 'completed';
        const dueFrom = done ? visitedAt : new Date(`${todayInAmsterdam()}T12:00:00Z`);
        const due = new Date(dueFrom.getTime() + (done ? 14 : (n % 5) * 7 - 7) * 86_400_000).toISOString().slice(0, 10);
        await trx
          .insertInto('actions')
          .values({
            project_id: projectId,
            signal_id: signal.id,
            title: story.action,
            owner_id: owner,
            due_on: due,
            status: done ? 'done' : 'open',
            created_by: owner,
            created_at: visitedAt,
          })
          .execute();
        n++;
      }
    }

    /** The activity register of phase 4, with the picture's themes it serves and hours on the phase-4 line. */
    async function addActivities(projectId: string, themes: { name: string; valence: 'promising' | 'concern' }[], activities: DemoActivity[]) {
      await trx
        .insertInto('themes')
        .values(themes.map((t) => ({ project_id: projectId, name: t.name, conditions: ['social_cohesion'], valence: t.valence, created_by: null })))
        .onConflict((oc) => oc.columns(['project_id', 'name']).doNothing())
        .execute();
      const themeIds = new Map(
        (await trx.selectFrom('themes').where('project_id', '=', projectId).select(['id', 'name']).execute()).map((t) => [t.name, t.id]),
      );
      for (const a of activities) {
        const { id } = await trx
          .insertInto('activities')
          .values({
            project_id: projectId,
            kind: a.kind,
            title: a.title,
            description: a.description,
            status: a.status,
            place: a.place,
            starts_on: a.startsOn,
            ends_on: a.endsOn,
            recurrence: a.recurrence,
            recurrence_note: a.recurrenceNote ?? '',
            resident_organisers: a.residentOrganisers,
            resident_organisers_note: a.residentOrganisersNote ?? '',
            budget_euros: a.budgetEuros,
            budget_hours: a.budgetHours,
            lasts: a.successorOwner !== undefined,
            successor_owner: a.successorOwner ?? '',
            created_by: leaderId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('activity_themes')
          .values(a.themes.map((name) => ({ activity_id: id, theme_id: themeIds.get(name)! })))
          .execute();
        await trx
          .insertInto('activity_owners')
          .values(a.owners.map((key) => ({ activity_id: id, user_id: userIds.get(key)! })))
          .execute();
        if (a.partners?.length)
          await trx
            .insertInto('activity_partners')
            .values(
              a.partners.map((p, position) => ({
                activity_id: id,
                position,
                organisation_id: organisationIds.get(p.organisation)!,
                request: p.request,
                requested_on: p.requestedOn,
                decision: p.decision,
                decided_on: p.decidedOn,
                decision_note: p.decisionNote ?? '',
              })),
            )
            .execute();
        if (a.reach?.length)
          await trx
            .insertInto('activity_reach')
            .values(a.reach.map((r) => ({ activity_id: id, held_on: r.heldOn, participants: r.participants, first_timers: r.firstTimers, created_by: null })))
            .execute();
        if (a.hours?.length)
          await trx
            .insertInto('hour_bookings')
            .values(
              a.hours.map((h) => ({
                project_id: projectId,
                user_id: userIds.get('communityWorker')!,
                organisation_id: organisationIds.get('welfare')!,
                phase: 'social_connecting',
                worked_on: h.workedOn,
                hours: h.hours,
                note: a.title,
                activity_id: id,
              })),
            )
            .execute();
      }
    }

    async function addProject(demo: DemoProject, homes: DemoHomes) {
      const projectId = await projects.insert(demo.input, leaderId);
      await projects.replacePartners(
        projectId,
        demo.partners.map((p) => ({ organisationId: organisationIds.get(p.organisation)!, part: p.part })),
      );
      await projects.replaceTeam(
        projectId,
        demo.team.map((key) => ({ userId: userIds.get(key)!, role: demoUsers.find((u) => u.key === key)!.role! })),
      );
      for (const { phase, ...dates } of demo.phases) await projects.savePhase(projectId, phase, dates);
      await projects.saveSocialNotes(projectId, demo.socialNotes, leaderId);
      await addHomes(projectId, homes);
      await recordAudit(trx, { actorUserId: null, action: 'create', resourceType: 'project', resourceId: projectId, projectId, details: { via: 'demo' } });
      return projectId;
    }
    for (const [which, demo, homes] of [
      ['lankforst', lankforst, lankforstHomes],
      ['spoorbuurt', spoorbuurt, spoorbuurtHomes],
    ] as const) {
      const projectId = await addProject(demo, homes);
      await addDemoPrivacyPlan(trx, projectId, which, userIds);
      await addActivities(projectId, demoActivityThemes[which], which === 'lankforst' ? lankforstActivities : spoorbuurtActivities);
      await addDemoActionPlan(trx, projectId, which, userIds);
      if (which === 'spoorbuurt') await addDemoStories(trx, projectId, userIds.get('communityWorker')!);
      await addDemoRipples(trx, projectId, which, userIds);
      await addDemoPreparation(trx, projectId, which, userIds, organisationIds);
      await addDemoInterimEvaluations(trx, projectId, which, userIds);
      if (which === 'spoorbuurt') await addDemoSurveys(trx, projectId, leaderId);
      if (which === 'spoorbuurt') await addDemoBeforeAfter(trx, projectId, userIds.get('communityWorker')!);
      if (which === 'spoorbuurt') await addDemoRetention(trx, projectId);
    }
    return true;
  });
}
