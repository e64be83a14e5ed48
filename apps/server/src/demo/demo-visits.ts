/**
 * Visits and registrations of the demo projects, invented but shaped like the seeds: Lankforst 81%
 * and Spoorbuurt 83% of homes with a social conversation. Texts are anonymous by construction.
 */
import { defaultFormDefinition, type OpenTextCategory, type RegistrationContent, type VisitOutcome } from '@thuis/domain';

const stories: Record<OpenTextCategory, string[]> = {
  person_obstacles: [
    'Slecht ter been, komt daardoor weinig buiten.',
    'Voelt zich sinds het overlijden van de partner vaak alleen.',
    'Moeite met formulieren en brieven van instanties.',
    'Zorgen over de energierekening.',
    'Werkt veel en heeft weinig tijd voor de buurt.',
  ],
  person_opportunities: [
    'Kookt graag en zou dat voor anderen willen doen.',
    'Heeft vroeger in de bouw gewerkt en klust graag.',
    'Wandelt elke dag en zoekt iemand om mee te lopen.',
    'Spreekt meerdere talen en wil helpen met vertalen.',
    'Heeft een groene vinger en wil de binnentuin opknappen.',
  ],
  environment_obstacles: [
    'Het achterpad is donker en voelt onveilig.',
    'Er is geen plek meer om elkaar te ontmoeten sinds het buurthuis dicht is.',
    'Veel overlast van geparkeerde auto’s op de stoep.',
    'Nieuwe bewoners kennen de buurt nog niet.',
    'Weinig voorzieningen voor jongeren.',
  ],
  environment_opportunities: [
    'Het bankje bij het speelveld is een ontmoetingsplek.',
    'Buren helpen elkaar met boodschappen.',
    'De binnentuin kan een gezamenlijke moestuin worden.',
    'De koffieochtend van de kerk trekt veel ouderen.',
    'Er is behoefte aan een buurtfeest na de renovatie.',
  ],
};
const talents = ['Koken', 'Klussen', 'Tuinieren', 'Vertalen', 'Wandelen', 'Muziek maken', ''];
const ages = ['under_30', '30_49', '50_64', '65_79', '80_plus'];
const households = ['single', 'couple', 'family', 'single_parent', 'other'];
const years = ['under_2', '2_5', '5_10', '10_20', '20_plus'];
const cards = defaultFormDefinition().cards.map((c) => c.key);

/** A deterministic stand-in for chance, so the demo is the same on every machine. */
function pick<T>(items: readonly T[], seed: number): T {
  return items[Math.abs(Math.imul(seed + 1, 2654435761)) % items.length]!;
}

