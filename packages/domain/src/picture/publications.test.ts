import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallChangesFound } from '../privacy/figure-attacker.js';
import { nextReviewStage, pictureContent, posterMeetingOf, publicationInput, reprotectPicture, type PictureSource } from './publications.js';
import type { RegistrationOverview } from '../registrations/overview.js';

const l = (nl: string) => ({ nl, en: nl });
const overview = (registrations: number): RegistrationOverview => ({
  registrations,
  questions: [
    {
      key: 'q',
      kind: 'choice',
      label: l('Woont u hier graag?'),
      versions: [1],
      answered: registrations - 2,
      options: [
        { key: 'yes', label: l('ja'), count: Math.max(0, registrations - 5) },
        { key: 'no', label: l('nee'), count: 3 },
      ],
    },
    {
      key: 'm',
      kind: 'multi',
      label: l('Waar komt u?'),
      versions: [1],
      answered: registrations,
      options: [
        { key: 'park', label: l('park'), count: 20 },
        { key: 'shop', label: l('winkel'), count: 2 },
      ],
    },
  ],
  cards: [],
  texts: { person_obstacles: 0, person_opportunities: 0, environment_obstacles: 0, environment_opportunities: 0, talents: 0 },
});
const source = (registrations: number): PictureSource => ({
  overview: overview(registrations),
  locale: 'nl',
  themes: [
    { id: 't1', name: 'Eenzaamheid', description: '', conditions: ['social_cohesion', 'social_inclusion'], valence: 'concern', households: 12 },
    { id: 't2', name: 'Moestuin', description: '', conditions: ['social_cohesion'], valence: 'promising', households: 3 },
  ],
  topLists: { promising: ['t2'], concern: ['t1'] },
  quotes: [{ text: 'De binnentuin kan een moestuin worden.', themeId: 't2' }],
});

describe('pictureContent', () => {
  it('hides small answers, and what "no answer" would give away, with the small-cell rule', () => {
    const content = pictureContent(source(40)).content;
    expect(content.households).toBe(40);
    const [choice, multi] = content.questions;
    // 35 yes, 3 no, 2 no answer: "no" and "no answer" are hidden together; yes and the total stay.
    expect(choice!.options).toMatchObject([
      { label: 'ja', count: 35 },
      { label: 'nee', count: null },
    ]);
    expect(choice!.noAnswer).toBeNull();
    expect(multi!.options).toMatchObject([
      { label: 'park', count: 20 },
      { label: 'winkel', count: null },
    ]);
  });

  it('shows themes under every condition of social quality they touch, small ones without their number', () => {
    const content = pictureContent(source(40)).content;
    expect(content.themesByCondition.social_cohesion.map((t) => [t.name, t.households])).toEqual([
      ['Eenzaamheid', 12],
      ['Moestuin', null],
    ]);
    expect(content.themesByCondition.social_inclusion.map((t) => t.name)).toEqual(['Eenzaamheid']);
    expect(content.themesByCondition.socio_economic_security).toEqual([]);
    expect(content.topLists).toEqual({ promising: ['Moestuin'], concern: ['Eenzaamheid'] });
    expect(content.quotes).toEqual([{ text: 'De binnentuin kan een moestuin worden.', theme: 'Moestuin' }]);
  });

  it('keeps a theme only in the top list of its own kind', () => {
    const content = pictureContent({ ...source(40), topLists: { promising: ['t2', 't1'], concern: ['t1', 't2', 'unknown'] } }).content;
    expect(content.topLists).toEqual({ promising: ['Moestuin'], concern: ['Eenzaamheid'] });
  });

  it('tells residents what has been done, small numbers not as a number', () => {
    expect(pictureContent({ ...source(40), followUp: { actionsDone: 14, householdsReferred: 6 } }).content.followUp).toEqual({
      actionsDone: 14,
      householdsReferred: 6,
    });
    expect(pictureContent({ ...source(40), followUp: { actionsDone: 3, householdsReferred: 2 } }).content.followUp).toEqual({
      actionsDone: null,
      householdsReferred: null,
    });
    // 38 of 40 referred would tell that 2 were not.
    expect(pictureContent({ ...source(40), followUp: { actionsDone: 50, householdsReferred: 38 } }).content.followUp.householdsReferred).toBeNull();
  });

  it('shows no figures at all for fewer households than the threshold', () => {
    const content = pictureContent(source(4)).content;
    expect(content.households).toBeNull();
    expect(content.questions).toEqual([]);
  });
});

describe('pictureContent against earlier published versions', () => {
  // Three households register between two versions: all 80 or older, all raised a theme nobody had, one referred.
  const before: PictureSource = { ...source(40), followUp: { actionsDone: 20, householdsReferred: 15 } };
  const after: PictureSource = {
    ...before,
    overview: {
      ...overview(43),
      questions: [
        {
          ...overview(43).questions[0]!,
          options: [
            { key: 'yes', label: l('ja'), count: 35 },
            { key: 'no', label: l('nee'), count: 6 },
          ],
        },
        overview(43).questions[1]!,
      ],
    },
    themes: [...before.themes, { id: 't3', name: 'Trap', description: '', conditions: ['social_inclusion'], valence: 'concern', households: 3 }],
    followUp: { actionsDone: 20, householdsReferred: 16 },
  };

  it('hides every figure that changed by fewer than the threshold, and what would give it away', () => {
    const first = pictureContent(before);
    const second = pictureContent(after, { earlier: [first.figures] });
    expect(first.content.households).toBe(40);
    expect(second.content.households).toBeNull();
    expect(second.content.tooFewHouseholds).toBe(false);
    expect(second.content.questions[0]!.options.find((o) => o.label === 'nee')!.count).toBeNull();
    expect(second.content.followUp).toEqual({ actionsDone: 20, householdsReferred: null });
    expect(second.content.themesByCondition.social_inclusion.find((t) => t.name === 'Trap')!.households).toBeNull();
    // What did not change stays: 20 in the park, the loneliness theme's 12 households.
    expect(second.content.questions[1]!.options[0]!.count).toBe(20);
    expect(second.content.themesByCondition.social_cohesion.find((t) => t.name === 'Eenzaamheid')!.households).toBe(12);
  });

  it('protects a version again when it is published after another one, only hiding more', () => {
    const made = pictureContent(after);
    expect(made.content.households).toBe(43);
    const publishedMeanwhile = pictureContent(before);
    const again = reprotectPicture(made.content, made.figures, { earlier: [publishedMeanwhile.figures] })!;
    expect(again.content.households).toBeNull();
    expect(again.figures.hidden).toEqual(expect.arrayContaining([...made.figures.hidden]));
    expect(reprotectPicture(made.content, null)).toBeNull();
  });
});

