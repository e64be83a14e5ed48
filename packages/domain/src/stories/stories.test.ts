import { describe, expect, it } from 'vitest';
import { can, type Actor } from '../access/can.js';
import { projectRoles, socialTeamRoles } from '../access/roles.js';
import {
  compareStories,
  showStoryComparison,
  storyInput,
  storyRoundInput,
  type ComparisonRound,
  type ComparisonStory,
  type StoryTellerKind,
} from './stories.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const tellers = (spec: Partial<Record<StoryTellerKind, number>>, themeId: string | null = null): ComparisonStory[] =>
  Object.entries(spec).flatMap(([kind, n]) => Array.from({ length: n }, () => ({ tellerKind: kind as StoryTellerKind, themeId })));

describe('compareStories', () => {
  it('counts stories told per teller kind and distinct selected stories per kind of group', () => {
    const rounds: ComparisonRound[] = [
      {
        groupKind: 'resident_project_group',
        selected: [
          { storyId: id(1), tellerKind: 'resident' },
          { storyId: id(2), tellerKind: 'welfare_professional' },
        ],
      },
      // A second round of the same kind of group selecting the same resident story again counts it once.
      {
        groupKind: 'resident_project_group',
        selected: [
          { storyId: id(1), tellerKind: 'resident' },
          { storyId: id(3), tellerKind: 'resident' },
        ],
      },
      { groupKind: 'steering_group', selected: [{ storyId: id(2), tellerKind: 'welfare_professional' }] },
    ];
    const result = compareStories(tellers({ resident: 4, welfare_professional: 2, partner: 1 }), rounds);
    expect(result.tellerKinds).toEqual(['resident', 'corporation_professional', 'welfare_professional', 'contractor_professional', 'partner']);
    expect(result.told).toEqual([4, 0, 2, 0, 1]);
    expect(result.rows).toEqual([
      { groupKind: 'resident_project_group', rounds: 2, counts: [2, 0, 1, 0, 0] },
      { groupKind: 'steering_group', rounds: 1, counts: [0, 0, 1, 0, 0] },
    ]);
  });

  it('has no rows before any round was held', () => {
    expect(compareStories(tellers({ resident: 1 }), []).rows).toEqual([]);
  });

  it('counts stories per theme and teller kind, themes in the given order and stories without a theme last', () => {
    const stories = [...tellers({ partner: 1 }), ...tellers({ resident: 2, welfare_professional: 1 }, id(8)), ...tellers({ resident: 1 }, id(9))];
    const result = compareStories(stories, [], [id(9), id(8)]);
    expect(result.byTheme).toEqual([
      { themeId: id(9), counts: [1, 0, 0, 0, 0] },
      { themeId: id(8), counts: [2, 0, 1, 0, 0] },
      { themeId: null, counts: [0, 0, 0, 0, 1] },
    ]);
    expect(result.told).toEqual([3, 0, 1, 0, 1]);
  });
});

