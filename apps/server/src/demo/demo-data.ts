import type { OrganisationType, PhaseKey, PhaseStatus, ProjectInput, ProjectRole } from '@thuis/domain';

/** The password of every demo account (README.md lists the log-ins). Never used outside demo mode. */
export const DEMO_PASSWORD = 'thuis-demo-2026';

export const demoOrganisations: { key: string; name: string; type: OrganisationType }[] = [
  { key: 'corporation', name: 'Woonstichting De Linde', type: 'corporation' },
  { key: 'welfare', name: 'Welzijn Nijmegen Samen', type: 'welfare' },
  { key: 'contractor', name: 'Bouwbedrijf Van den Berg', type: 'contractor' },
  { key: 'municipality', name: 'Gemeente Nijmegen', type: 'municipality' },
  { key: 'neighbourhoodTeam', name: 'Buurtteam Dukenburg', type: 'neighbourhood_team' },
  { key: 'debtHelp', name: 'Schuldhulp Nijmegen', type: 'care_partner' },
  { key: 'residents', name: 'Bewonersprojectgroep Lankforst', type: 'residents_group' },
];

export interface DemoUser {
  key: string;
  email: string;
  name: string;
  phone: string;
  organisation: string;
  role: ProjectRole | null;
  isAdmin?: boolean;
  canCreateProjects?: boolean;
}

/** One account per role of the role table in DOMAIN.md, plus the administrator. */
export const demoUsers: DemoUser[] = [
  { key: 'admin', email: 'beheerder@thuis.demo', name: 'Bram Beheer', phone: '024 300 00 01', organisation: 'corporation', role: null, isAdmin: true },
  {
    key: 'leader',
    email: 'projectleider@thuis.demo',
    name: 'Sanne de Vries',
    phone: '06 1234 5601',
    organisation: 'corporation',
    role: 'project_leader',
    canCreateProjects: true,
  },
  {
    key: 'consultant',
    email: 'woonconsulent@thuis.demo',
    name: 'Ahmed El Amrani',
    phone: '06 1234 5602',
    organisation: 'corporation',
    role: 'housing_consultant',
  },
  {
    key: 'communityWorker',
    email: 'opbouwwerker@thuis.demo',
    name: 'Marieke Jansen',
    phone: '06 1234 5603',
    organisation: 'welfare',
    role: 'community_worker',
    canCreateProjects: true,
  },
  { key: 'siteManager', email: 'uitvoerder@thuis.demo', name: 'Peter Bosman', phone: '06 1234 5604', organisation: 'contractor', role: 'site_manager' },
  {
    key: 'contractorSocial',
    email: 'aannemer.sociaal@thuis.demo',
    name: 'Lotte Smit',
    phone: '06 1234 5605',
    organisation: 'contractor',
    role: 'contractor_social_worker',
  },
  { key: 'partner', email: 'schuldhulp@thuis.demo', name: 'Karin Visser', phone: '06 1234 5606', organisation: 'debtHelp', role: 'partner_contact' },
  {
    key: 'neighbourhoodTeam',
    email: 'buurtteam@thuis.demo',
    name: 'Youssef Bakker',
    phone: '06 1234 5607',
    organisation: 'neighbourhoodTeam',
    role: 'partner_contact',
  },
  { key: 'residents', email: 'bewoner@thuis.demo', name: 'Els Hendriks', phone: '06 1234 5608', organisation: 'residents', role: 'resident_group' },
  { key: 'policy', email: 'beleid@thuis.demo', name: 'Thomas Mulder', phone: '024 300 00 09', organisation: 'municipality', role: 'policy_viewer' },
];

type PhasePlan = { phase: PhaseKey; plannedStart: string; plannedEnd: string; actualStart: string | null; actualEnd: string | null; status: PhaseStatus };

export interface DemoProject {
  input: ProjectInput;
  partners: { organisation: string; part: 'core' | 'chain' }[];
  team: string[];
  phases: PhasePlan[];
  socialNotes: string;
}

