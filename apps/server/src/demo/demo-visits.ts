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

export function demoOutcome(index: number, conversationShare: number): VisitOutcome {
  // A small integer hash (murmur3's finaliser) spreads neighbouring indexes evenly over [0, 1).
  let h = Math.imul(index ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  const x = (h >>> 0) / 2 ** 32;
  if (x < conversationShare) return 'completed_with_conversation';
  if (x < conversationShare + 0.08) return 'technical_only';
  if (x < conversationShare + 0.13) return 'conversation_declined';
  return 'not_at_home';
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

/** Which partner a household spoken to was referred to, in the proportions of the workshop's table. */
export function demoReferralPartner(index: number): 'debtHelp' | 'municipality' | 'neighbourhoodTeam' | null {
  const x = (Math.abs(Math.imul(index + 7, 2246822519)) % 1000) / 1000;
  if (x < 0.09) return 'debtHelp';
  if (x < 0.15) return 'municipality';
  if (x < 0.18) return 'neighbourhoodTeam';
  return null;
}

/** Anonymous signal texts per partner a referral goes to, and the resident's question. */
export const demoReferralStories = {
  debtHelp: { subject: 'financial', signal: 'Achterstand met de huur en de energierekening; post blijft ongeopend liggen.', question: 'Wil hulp bij het op orde brengen van de rekeningen.', action: 'Navragen of het eerste gesprek met schuldhulp is geweest' },
  municipality: { subject: 'financial', signal: 'Inkomen is sinds kort weggevallen; weet niet welke regelingen er zijn.', question: 'Wil weten op welke regelingen recht bestaat en hulp bij de aanvraag.', action: 'Samen met formulierenhulp de aanvraag nalopen' },
  neighbourhoodTeam: { subject: 'psychological', signal: 'Komt nauwelijks buiten en lijkt somber; weinig contact met familie.', question: 'Zoekt iemand om mee te praten en wil weer meedoen in de buurt.', action: 'Uitnodigen voor de koffieochtend en het buurtteam terugbellen' },
} as const;
