import { describe, expect, it } from 'vitest';
import { needsPartnerForFirstVisits, visitInput, visitProgress, visitTeamProblems } from './visits.js';

describe('visitTeamProblems', () => {
  it('accepts the contractor with a community worker for a joint intake, and a trio', () => {
    expect(visitTeamProblems('joint_intake', [{ userId: 'a', role: 'site_manager' }, { userId: 'b', role: 'community_worker' }])).toEqual([]);
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
    const base = { addressId: '00000000-0000-4000-8000-000000000001', kind: 'joint_intake', startsAt: '2026-12-01T09:30', visitorIds: ['00000000-0000-4000-8000-000000000002'] };
    expect(visitInput.safeParse(base).success).toBe(true);
    expect(visitInput.safeParse({ ...base, startsAt: '1-12-2026 9:30' }).success).toBe(false);
    expect(visitInput.safeParse({ ...base, visitorIds: Array(4).fill(base.visitorIds[0]) }).success).toBe(false);
  });
  it('computes shares of homes like the seeds (Lankforst: 81% with a conversation)', () => {
    expect(visitProgress(104, 98, 84)).toEqual({ homes: 104, visited: 98, withConversation: 84, visitedPct: 94, conversationPct: 81 });
    expect(visitProgress(0, 0, 0).conversationPct).toBe(0);
  });
});
