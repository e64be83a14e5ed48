import { describe, expect, it } from 'vitest';
import { projectRoles, socialTeamRoles } from '../access/roles.js';
import { reviewStages } from '../picture/publications.js';
import {
  mayProposeGoals,
  mayReviewPlanStage,
  mayStartPlanVersion,
  planEditable,
  planReviewInput,
  planStageAfter,
  planStagesFor,
  themesOutsideTopLists,
} from './action-plan.js';

describe('the action plan rules', () => {
  it('goes concept → outside reader → resident project group → published on approval, back to a concept when sent back', () => {
    expect(planStageAfter('concept', 'approve')).toBe('outside_reader');
    expect(planStageAfter('outside_reader', 'approve')).toBe('resident_group');
    expect(planStageAfter('resident_group', 'approve')).toBe('published');
    expect(planStageAfter('outside_reader', 'send_back')).toBe('concept');
    expect(planStageAfter('resident_group', 'send_back')).toBe('concept');
    expect(planStageAfter('concept', 'send_back')).toBeNull();
    expect(planStageAfter('published', 'approve')).toBeNull();
  });

  it('lets the resident project group review only its own stage, and nobody a published version', () => {
    for (const stage of reviewStages) expect(mayReviewPlanStage('resident_group', stage), stage).toBe(stage === 'resident_group');
    for (const role of socialTeamRoles)
      expect(reviewStages.filter((s) => mayReviewPlanStage(role, s))).toEqual(['concept', 'outside_reader', 'resident_group']);
    for (const role of ['site_manager', 'contractor_social_worker', 'partner_contact', 'policy_viewer'] as const)
      expect(
        reviewStages.some((s) => mayReviewPlanStage(role, s)),
        role,
      ).toBe(false);
  });

  it('edits goals only in a concept, by the team and the resident project group', () => {
    expect(reviewStages.filter(planEditable)).toEqual(['concept']);
    expect(projectRoles.filter(mayProposeGoals)).toEqual([...socialTeamRoles, 'resident_group']);
  });

  it('shows concepts to the team and the resident project group, and only what is published to the rest', () => {
    expect(planStagesFor('community_worker')).toEqual(reviewStages);
    expect(planStagesFor('resident_group')).toEqual(['concept', 'resident_group', 'published']);
    for (const role of ['site_manager', 'partner_contact', 'policy_viewer'] as const) expect(planStagesFor(role)).toEqual(['published']);
    expect(planStagesFor(null)).toEqual(['published']);
  });

  it('starts a new version only when none is under way', () => {
    expect(mayStartPlanVersion([])).toBe(true);
    expect(mayStartPlanVersion(['published', 'published'])).toBe(true);
    expect(mayStartPlanVersion(['published', 'resident_group'])).toBe(false);
  });

  it('links goals only to themes of the top 5 lists', () => {
    expect(themesOutsideTopLists(['a', 'x', 'c'], { promising: ['a'], concern: ['c'] })).toEqual([1]);
  });

  it('asks for remarks when a version is sent back', () => {
    const refused = planReviewInput.safeParse({ decision: 'send_back', note: '  ' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({ path: ['note'], message: 'errors.required' });
    expect(planReviewInput.parse({ decision: 'approve' })).toEqual({ decision: 'approve', note: '' });
  });
});
