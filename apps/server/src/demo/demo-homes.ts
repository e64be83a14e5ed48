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
}

export interface DemoHomes {
  buildings: { code: string; name: string }[];
  subNeighbourhoods: string[];
  buildingPhases: DemoBuildingPhase[];
  homes: DemoHome[];
  city: string;
  bookings: { phase: PhaseKey; organisation: 'corporation' | 'welfare'; user: 'leader' | 'consultant' | 'communityWorker'; workedOn: string; hours: number }[];
  budget?: Partial<Record<HourBudgetLineKey, number>>;
}

const surnames = ['Jansen', 'de Boer', 'Yilmaz', 'Bakker', 'Visser', 'El Idrissi', 'Smits', 'Willems', 'Hendriks', 'Kaya', 'van Dijk', 'Peters', 'Mulder', 'Öztürk', 'de Groot', 'Nowak', 'Verhoeven', 'Haddou', 'Janssen', 'van den Heuvel'];
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
  for (const [building, count, buildingPhase] of sizes)
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
    { name: 'Onderhoud blok A-C', intervention: 'major_maintenance_occupied', plannedStart: '2022-03-07', plannedEnd: '2023-06-30', actualStart: '2022-03-14', actualEnd: '2023-07-14' },
    { name: 'Renovatie blok D', intervention: 'renovation_with_relocation', plannedStart: '2027-04-05', plannedEnd: '2027-12-17', actualStart: null, actualEnd: null },
    { name: 'Sloop en nieuwbouw blok E', intervention: 'demolition_new_build', plannedStart: '2027-06-07', plannedEnd: '2028-12-22', actualStart: null, actualEnd: null },
  ],
  homes: buildLankforstHomes(),
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
      const [street, postcode, sub] = streets[Math.floor(index / 100)]!;
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
    { name: 'Bouwfase 1', intervention: 'major_maintenance_occupied', plannedStart: '2017-01-09', plannedEnd: '2017-12-22', actualStart: '2017-01-09', actualEnd: '2017-12-22' },
    { name: 'Bouwfase 2', intervention: 'major_maintenance_occupied', plannedStart: '2018-01-08', plannedEnd: '2018-12-21', actualStart: '2018-01-08', actualEnd: '2018-12-21' },
    { name: 'Bouwfase 3', intervention: 'sustainability', plannedStart: '2019-01-07', plannedEnd: '2019-12-20', actualStart: '2019-01-07', actualEnd: '2019-12-20' },
  ],
  homes: buildSpoorbuurtHomes(),
  bookings: [
    { phase: 'home_visits', organisation: 'welfare', user: 'communityWorker', workedOn: '2017-06-30', hours: 1080 },
    { phase: 'home_visits', organisation: 'corporation', user: 'consultant', workedOn: '2018-06-29', hours: 820 },
    { phase: 'neighbourhood_picture', organisation: 'welfare', user: 'communityWorker', workedOn: '2018-09-28', hours: 110 },
    { phase: 'neighbourhood_picture', organisation: 'corporation', user: 'leader', workedOn: '2019-02-15', hours: 46 },
    // With the 104 h booked on activities of the register (demo-activities.ts): 185 h in phase 4.
    { phase: 'social_connecting', organisation: 'welfare', user: 'communityWorker', workedOn: '2019-06-28', hours: 81 },
    { phase: 'evaluation', organisation: 'corporation', user: 'leader', workedOn: '2019-12-13', hours: 12 },
  ],
};
