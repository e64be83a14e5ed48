import type { ActivityKind, ActivityRecurrence, ActivityStatus, PartnerDecision } from '@thuis/domain';

/**
 * Activities of the register (phase 4), after the handbook's table of examples: the finished
 * Spoorbuurt with its walking club, street party, art work and benches; a few under way in the
 * Lankforst. No names of residents: organisers are a count, reach is counts.
 */
export interface DemoActivity {
  kind: ActivityKind;
  title: string;
  description: string;
  status: ActivityStatus;
  themes: string[];
  place: string;
  startsOn: string | null;
  endsOn: string | null;
  recurrence: ActivityRecurrence;
  recurrenceNote?: string;
  owners: ('leader' | 'consultant' | 'communityWorker')[];
  residentOrganisers: number;
  residentOrganisersNote?: string;
  partners?: { organisation: string; request: string; requestedOn: string; decision: PartnerDecision; decidedOn: string | null; decisionNote?: string }[];
  budgetEuros: number | null;
  budgetHours: number | null;
  /** Hours the community worker booked on it (on the phase-4 line). */
  hours?: { workedOn: string; hours: number }[];
  reach?: { heldOn: string | null; participants: number; firstTimers: number }[];
  successorOwner?: string;
}

/** Themes of the picture the activities serve (created with the demo when not there yet). */
export const demoActivityThemes = {
  spoorbuurt: [
    { name: 'Ontmoeting in de straat', valence: 'promising' as const },
    { name: 'Eenzaamheid onder ouderen', valence: 'concern' as const },
    { name: 'Onveilig gevoel in de achterpaden', valence: 'concern' as const },
  ],
  lankforst: [
    { name: 'Samen iets doen in de buurt', valence: 'promising' as const },
    { name: 'Weinig contact tussen oude en nieuwe bewoners', valence: 'concern' as const },
  ],
};