describe('showStoryComparison', () => {
  const rounds: ComparisonRound[] = [
    { groupKind: 'resident_project_group', selected: Array.from({ length: 6 }, (_, i) => ({ storyId: id(i), tellerKind: 'resident' as const })) },
    {
      groupKind: 'social_team',
      selected: [
        { storyId: id(20), tellerKind: 'partner' },
        ...Array.from({ length: 6 }, (_, i) => ({ storyId: id(30 + i), tellerKind: 'resident' as const })),
      ],
    },
  ];
  const told = tellers({ resident: 14, partner: 2, welfare_professional: 7 });

  it('gives the social team the exact counts with totals', () => {
    const shown = showStoryComparison(told, rounds, true);
    expect(shown.told).toEqual({ counts: [14, 0, 7, 0, 2], total: 23 });
    expect(shown.selected.rows.map((r) => [r.groupKind, r.counts, r.total])).toEqual([
      ['resident_project_group', [6, 0, 0, 0, 0], 6],
      ['social_team', [6, 0, 0, 0, 1], 7],
    ]);
    expect(shown.selected.total).toBe(13);
    expect(shown.byTheme).toEqual([{ themeId: null, themeName: '', counts: [14, 0, 7, 0, 2], total: 23 }]);
  });

  it('names the themes and protects the stories told per teller kind together with the theme table', () => {
    const stories = [...tellers({ resident: 6, welfare_professional: 5 }, id(1)), ...tellers({ resident: 7, welfare_professional: 2 }, id(2))];
    const shown = showStoryComparison(stories, [], false, [
      { id: id(1), name: 'Ontmoeting' },
      { id: id(2), name: 'Eenzaamheid' },
    ]);
    expect(shown.byTheme.map((r) => r.themeName)).toEqual(['Ontmoeting', 'Eenzaamheid']);
    // Two professionals' stories on loneliness: hidden, and not to be found back from the teller totals either.
    expect(shown.byTheme[1]!.counts[2]).toBeNull();
    const professionals = shown.told.counts[2];
    const other = shown.byTheme[0]!.counts[2];
    expect(professionals === null || other === null).toBe(true);
    expect(shown.told.counts).toEqual([13, 0, professionals, 0, 0]);
  });

  it('hides small counts outside the social team, also where a total would give them away', () => {
    const shown = showStoryComparison(told, rounds, false);
    expect(shown.exact).toBe(false);
    // Two partner stories: hidden, and so is a figure that would give it back by subtraction.
    expect(shown.told.counts[4]).toBeNull();
    const visibleTold = shown.told.counts.filter((c): c is number => c !== null);
    expect(shown.told.total === null || shown.told.counts.some((c, i) => c === null && i !== 4)).toBe(true);
    expect(visibleTold.every((c) => c === 0 || c >= 5)).toBe(true);
    // The one partner story the social team selected.
    const social = shown.selected.rows.find((r) => r.groupKind === 'social_team')!;
    expect(social.counts[4]).toBeNull();
    expect(social.total === null || social.counts[0] === null).toBe(true);
    for (const row of shown.selected.rows) for (const c of row.counts) expect(c === null || c === 0 || c >= 5).toBe(true);
  });
});

describe('story input', () => {
  const valid = {
    tellerKind: 'resident',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    storyTitle: 'Een groet',
    storyText: 'Buren groeten elkaar weer.',
    storyWhy: 'Ik voel me thuis.',
  };
  it('accepts a story and refuses a period that ends before it starts', () => {
    expect(storyInput.safeParse(valid).success).toBe(true);
    const wrong = storyInput.safeParse({ ...valid, periodEnd: '2024-12-31' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]).toMatchObject({ path: ['periodEnd'], message: 'errors.endBeforeStart' });
  });

  it('refuses a selection of a story the group did not read, and a selection without a reason', () => {
    const round = {
      groupKind: 'steering_group',
      heldOn: '2026-01-10',
      participants: 6,
      reviewedStoryIds: [id(1)],
      selections: [{ storyId: id(2), reason: 'Omdat het raakt.' }],
    };
    expect(storyRoundInput.safeParse(round).error?.issues[0]).toMatchObject({ path: ['selections', 0, 'storyId'], message: 'errors.selectedNotReviewed' });
    expect(storyRoundInput.safeParse({ ...round, selections: [{ storyId: id(1), reason: ' ' }] }).error?.issues[0]).toMatchObject({
      path: ['selections', 0, 'reason'],
      message: 'errors.required',
    });
    expect(storyRoundInput.safeParse({ ...round, selections: [{ storyId: id(1), reason: 'Omdat het raakt.' }] }).success).toBe(true);
  });
});

describe('story permissions', () => {
  const actor: Actor = { userId: 'u1', organisationId: 'o1', isAdmin: false, canCreateProjects: false };
  const at = (role: (typeof projectRoles)[number]) => ({ kind: 'project' as const, projectId: 'p1', role });
  it('keeps raw stories to the social team, selected stories to the project without policy, and gives everyone the comparison', () => {
    for (const role of projectRoles) {
      const social = socialTeamRoles.includes(role);
      expect(can(actor, 'stories.read', at(role)), role).toBe(social);
      expect(can(actor, 'stories.write', at(role)), role).toBe(social);
      expect(can(actor, 'stories.selected.read', at(role)), role).toBe(role !== 'policy_viewer');
      expect(can(actor, 'stories.compare', at(role)), role).toBe(true);
      // The resident project group records its own selection rounds; the rest of the project does not.
      expect(can(actor, 'stories.select', at(role)), role).toBe(social || role === 'resident_group');
    }
  });
});