describe('pictureContent, for any sequence of published versions', () => {
  // A household: its age group (or no answer), the places it goes, the themes it raised, whether it was referred.
  const household = fc.record({
    age: fc.integer({ min: -1, max: 3 }),
    places: fc.subarray(['park', 'shop']),
    themes: fc.subarray(['t1', 't2', 't3']),
    referred: fc.boolean(),
  });
  type Household = { age: number; places: string[]; themes: string[]; referred: boolean };
  const sourceOf = (households: readonly Household[]): PictureSource => ({
    overview: {
      registrations: households.length,
      questions: [
        {
          key: 'age',
          kind: 'choice',
          label: l('Leeftijd'),
          versions: [1],
          answered: households.filter((h) => h.age >= 0).length,
          options: [0, 1, 2, 3].map((a) => ({ key: `a${a}`, label: l(`a${a}`), count: households.filter((h) => h.age === a).length })),
        },
        {
          key: 'm',
          kind: 'multi',
          label: l('Waar'),
          versions: [1],
          answered: households.filter((h) => h.places.length).length,
          options: ['park', 'shop'].map((p) => ({ key: p, label: l(p), count: households.filter((h) => h.places.includes(p)).length })),
        },
      ],
      cards: [],
      texts: { person_obstacles: 0, person_opportunities: 0, environment_obstacles: 0, environment_opportunities: 0, talents: 0 },
    },
    locale: 'nl',
    themes: ['t1', 't2', 't3'].map((id) => ({
      id,
      name: id,
      description: '',
      conditions: ['social_cohesion'],
      valence: 'concern',
      households: households.filter((h) => h.themes.includes(id)).length,
    })),
    topLists: { promising: [], concern: [] },
    quotes: [],
    followUp: { actionsDone: 0, householdsReferred: households.filter((h) => h.referred).length },
  });

  it('lets no figure that changed by 1 to 4 between two published versions be worked out, themes and referrals included', () => {
    fc.assert(
      fc.property(
        fc.array(household, { minLength: 5, maxLength: 40 }),
        fc.array(fc.array(household, { maxLength: 12 }), { minLength: 1, maxLength: 3 }),
        (first, additions) => {
          const published: ReturnType<typeof pictureContent>[] = [];
          let households = first;
          for (const added of [[], ...additions]) {
            households = [...households, ...added];
            published.push(pictureContent(sourceOf(households), { earlier: published.map((p) => p.figures) }));
          }
          const attacked = published.map(({ figures }) => ({
            ...figures,
            shown: Object.fromEntries(Object.keys(figures.values).map((k) => [k, figures.hidden.includes(k) ? null : figures.values[k]!])),
          }));
          for (let j = 1; j < attacked.length; j++) for (let i = 0; i < j; i++) expect(smallChangesFound(attacked[i]!, attacked[j]!, 5)).toEqual([]);
          // "0 households" is never printed for a theme.
          for (const { content } of published) for (const theme of content.themesByCondition.social_cohesion) expect(theme.households).not.toBe(0);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('nextReviewStage', () => {
  it('goes concept → outside reader → resident project group → published, and no further', () => {
    expect(nextReviewStage('concept')).toBe('outside_reader');
    expect(nextReviewStage('outside_reader')).toBe('resident_group');
    expect(nextReviewStage('resident_group')).toBe('published');
    expect(nextReviewStage('published')).toBeNull();
  });
});

describe('a new version', () => {
  it('asks the poster, and only the poster, for the meeting it invites to', () => {
    const paths = (input: object) => (publicationInput.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
    expect(paths({ kind: 'poster', title: 'Praatplaat' })).toEqual([
      ['meetingAt', 'errors.required'],
      ['meetingPlace', 'errors.required'],
      ['meetingContact', 'errors.required'],
    ]);
    expect(paths({ kind: 'poster', title: 'Praatplaat', meetingAt: '15-12-2026 19:30', meetingPlace: 'Buurthuis', meetingContact: 'Buurtteam' })).toEqual([
      ['meetingAt', 'errors.dateTime'],
    ]);
    const poster = publicationInput.parse({
      kind: 'poster',
      title: 'Praatplaat',
      meetingAt: '2026-12-15T19:30',
      meetingPlace: ' Buurthuis ',
      meetingContact: 'Buurtteam',
    });
    expect(posterMeetingOf(poster)).toEqual({ at: '2026-12-15T19:30', place: 'Buurthuis', contact: 'Buurtteam' });
    // The report keeps no meeting, even one filled in before the kind was changed.
    const report = publicationInput.parse({ kind: 'report', title: 'Verslag', meetingPlace: 'Buurthuis' });
    expect(posterMeetingOf(report)).toBeNull();
  });
});