export const spoorbuurtActivities: DemoActivity[] = [
  {
    kind: 'collective_activity',
    title: 'Wekelijkse wandelclub',
    description: 'Ontstaan bij het koffiedrinken bij de pipowagen. Elke week een wandeling door de buurt en het park, daarna koffie.',
    status: 'done',
    themes: ['Ontmoeting in de straat', 'Eenzaamheid onder ouderen'],
    place: 'Start bij het buurthuis',
    startsOn: '2018-04-05',
    endsOn: '2019-10-31',
    recurrence: 'weekly',
    recurrenceNote: 'donderdagochtend 10.00 uur',
    owners: ['communityWorker'],
    residentOrganisers: 2,
    residentOrganisersNote: 'twee bewoners lopen voorop en houden de groepsapp bij',
    budgetEuros: 150,
    budgetHours: 30,
    hours: [
      { workedOn: '2018-04-05', hours: 8 },
      { workedOn: '2018-06-28', hours: 8 },
      { workedOn: '2019-03-14', hours: 8 },
    ],
    reach: [
      { heldOn: '2018-04-05', participants: 9, firstTimers: 9 },
      { heldOn: '2018-04-12', participants: 11, firstTimers: 3 },
      { heldOn: null, participants: 420, firstTimers: 14 },
    ],
    successorOwner: 'De wandelaars zelf, met het reguliere opbouwwerk als vraagbaak',
  },
  {
    kind: 'collective_activity',
    title: 'Burendag in meerdere straten',
    description: 'Straatfeest op burendag. Bewoners met talenten (muziek, koken) uit het sociaal gesprek zijn gevraagd het in hun eigen straat te organiseren.',
    status: 'done',
    themes: ['Ontmoeting in de straat'],
    place: 'Drie straten in de Spoorbuurt',
    startsOn: '2018-09-22',
    endsOn: '2018-09-22',
    recurrence: 'yearly',
    owners: ['communityWorker'],
    residentOrganisers: 7,
    residentOrganisersNote: 'een groepje per straat',
    partners: [
      {
        organisation: 'municipality',
        request: 'Vergunning om drie straten af te sluiten en een bijdrage uit het buurtbudget',
        requestedOn: '2018-06-01',
        decision: 'approved',
        decidedOn: '2018-07-10',
      },
    ],
    budgetEuros: 900,
    budgetHours: 20,
    hours: [{ workedOn: '2018-09-21', hours: 16 }],
    reach: [{ heldOn: '2018-09-22', participants: 140, firstTimers: 55 }],
    successorOwner: 'Straatcommissies van de bewoners',
  },
  {
    kind: 'collective_activity',
    title: 'Soepie doen: soep uit de kookbakfiets',
    description: 'Soep koken op de kookbakfiets met een pop-up terras; laagdrempelig ontmoeten tijdens de werkzaamheden.',
    status: 'done',
    themes: ['Ontmoeting in de straat', 'Eenzaamheid onder ouderen'],
    place: 'Pleintje bij de modelwoning',
    startsOn: '2018-11-07',
    endsOn: '2019-02-27',
    recurrence: 'monthly',
    owners: ['communityWorker', 'consultant'],
    residentOrganisers: 3,
    budgetEuros: 400,
    budgetHours: 12,
    hours: [{ workedOn: '2018-11-07', hours: 10 }],
    reach: [
      { heldOn: '2018-11-07', participants: 34, firstTimers: 20 },
      { heldOn: '2019-01-09', participants: 27, firstTimers: 6 },
    ],
  },
  {
    kind: 'collective_activity',
    title: 'Kunstwerk van de cheque van de aannemer',
    description:
      'De aannemer schonk een cheque voor de buurt. Een kunstenaar uit de buurt maakte een kunstwerk over de periode van groot onderhoud; het is feestelijk onthuld.',
    status: 'done',
    themes: ['Ontmoeting in de straat'],
    place: 'Gevel van het buurthuis',
    startsOn: '2019-03-01',
    endsOn: '2019-09-20',
    recurrence: 'once',
    owners: ['leader'],
    residentOrganisers: 1,
    residentOrganisersNote: 'een kunstenaar uit de buurt',
    partners: [
      {
        organisation: 'contractor',
        request: 'Cheque voor de buurt besteden aan een kunstwerk',
        requestedOn: '2019-02-01',
        decision: 'approved',
        decidedOn: '2019-02-20',
      },
    ],
    budgetEuros: 5000,
    budgetHours: 24,
    hours: [{ workedOn: '2019-09-20', hours: 20 }],
    reach: [{ heldOn: '2019-09-20', participants: 85, firstTimers: 30 }],
    successorOwner: 'Woonstichting De Linde (onderhoud van het kunstwerk)',
  },
  {
    kind: 'physical_change',
    title: 'Bankjes van de gekapte boom',
    description: 'Een oude boom overleefde het groot onderhoud niet. Van het hout zijn twee bankjes gemaakt, op twee plekken in de buurt neergezet.',
    status: 'done',
    themes: ['Ontmoeting in de straat'],
    place: 'Twee plekken in de buurt',
    startsOn: '2019-04-15',
    endsOn: '2019-06-14',
    recurrence: 'once',
    owners: ['leader', 'communityWorker'],
    residentOrganisers: 4,
    partners: [
      {
        organisation: 'municipality',
        request: 'Toestemming om twee bankjes in de openbare ruimte te plaatsen',
        requestedOn: '2019-04-15',
        decision: 'approved',
        decidedOn: '2019-05-20',
      },
    ],
    budgetEuros: 1200,
    budgetHours: 10,
    hours: [{ workedOn: '2019-06-14', hours: 12 }],
    successorOwner: 'Gemeente Nijmegen, beheer openbare ruimte',
  },
  {
    kind: 'physical_change',
    title: 'Achterpaden schoonmaken en verlichting aanbrengen',
    description: 'Bewoners voelden zich onveilig in de donkere achterpaden. Samen schoongemaakt; daarna is er verlichting geplaatst.',
    status: 'done',
    themes: ['Onveilig gevoel in de achterpaden'],
    place: 'Achterpaden van een aantal woningen',
    startsOn: '2018-10-13',
    endsOn: '2019-01-31',
    recurrence: 'once',
    owners: ['consultant'],
    residentOrganisers: 5,
    partners: [
      {
        organisation: 'municipality',
        request: 'Openbare verlichting in de achterpaden',
        requestedOn: '2018-08-20',
        decision: 'partly_approved',
        decidedOn: '2018-11-15',
        decisionNote: 'Verlichting in de paden die openbaar zijn; de rest via de corporatie.',
      },
    ],
    budgetEuros: 3500,
    budgetHours: 14,
    hours: [{ workedOn: '2018-10-13', hours: 14 }],
    reach: [{ heldOn: '2018-10-13', participants: 23, firstTimers: 8 }],
    successorOwner: 'Woonstichting De Linde',
  },
  {
    kind: 'personal_connection',
    title: 'Buren koppelen voor de tuin en boodschappen',
    description: 'Uit het sociaal gesprek: wie wil helpen en wie hulp kan gebruiken. De opbouwwerker brengt buren met elkaar in contact.',
    status: 'done',
    themes: ['Eenzaamheid onder ouderen'],
    place: '',
    startsOn: '2017-01-09',
    endsOn: '2019-10-31',
    recurrence: 'irregular',
    owners: ['communityWorker'],
    residentOrganisers: 0,
    budgetEuros: null,
    budgetHours: 20,
    hours: [{ workedOn: '2019-05-29', hours: 8 }],
    reach: [{ heldOn: null, participants: 26, firstTimers: 26 }],
  },
];