/** The indexes 0…count−1 in an order that looks random but is the same on every machine. */
function shuffled(count: number, salt: number): number[] {
  // A small integer hash (murmur3's finaliser) spreads neighbouring indexes evenly.
  const hash = (index: number) => {
    let h = Math.imul(index ^ salt, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
  };
  return Array.from({ length: count }, (_, i) => i).sort((a, b) => hash(a) - hash(b) || a - b);
}

/**
 * Hands out labels to `count` items spread over the list: each label to exactly its share of the
 * items (rounded to whole items), the rest get `rest`. Exact shares, so the demo's reports show
 * the seeds' percentages rather than something near them.
 */
function allot<T>(count: number, shares: readonly [T, number][], rest: T, salt: number): T[] {
  const labels: T[] = new Array<T>(count).fill(rest);
  let rank = 0;
  const order = shuffled(count, salt);
  for (const [label, share] of shares) for (const end = rank + Math.round(count * share); rank < end && rank < count; rank++) labels[order[rank]!] = label;
  return labels;
}

/**
 * The outcomes of the visits to `count` homes of one building phase: exactly the seeds' share of
 * homes with a social conversation (Spoorbuurt 83%, Lankforst 81%), a few technical intakes only
 * or declined conversations, the rest not at home.
 */
export function demoOutcomes(count: number, conversationShare: number): VisitOutcome[] {
  return allot<VisitOutcome>(
    count,
    [
      ['completed_with_conversation', conversationShare],
      ['technical_only', 0.08],
      ['conversation_declined', 0.05],
    ],
    'not_at_home',
    0x9e3779b9,
  );
}

export function demoRegistration(index: number, olderNeighbourhood: boolean): RegistrationContent {
  const ageList = olderNeighbourhood ? ['50_64', '65_79', '65_79', '80_plus', '30_49'] : ages;
  const talent = pick(talents, index * 5);
  return {
    answers: {
      neighbourhood_satisfaction: 4 + (Math.abs(Math.imul(index, 97)) % 7),
      home_satisfaction: 3 + (Math.abs(Math.imul(index, 61)) % 8),
      contact_with_neighbours: 1 + (Math.abs(Math.imul(index, 13)) % 5),
      age_group: pick(ageList, index * 3),
      household_type: pick(households, index * 11),
      years_in_neighbourhood: pick(years, index * 17),
    },
    cards: [...new Set([pick(cards, index), pick(cards, index * 7 + 3)])],
    openText: {
      person_obstacles: pick(stories.person_obstacles, index * 2),
      person_opportunities: pick(stories.person_opportunities, index * 3 + 1),
      environment_obstacles: pick(stories.environment_obstacles, index * 5 + 2),
      environment_opportunities: pick(stories.environment_opportunities, index * 7 + 4),
    },
    talents: talent,
    talentsContactConsent: talent !== '' && index % 2 === 0,
    summary: `${pick(['Tevreden', 'Redelijk tevreden', 'Wisselend tevreden'], index)} over de buurt; ${pick(['wil graag meedoen', 'zoekt meer contact', 'maakt zich zorgen over de werkzaamheden', 'heeft praktische hulp nodig'], index * 3)}.`,
  };
}

/**
 * Which partner each of `count` households spoken to was referred to, in the proportions of the
 * workshop's table (THEMA dreven, of households spoken to): debt help 9%, work and income 6%,
 * neighbourhood team 3%; most households are referred nowhere.
 */
export function demoReferralPartners(count: number): ('debtHelp' | 'municipality' | 'neighbourhoodTeam' | null)[] {
  return allot<'debtHelp' | 'municipality' | 'neighbourhoodTeam' | null>(
    count,
    [
      ['debtHelp', 0.09],
      ['municipality', 0.06],
      ['neighbourhoodTeam', 0.03],
    ],
    null,
    0x5bd1e995,
  );
}

/** Anonymous signal texts per partner a referral goes to, and the resident's question. */
export const demoReferralStories = {
  debtHelp: {
    subject: 'financial',
    signal: 'Achterstand met de huur en de energierekening; post blijft ongeopend liggen.',
    question: 'Wil hulp bij het op orde brengen van de rekeningen.',
    action: 'Navragen of het eerste gesprek met schuldhulp is geweest',
  },
  municipality: {
    subject: 'financial',
    signal: 'Inkomen is sinds kort weggevallen; weet niet welke regelingen er zijn.',
    question: 'Wil weten op welke regelingen recht bestaat en hulp bij de aanvraag.',
    action: 'Samen met formulierenhulp de aanvraag nalopen',
  },
  neighbourhoodTeam: {
    subject: 'psychological',
    signal: 'Komt nauwelijks buiten en lijkt somber; weinig contact met familie.',
    question: 'Zoekt iemand om mee te praten en wil weer meedoen in de buurt.',
    action: 'Uitnodigen voor de koffieochtend en het buurtteam terugbellen',
  },
} as const;

/** What a consenting resident would like and its limits, for the demo's talent cards (no names). */
const talentWishes = [
  'Hulp bij klussen in huis',
  'Samen wandelen in het park',
  'Iemand die af en toe kookt',
  'Hulp in de tuin, tuinieren lukt niet meer',
  'Muziek maken met anderen',
  'Hulp bij het vertalen van brieven',
];
const talentLimits = ['Alleen overdag', 'Niet meer dan een uur per week', 'Niet in het weekend', ''];

export function demoTalentCard(index: number, talent: string) {
  return {
    gives: talent ? `${talent}; doe ik graag voor een buur.` : '',
    wishes: pick(talentWishes, index * 7 + 1),
    limits: pick(talentLimits, index * 3 + 2),
  };
}

/** The kind of a match by what the two share: company and hobbies, otherwise practical help. */
export function demoMatchKind(shared: readonly string[]): 'practical_help' | 'shared_interest' | 'company' {
  if (shared.some((w) => w === 'wandelen' || w === 'muziek')) return 'shared_interest';
  if (shared.some((w) => w === 'koken')) return 'company';
  return 'practical_help';
}

/**
 * The follow-up visits of the demo's running project on the day it is seeded (Amsterdam times), so
 * the community worker and the housing consultant open it on a day with work at the door.
 */
export const demoTodaysVisitTimes = ['09:30', '11:00', '13:30', '15:00'] as const;
