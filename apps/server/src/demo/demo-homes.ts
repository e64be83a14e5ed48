/**
 * Homes, building phases, households and booked hours of the two demo projects, modelled on the
 * seeds: Lankforst 104 maisonettes in 5 buildings; Spoorbuurt 499 homes in three building phases
 * of a year (180, 170 and 150 addresses). Names are invented.
 */
import type { HourBudgetLineKey, PhaseKey } from '@thuis/domain';

export interface DemoBuildingPhase {
  name: string;
  intervention: 'major_maintenance_occupied' | 'sustainability' | 'renovation_with_relocation' | 'demolition_new_build';
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
}

export interface DemoHome {
  unitId: string;
  street: string;
  houseNumber: number;
  addition: string;
  postcode: string;
  building: string | null;
  buildingPhase: number;
  subNeighbourhood: string | null;
  homeType: string;
  /** WGS84; null for homes the corporation's export gave no coordinates (put on the map by a click). */
  latitude: number | null;
  longitude: number | null;
}

/** A meaningful place of the neighbourhood ("betekenisvolle plek"); no resident is named. */
export interface DemoPlace {
  kind: 'community_centre' | 'bench' | 'vegetable_garden' | 'model_home' | 'coffee_cart_spot' | 'square' | 'other';
  name: string;
  meaning: string;
  forWhom: string;
  notWelcome: string;
  activities: string;
  changesAsked: string;
  latitude: number;
  longitude: number;
}

export interface DemoHomes {
  buildings: { code: string; name: string }[];
  subNeighbourhoods: string[];
  buildingPhases: DemoBuildingPhase[];
  homes: DemoHome[];
  places: DemoPlace[];
  city: string;
  bookings: { phase: PhaseKey; organisation: 'corporation' | 'welfare'; user: 'leader' | 'consultant' | 'communityWorker'; workedOn: string; hours: number }[];
  budget?: Partial<Record<HourBudgetLineKey, number>>;
}

const surnames = [
  'Jansen',
  'de Boer',
  'Yilmaz',
  'Bakker',
  'Visser',
  'El Idrissi',
  'Smits',
  'Willems',
  'Hendriks',
  'Kaya',
  'van Dijk',
  'Peters',
  'Mulder',
  'Öztürk',
  'de Groot',
  'Nowak',
  'Verhoeven',
  'Haddou',
  'Janssen',
  'van den Heuvel',
];
/** An invented household name and phone number for a demo home. */
export function demoContact(index: number) {
  return { name: `Fam. ${surnames[index % surnames.length]}`, phone: `06 ${String(20000000 + index * 7919).slice(0, 8)}` };
}

export const demoPracticalNeeds = [
  'Slecht ter been: graag hulp bij het leegruimen van de keuken.',
  'Rolstoelgebruiker: drempels en bereikbaarheid van de voordeur tijdens de werkzaamheden.',
  'Werkt in nachtdienst: liever geen werkzaamheden vóór 10.00 uur.',
  'Waardevolle spullen: een afsluitbare kast gewenst tijdens de werkzaamheden.',
  'Hond in huis: graag vooraf bellen.',
];

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

function buildLankforstHomes(): DemoHome[] {
  const sizes: [string, number, number][] = [
    ['A', 21, 0],
    ['B', 21, 0],
    ['C', 20, 0],
    ['D', 21, 1],
    ['E', 21, 2],
  ];
  const homes: DemoHome[] = [];
  let number = 1;
  for (const [blockIndex, [building, count, buildingPhase]] of sizes.entries())
    for (let i = 0; i < count; i++, number++)
      homes.push({
        unitId: `LF-${String(number).padStart(4, '0')}`,
        street: 'Lankforst',
        houseNumber: Math.floor((number - 1) / 2) * 2 + 10,
        addition: number % 2 ? '' : 'A',
        postcode: number <= 52 ? '6538 GB' : '6538 GC',
        building,
        buildingPhase,
        subNeighbourhood: null,
        homeType: 'maisonnette',
        // Five blocks side by side south of the Lankforst street (Dukenburg, Nijmegen); block E, to be
        // demolished, came without coordinates and waits for a click on the map.
        ...(building === 'E'
          ? { latitude: null, longitude: null }
          : { latitude: round6(51.8198 - 0.00022 * (i % 2)), longitude: round6(5.7925 + 0.0016 * blockIndex + 0.00007 * Math.floor(i / 2)) }),
      });
  return homes;
}