export const lankforstActivities: DemoActivity[] = [
  {
    kind: 'collective_activity',
    title: 'Poffertjes en vrijheidssoep met de kookbakfiets',
    description: 'Poffertjes bakken en vrijheidssoep uitdelen met een pop-up terras. Aanmeldingen voor de bestaande wandelgroep.',
    status: 'running',
    themes: ['Samen iets doen in de buurt', 'Weinig contact tussen oude en nieuwe bewoners'],
    place: 'Grasveld tussen gebouw B en C',
    startsOn: '2026-05-05',
    endsOn: null,
    recurrence: 'irregular',
    recurrenceNote: 'een paar keer per jaar, bij de start van een bouwstroom',
    owners: ['communityWorker'],
    residentOrganisers: 2,
    budgetEuros: 600,
    budgetHours: 16,
    hours: [{ workedOn: '2026-05-05', hours: 6 }],
    reach: [{ heldOn: '2026-05-05', participants: 48, firstTimers: 17 }],
  },
  {
    kind: 'collective_activity',
    title: 'Samen koffiedrinken bij de pipowagen',
    description: 'Vast inloopmoment bij de pipowagen naast de modelwoning, met de woonconsulent en de opbouwwerker.',
    status: 'running',
    themes: ['Samen iets doen in de buurt'],
    place: 'Pipowagen bij de modelwoning',
    startsOn: '2026-03-04',
    endsOn: null,
    recurrence: 'weekly',
    recurrenceNote: 'woensdagmiddag',
    owners: ['communityWorker', 'consultant'],
    residentOrganisers: 0,
    budgetEuros: 250,
    budgetHours: 40,
    hours: [
      { workedOn: '2026-03-04', hours: 3 },
      { workedOn: '2026-03-11', hours: 3 },
    ],
    reach: [
      { heldOn: '2026-03-04', participants: 12, firstTimers: 12 },
      { heldOn: '2026-03-11', participants: 9, firstTimers: 2 },
    ],
  },
  {
    kind: 'physical_change',
    title: 'Moestuin op het binnenterrein',
    description: 'Idee uit de bewonersprojectgroep: een gezamenlijke moestuin waar nu gras ligt.',
    status: 'proposed',
    themes: ['Samen iets doen in de buurt'],
    place: 'Binnenterrein gebouw A',
    startsOn: '2027-04-01',
    endsOn: null,
    recurrence: 'once',
    owners: ['leader'],
    residentOrganisers: 4,
    residentOrganisersNote: 'vier leden van de bewonersprojectgroep',
    partners: [
      { organisation: 'municipality', request: 'Grond in bruikleen voor een moestuin', requestedOn: '2026-10-01', decision: 'pending', decidedOn: null },
    ],
    budgetEuros: 2000,
    budgetHours: 20,
  },
  {
    kind: 'personal_connection',
    title: 'Nieuwe bewoners voorstellen aan buren',
    description: 'Bij terugkeer in gebouw D een kennismaking met de buren op de galerij.',
    status: 'planned',
    themes: ['Weinig contact tussen oude en nieuwe bewoners'],
    place: 'Gebouw D',
    startsOn: '2027-02-01',
    endsOn: null,
    recurrence: 'irregular',
    owners: ['communityWorker'],
    residentOrganisers: 0,
    budgetEuros: null,
    budgetHours: 10,
  },
];
