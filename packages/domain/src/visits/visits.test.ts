import { describe, expect, it } from 'vitest';
import type { ProjectRole } from '../access/roles.js';
import {
  contractorSeesVisit,
  needsPartnerForFirstVisits,
  opensOnToday,
  visitInput,
  visitOutcomes,
  visitProgress,
  visitTeamAdvice,
  visitTeamProblems,
  worksOutcome,
  worksProgress,
} from './visits.js';

describe('visitTeamProblems', () => {
  it('accepts the contractor with a community worker for a joint intake, and a trio', () => {
    expect(
      visitTeamProblems('joint_intake', [
        { userId: 'a', role: 'site_manager' },
        { userId: 'b', role: 'community_worker' },
      ]),
    ).toEqual([]);
    expect(
      visitTeamProblems('joint_intake', [
        { userId: 'a', role: 'site_manager' },
        { userId: 'b', role: 'community_worker' },
        { userId: 'c', role: 'housing_consultant' },
      ]),
    ).toEqual([]);
  });
  it('needs the contractor and the social team at a joint intake', () => {
    expect(visitTeamProblems('joint_intake', [{ userId: 'b', role: 'community_worker' }]).map((p) => p.key)).toEqual(['errors.intakeNeedsContractor']);
    expect(visitTeamProblems('joint_intake', [{ userId: 'a', role: 'site_manager' }]).map((p) => p.key)).toEqual(['errors.visitNeedsSocialTeam']);
  });
  it('lets a pair of the social team hold the joint intake (the default kind), advising to add the contractor', () => {
    const pair = [
      { userId: 'b', role: 'community_worker' as const },
      { userId: 'c', role: 'housing_consultant' as const },
    ];
    expect(visitTeamProblems('joint_intake', pair)).toEqual([]);
    expect(visitTeamAdvice('joint_intake', pair)).toEqual(['planWeek.intakeWithoutContractor']);
    expect(visitTeamAdvice('joint_intake', [...pair, { userId: 'a', role: 'site_manager' }])).toEqual([]);
    expect(visitTeamAdvice('follow_up', pair)).toEqual([]);
  });
  it('takes along a partner the household was referred to on a final visit only', () => {
    const visitors = [
      { userId: 's', role: 'community_worker' as const },
      { userId: 'p', role: 'partner_contact' as const },
    ];
    expect(visitTeamProblems('final_visit', visitors, new Set(['p']))).toEqual([]);
    expect(visitTeamProblems('final_visit', visitors, new Set()).map((p) => p.key)).toEqual(['errors.notAVisitor']);
    expect(visitTeamProblems('follow_up', visitors, new Set(['p'])).map((p) => p.key)).toEqual(['errors.notAVisitor']);
    expect(visitTeamProblems('final_visit', [visitors[1]!], new Set(['p'])).map((p) => p.key)).toEqual(['errors.visitNeedsSocialTeam']);
  });
  it('sends no partner contact or resident on a visit', () => {
    expect(visitTeamProblems('follow_up', [{ userId: 'p', role: 'partner_contact' }]).map((p) => [p.path.join('.'), p.key])).toEqual([
      ['visitorIds.0', 'errors.notAVisitor'],
      ['visitorIds', 'errors.visitNeedsSocialTeam'],
    ]);
  });
});

describe('first visits in pairs', () => {
  it('asks for a colleague on the first two conversations only', () => {
    expect(needsPartnerForFirstVisits(0, 1)).toBe(true);
    expect(needsPartnerForFirstVisits(1, 2)).toBe(false);
    expect(needsPartnerForFirstVisits(2, 1)).toBe(false);
  });
});

describe('visit input and progress', () => {
  it('takes a local date and time and at most three visitors', () => {
    const base = {
      addressId: '00000000-0000-4000-8000-000000000001',
      kind: 'joint_intake',
      startsAt: '2026-12-01T09:30',
      visitorIds: ['00000000-0000-4000-8000-000000000002'],
    };
    expect(visitInput.safeParse(base).success).toBe(true);
    expect(visitInput.safeParse({ ...base, startsAt: '1-12-2026 9:30' }).success).toBe(false);
    expect(visitInput.safeParse({ ...base, visitorIds: Array(4).fill(base.visitorIds[0]) }).success).toBe(false);
  });
  it('computes shares of homes like the seeds (Lankforst: 81% with a conversation)', () => {
    expect(visitProgress(104, 98, 84)).toEqual({ homes: 104, visited: 98, withConversation: 84, visitedPct: 94, conversationPct: 81 });
    expect(visitProgress(0, 0, 0).conversationPct).toBe(0);
  });
});

describe('what the contractor is told', () => {
  it('hears "completed" for every visit that took place, never how the social conversation went', () => {
    expect(visitOutcomes.map(worksOutcome)).toEqual(['completed', 'completed', 'completed', 'not_at_home', 'moved', 'cancelled']);
  });

  it('sees joint intakes and visits a contractor goes on, not the social team’s own visits', () => {
    expect(contractorSeesVisit('joint_intake', ['community_worker', 'site_manager'])).toBe(true);
    expect(contractorSeesVisit('follow_up', ['community_worker'])).toBe(false);
    expect(contractorSeesVisit('final_visit', ['community_worker', 'partner_contact'])).toBe(false);
    expect(contractorSeesVisit('new_residents', ['housing_consultant', null])).toBe(false);
    expect(contractorSeesVisit('follow_up', ['housing_consultant', 'contractor_social_worker'])).toBe(true);
  });

  it('gets progress without conversations and without a count from 1 to 4', () => {
    const { groups, total } = worksProgress([
      { homes: 4, visited: 1 },
      { homes: 8, visited: 6 },
      { homes: 40, visited: 30 },
    ]);
    const counts = [...groups, total].flatMap((g) => [g.homes, g.visited, g.withConversation]);
    expect(counts.filter((c) => c !== null && c > 0 && c < 5)).toEqual([]);
    expect(groups[2]).toEqual({ homes: 40, visited: 30, withConversation: null, visitedPct: 75, conversationPct: null });
    expect(total).toMatchObject({ homes: 52, visited: 37 });
    expect(groups[0]).toMatchObject({ homes: null, visited: null, visitedPct: null });
  });
});

describe('opensOnToday', () => {
  it('opens the project on today for the people at the door, not for the project leader, partners or readers', () => {
    const door: ProjectRole[] = ['housing_consultant', 'community_worker', 'site_manager', 'contractor_social_worker'];
    const desk: ProjectRole[] = ['project_leader', 'partner_contact', 'resident_group', 'policy_viewer'];
    expect(door.map(opensOnToday)).toEqual([true, true, true, true]);
    expect(desk.map(opensOnToday)).toEqual([false, false, false, false]);
  });
});