export const lankforstHomes: DemoHomes = {
  city: 'Nijmegen',
  buildings: [
    { code: 'A', name: 'Blok A' },
    { code: 'B', name: 'Blok B' },
    { code: 'C', name: 'Blok C' },
    { code: 'D', name: 'Blok D' },
    { code: 'E', name: 'Blok E' },
  ],
  subNeighbourhoods: [],
  buildingPhases: [
    {
      name: 'Onderhoud blok A-C',
      intervention: 'major_maintenance_occupied',
      plannedStart: '2022-03-07',
      plannedEnd: '2023-06-30',
      actualStart: '2022-03-14',
      actualEnd: '2023-07-14',
    },
    {
      name: 'Renovatie blok D',
      intervention: 'renovation_with_relocation',
      plannedStart: '2027-04-05',
      plannedEnd: '2027-12-17',
      actualStart: null,
      actualEnd: null,
    },
    {
      name: 'Sloop en nieuwbouw blok E',
      intervention: 'demolition_new_build',
      plannedStart: '2027-06-07',
      plannedEnd: '2028-12-22',
      actualStart: null,
      actualEnd: null,
    },
  ],
  homes: buildLankforstHomes(),
  places: [
    {
      kind: 'community_centre',
      name: 'Wijkcentrum Dukenburg',
      meaning: 'Hier komen de bewonersprojectgroep en de taalcursus samen.',
      forWhom: 'Ouderen en nieuwkomers uit de blokken A tot en met C',
      notWelcome: 'Jongeren voelen zich er niet thuis: er is niets voor hen.',
      activities: 'Koffieochtend op dinsdag, taalcafé op donderdag',
      changesAsked: 'Een ingang aan de kant van de Lankforst',
      latitude: 51.8215,
      longitude: 5.7948,
    },
    {
      kind: 'model_home',
      name: 'Modelwoning blok D',
      meaning: 'Bewoners zien hier hoe hun woning na de renovatie wordt.',
      forWhom: 'Huishoudens van blok D',
      notWelcome: '',
      activities: 'Inloop op woensdagmiddag',
      changesAsked: '',
      latitude: 51.8196,
      longitude: 5.7977,
    },
    {
      kind: 'coffee_cart_spot',
      name: 'Koffiekar bij het speelveldje',
      meaning: 'Buren die elkaar niet kennen raken hier aan de praat.',
      forWhom: 'Ouders met jonge kinderen',
      notWelcome: 'Bewoners van blok E komen niet, het is te ver lopen.',
      activities: 'Koffiekar elke vrijdagochtend',
      changesAsked: 'Een bankje in de schaduw',
      latitude: 51.8206,
      longitude: 5.7962,
    },
  ],
  bookings: [
    { phase: 'preparation', organisation: 'corporation', user: 'leader', workedOn: '2021-06-15', hours: 24 },
    { phase: 'preparation', organisation: 'welfare', user: 'communityWorker', workedOn: '2021-06-15', hours: 16 },
    { phase: 'home_visits', organisation: 'corporation', user: 'consultant', workedOn: '2022-01-20', hours: 96 },
    { phase: 'home_visits', organisation: 'welfare', user: 'communityWorker', workedOn: '2022-01-20', hours: 132 },
    { phase: 'home_visits', organisation: 'welfare', user: 'communityWorker', workedOn: '2026-11-10', hours: 18.5 },
  ],
};

