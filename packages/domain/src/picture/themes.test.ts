import { describe, expect, it } from 'vitest';
import { proposeTop, themeFrequencies, themeInput, topListInput, type Coding } from './themes.js';

const codings: Coding[] = [
  { registrationId: 'r1', category: 'person_obstacles', themeIds: ['lonely'], unique: false },
  { registrationId: 'r1', category: 'environment_obstacles', themeIds: ['lonely', 'unsafe'], unique: false },
  { registrationId: 'r2', category: 'person_obstacles', themeIds: ['lonely'], unique: true },
  { registrationId: 'r3', category: 'environment_opportunities', themeIds: ['garden'], unique: false },
];
const answers: Record<string, Record<string, unknown>> = {
  r1: { age_group: '65_79', household_type: 'single' },
  r2: { age_group: '80_plus', household_type: 'single' },
  r3: { age_group: '30_49' },
};

describe('themeFrequencies', () => {
  it('counts statements and households per theme, and who says it', () => {
    const [lonely, unsafe, garden] = themeFrequencies(['lonely', 'unsafe', 'garden'], codings, (id) => answers[id], ['age_group', 'household_type']);
    expect(lonely).toEqual({
      themeId: 'lonely',
      statements: 3,
      households: 2,
      breakdowns: { age_group: { '65_79': 1, '80_plus': 1 }, household_type: { single: 2 } },
    });
    expect(unsafe!.households).toBe(1);
    // Without an answer a household still counts, under "".
    expect(garden!.breakdowns.household_type).toEqual({ '': 1 });
  });
});

describe('proposeTop', () => {
  it('proposes the themes of one kind most households speak of, at most five', () => {
    const themes = [
      { id: 'lonely', name: 'Eenzaamheid', valence: 'concern' as const },
      { id: 'unsafe', name: 'Onveilig achterpad', valence: 'concern' as const },
      { id: 'garden', name: 'Binnentuin', valence: 'promising' as const },
      { id: 'unused', name: 'Niet gecodeerd', valence: 'concern' as const },
    ];
    const frequencies = themeFrequencies(
      themes.map((t) => t.id),
      codings,
      (id) => answers[id],
      [],
    );
    expect(proposeTop(themes, frequencies, 'concern')).toEqual(['lonely', 'unsafe']);
    expect(proposeTop(themes, frequencies, 'promising')).toEqual(['garden']);
  });
});

describe('theme and top list input', () => {
  it('needs at least one condition of social quality, and no more than five themes in a top list', () => {
    expect(themeInput.safeParse({ name: 'Eenzaamheid', conditions: [], valence: 'concern' }).error?.issues[0]?.message).toBe('errors.pickAtLeastOne');
    const six = Array.from({ length: 6 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
    expect(topListInput.safeParse({ valence: 'concern', themeIds: six }).error?.issues[0]?.message).toBe('errors.topFive');
  });
});