/** Modelled on the Lankforst (Nijmegen, 2021-…): 104 maisonettes in 5 buildings, phase 2 under way. */
export const lankforst: DemoProject = {
  input: {
    name: 'Lankforst: maisonettes',
    neighbourhood: 'Lankforst, Dukenburg',
    municipality: 'Nijmegen',
    description:
      '104 maisonettes in 5 gebouwen: 3 × 24 woningen groot onderhoud in bewoonde staat, 1 × 24 renovatie met uithuisplaatsing, 24 woningen gesloopt en vervangen door 31 appartementen. 120 gesprekken gepland.',
    worksKinds: ['major_maintenance_occupied', 'renovation_with_relocation', 'demolition_new_build'],
    startsOn: '2021-03-01',
    endsOn: '2027-12-31',
    teamPhone: '024 123 45 00',
    teamEmail: 'lankforst@thuis.demo',
  },
  partners: [
    { organisation: 'corporation', part: 'core' },
    { organisation: 'welfare', part: 'core' },
    { organisation: 'contractor', part: 'core' },
    { organisation: 'municipality', part: 'chain' },
    { organisation: 'neighbourhoodTeam', part: 'chain' },
    { organisation: 'debtHelp', part: 'chain' },
    { organisation: 'residents', part: 'chain' },
  ],
  team: ['leader', 'consultant', 'communityWorker', 'siteManager', 'contractorSocial', 'partner', 'neighbourhoodTeam', 'residents', 'policy'],
  phases: [
    { phase: 'preparation', plannedStart: '2021-03-01', plannedEnd: '2021-08-31', actualStart: '2021-03-01', actualEnd: '2021-09-17', status: 'done' },
    { phase: 'home_visits', plannedStart: '2021-09-20', plannedEnd: '2027-03-31', actualStart: '2021-09-20', actualEnd: null, status: 'in_progress' },
    { phase: 'neighbourhood_picture', plannedStart: '2027-01-04', plannedEnd: '2027-04-30', actualStart: null, actualEnd: null, status: 'not_started' },
    { phase: 'social_connecting', plannedStart: '2027-05-01', plannedEnd: '2027-11-30', actualStart: null, actualEnd: null, status: 'not_started' },
    { phase: 'evaluation', plannedStart: '2027-10-01', plannedEnd: '2027-12-31', actualStart: null, actualEnd: null, status: 'not_started' },
  ],
  socialNotes:
    'Afspraak teamoverleg: elke dinsdag om 9.00 uur in de modelwoning. Bij twijfel over een zorgsignaal eerst overleggen met het buurtteam. Gebouw D (renovatie met uithuisplaatsing): bewoners krijgen een extra gesprek over de verhuizing.',
};

/** Modelled on the Spoorbuurt (Nijmegen, 2016-2019): 499 homes in three building phases, finished. */
export const spoorbuurt: DemoProject = {
  input: {
    name: 'Spoorbuurt: groot onderhoud',
    neighbourhood: 'Spoorbuurt',
    municipality: 'Nijmegen',
    description:
      '499 woningen en 2 bedrijfsruimten, in drie bouwfasen van een jaar (180, 170 en 150 adressen). Sociaal gesprek bij 83% van de woningen; 75% van de bewoners is 50 jaar of ouder.',
    worksKinds: ['major_maintenance_occupied', 'sustainability'],
    startsOn: '2016-01-04',
    endsOn: '2019-12-20',
    teamPhone: '024 123 46 00',
    teamEmail: 'spoorbuurt@thuis.demo',
  },
  partners: [
    { organisation: 'corporation', part: 'core' },
    { organisation: 'welfare', part: 'core' },
    { organisation: 'contractor', part: 'core' },
    { organisation: 'municipality', part: 'chain' },
  ],
  team: ['leader', 'consultant', 'communityWorker', 'siteManager'],
  phases: [
    { phase: 'preparation', plannedStart: '2016-01-04', plannedEnd: '2016-06-30', actualStart: '2016-01-04', actualEnd: '2016-07-15', status: 'done' },
    { phase: 'home_visits', plannedStart: '2016-08-29', plannedEnd: '2018-12-21', actualStart: '2016-08-29', actualEnd: '2018-12-21', status: 'done' },
    {
      phase: 'neighbourhood_picture',
      plannedStart: '2017-09-01',
      plannedEnd: '2019-02-28',
      actualStart: '2017-09-04',
      actualEnd: '2019-03-15',
      status: 'done',
    },
    { phase: 'social_connecting', plannedStart: '2018-01-08', plannedEnd: '2019-10-31', actualStart: '2018-01-08', actualEnd: '2019-10-31', status: 'done' },
    { phase: 'evaluation', plannedStart: '2019-09-02', plannedEnd: '2019-12-20', actualStart: '2019-09-02', actualEnd: '2019-12-20', status: 'done' },
  ],
  socialNotes: 'Project afgerond. Het vaste inloopmoment in het buurthuis is overgedragen aan het reguliere opbouwwerk.',
};