function buildSpoorbuurtHomes(): DemoHome[] {
  const streets: [string, string, string][] = [
    ['Spoorstraat', '6512 AA', 'Noord'],
    ['Seinstraat', '6512 AB', 'Noord'],
    ['Wisselstraat', '6512 AC', 'Midden'],
    ['Perronstraat', '6512 AD', 'Midden'],
    ['Dwarsliggerstraat', '6512 AE', 'Zuid'],
  ];
  const homes: DemoHome[] = [];
  const phaseSizes = [180, 170, 150];
  let index = 0;
  phaseSizes.forEach((size, buildingPhase) => {
    for (let i = 0; i < size; i++, index++) {
      const streetIndex = Math.floor(index / 100);
      const [street, postcode, sub] = streets[streetIndex]!;
      const number = index % 100;
      homes.push({
        unitId: `SB-${String(index + 1).padStart(4, '0')}`,
        street,
        houseNumber: (index % 100) + 1,
        addition: '',
        postcode,
        building: null,
        buildingPhase,
        subNeighbourhood: sub,
        homeType: index % 7 === 0 ? 'bovenwoning' : 'eengezinswoning',
        // Five parallel streets of terraced houses, odd numbers on one side, even on the other.
        latitude: round6(51.8455 - 0.0009 * streetIndex - 0.00012 * (number % 2)),
        longitude: round6(5.856 + 0.000055 * Math.floor(number / 2)),
      });
    }
  });
  return homes.slice(0, 499);
}

export const spoorbuurtHomes: DemoHomes = {
  city: 'Nijmegen',
  buildings: [],
  subNeighbourhoods: ['Noord', 'Midden', 'Zuid'],
  buildingPhases: [
    {
      name: 'Bouwfase 1',
      intervention: 'major_maintenance_occupied',
      plannedStart: '2017-01-09',
      plannedEnd: '2017-12-22',
      actualStart: '2017-01-09',
      actualEnd: '2017-12-22',
    },
    {
      name: 'Bouwfase 2',
      intervention: 'major_maintenance_occupied',
      plannedStart: '2018-01-08',
      plannedEnd: '2018-12-21',
      actualStart: '2018-01-08',
      actualEnd: '2018-12-21',
    },
    {
      name: 'Bouwfase 3',
      intervention: 'sustainability',
      plannedStart: '2019-01-07',
      plannedEnd: '2019-12-20',
      actualStart: '2019-01-07',
      actualEnd: '2019-12-20',
    },
  ],
  homes: buildSpoorbuurtHomes(),
  places: [
    {
      kind: 'square',
      name: 'Pleintje aan de Wisselstraat',
      meaning: 'Het hart van de buurt: hier werd het straatfeest na de renovatie gehouden.',
      forWhom: 'Iedereen uit Midden; kinderen spelen er na school',
      notWelcome: "Ouderen zeggen dat het er 's avonds onrustig is.",
      activities: 'Straatfeest, soep van de bakfiets',
      changesAsked: 'Verlichting in de achterpaden, bankjes van de gekapte boom',
      latitude: 51.8437,
      longitude: 5.8585,
    },
    {
      kind: 'vegetable_garden',
      name: 'Moestuin achter de Perronstraat',
      meaning: 'Buren die samen tuinieren kennen elkaar nu bij naam.',
      forWhom: 'Tuinliefhebbers en gezinnen met kinderen',
      notWelcome: '',
      activities: 'Samen tuinieren op zaterdag',
      changesAsked: 'Een waterpunt',
      latitude: 51.8425,
      longitude: 5.8602,
    },
    {
      kind: 'bench',
      name: 'Bankje bij het spoor',
      meaning: 'Een rustplek op de wandelroute van de wandelclub.',
      forWhom: 'Ouderen van de wandelclub',
      notWelcome: '',
      activities: 'Wandelclub op maandag',
      changesAsked: '',
      latitude: 51.8462,
      longitude: 5.8572,
    },
  ],
  bookings: [
    { phase: 'home_visits', organisation: 'welfare', user: 'communityWorker', workedOn: '2017-06-30', hours: 1080 },
    { phase: 'home_visits', organisation: 'corporation', user: 'consultant', workedOn: '2018-06-29', hours: 820 },
    { phase: 'neighbourhood_picture', organisation: 'welfare', user: 'communityWorker', workedOn: '2018-09-28', hours: 110 },
    { phase: 'neighbourhood_picture', organisation: 'corporation', user: 'leader', workedOn: '2019-02-15', hours: 46 },
    // With the 104 h booked on activities of the register (demo-activities.ts): 185 h in phase 4.
    { phase: 'social_connecting', organisation: 'welfare', user: 'communityWorker', workedOn: '2019-06-28', hours: 81 },
    { phase: 'evaluation', organisation: 'corporation', user: 'leader', workedOn: '2019-12-13', hours: 10 },
  ],
};
