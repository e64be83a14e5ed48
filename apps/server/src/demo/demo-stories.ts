import type { SelectionGroupKind, StoryTellerKind } from '@thuis/domain';
import type { Db } from '../platform/db/database.js';

/**
 * Most Significant Change stories of the finished Spoorbuurt (phase 5): told in the evaluation
 * period by residents, professionals and a partner in answer to "Wat is voor u de belangrijkste
 * verandering in deze periode, en waarom?". No names or addresses: a teller is a kind of person.
 */
interface DemoStory {
  key: string;
  tellerKind: StoryTellerKind;
  /** An activity of the register, by title. */
  activity?: string;
  /** A theme of the picture, by name. */
  theme?: string;
  title: string;
  story: string;
  why: string;
}

const period = { start: '2018-01-08', end: '2019-10-31' };

export const spoorbuurtStories: DemoStory[] = [
  {
    key: 'walk',
    tellerKind: 'resident',
    activity: 'Wekelijkse wandelclub',
    theme: 'Eenzaamheid onder ouderen',
    title: 'Elke donderdag weer een reden om naar buiten te gaan',
    story:
      'Na het overlijden van mijn man kwam ik bijna de deur niet meer uit. Bij het huisbezoek vroegen ze wat ik zou willen, en ik zei: gewoon iemand om mee te wandelen. Nu loop ik elke donderdag mee met de wandelclub en daarna drinken we koffie. Ik ken inmiddels de halve straat.',
    why: 'Ik ben niet meer alleen. Als ik een keer niet kom, belt er iemand om te vragen hoe het gaat.',
  },
  {
    key: 'benches',
    tellerKind: 'resident',
    activity: 'Bankjes van de gekapte boom',
    theme: 'Ontmoeting in de straat',
    title: 'Van een gekapte boom naar een plek om elkaar te treffen',
    story:
      'Iedereen was boos toen de oude boom om moest voor de steigers. Nu staan er bankjes van dat hout en zitten we er op zomeravonden met een paar buren. De kinderen spelen eromheen.',
    why: 'Wat eerst voelde als iets wat ons werd afgenomen, is nu iets van ons allemaal geworden.',
  },
  {
    key: 'lights',
    tellerKind: 'resident',
    activity: 'Achterpaden schoonmaken en verlichting aanbrengen',
    theme: 'Onveilig gevoel in de achterpaden',
    title: 'Weer durven fietsen door het achterpad',
    story:
      'Vroeger liep ik om als het donker was, want in het achterpad lag rommel en was het pikdonker. Met een groep buren hebben we het opgeruimd en de gemeente heeft lampen geplaatst.',
    why: 'Ik voel me veilig in mijn eigen buurt, en ik heb de buren leren kennen met wie ik heb opgeruimd.',
  },
  {
    key: 'party',
    tellerKind: 'resident',
    activity: 'Burendag in meerdere straten',
    theme: 'Ontmoeting in de straat',
    title: 'Nieuwe en oude bewoners aan één lange tafel',
    story:
      'Op burendag stonden de tafels door drie straten heen. Voor het eerst zat ik naast de nieuwe gezinnen die na de renovatie zijn komen wonen. We hebben toen afgesproken om samen de tuinen bij te houden.',
    why: 'De buurt voelde na de verbouwing niet meer als vanouds; sinds die dag weer wel.',
  },
  {
    key: 'handover',
    tellerKind: 'welfare_professional',
    activity: 'Wekelijkse wandelclub',
    title: 'Bewoners dragen het zelf',
    story:
      'In het begin organiseerde ik de wandelclub en zette ik de koffie. Nu lopen twee bewoners voorop, houden zij de groepsapp bij en kom ik alleen nog af en toe kijken.',
    why: 'Het blijft bestaan na het project. Daar doen we het voor: relaties in de buurt die niet van ons afhangen.',
  },
  {
    key: 'complaints',
    tellerKind: 'contractor_professional',
    title: 'Minder klachten door de gesprekken vooraf',
    story:
      'Doordat we samen met de woonconsulent bij de opname aan tafel zaten, wisten we vooraf wie hulp nodig had bij het leeghalen van een kamer en wie slecht ter been was. We hebben de planning daarop aangepast.',
    why: 'Het werk liep soepeler en bewoners voelden zich gehoord. Dat zagen we terug in veel minder klachten tijdens de uitvoering.',
  },
  {
    key: 'physicalSocial',
    tellerKind: 'corporation_professional',
    activity: 'Kunstwerk van de cheque van de aannemer',
    title: 'Stenen en mensen in één plan',
    story:
      'Voor het eerst keken we bij een groot onderhoud niet alleen naar de woningen, maar ook naar wat er in de buurt speelde. De cheque van de aannemer werd een kunstwerk dat bewoners zelf hebben bedacht.',
    why: 'De koppeling tussen het fysieke en het sociale maakt het verschil; dat willen we in het volgende project weer zo doen.',
  },
  {
    key: 'shortLines',
    tellerKind: 'partner',
    theme: 'Eenzaamheid onder ouderen',
    title: 'Korte lijnen naar het buurtteam',
    story:
      'Het buurtteam kreeg doorverwijzingen van mensen die we zelf nooit hadden bereikt. Omdat we de opbouwwerker en de woonconsulent kenden, konden we snel overleggen wie wat oppakte.',
    why: 'Hulp kwam eerder op gang, voordat problemen groot werden.',
  },
];

interface DemoRound {
  groupKind: SelectionGroupKind;
  heldOn: string;
  participants: number;
  note: string;
  reviewed: string[];
  selected: { story: string; reason: string }[];
}

export const spoorbuurtRound: DemoRound = {
  groupKind: 'resident_project_group',
  heldOn: '2019-11-12',
  participants: 7,
  note: 'Eindevaluatie in het wijkcentrum: de verhalen zijn voorgelezen, daarna is in twee rondes gekozen.',
  reviewed: spoorbuurtStories.map((s) => s.key),
  selected: [
    { story: 'walk', reason: 'Eenzaamheid was bij de start het grootste zorgpunt in de huisbezoeken. Dit verhaal laat zien dat daar echt iets is veranderd.' },
    { story: 'handover', reason: 'Het laat zien dat wat is opgebouwd blijft bestaan nu het project is afgelopen, omdat bewoners het zelf dragen.' },
  ],
};

/** The Spoorbuurt's stories and its selection round, linked to the register's activities and the picture's themes by name. */
export async function addDemoStories(trx: Db, projectId: string, createdBy: string) {
  const activityIds = new Map(
    (await trx.selectFrom('activities').where('project_id', '=', projectId).select(['id', 'title']).execute()).map((a) => [a.title, a.id]),
  );
  const themeIds = new Map((await trx.selectFrom('themes').where('project_id', '=', projectId).select(['id', 'name']).execute()).map((t) => [t.name, t.id]));
  const storyIds = new Map<string, string>();
  for (const s of spoorbuurtStories) {
    const { id } = await trx
      .insertInto('msc_stories')
      .values({
        project_id: projectId,
        teller_kind: s.tellerKind,
        period_start: period.start,
        period_end: period.end,
        activity_id: s.activity ? activityIds.get(s.activity)! : null,
        theme_id: s.theme ? themeIds.get(s.theme)! : null,
        title: s.title,
        story: s.story,
        why: s.why,
        created_by: createdBy,
        created_at: new Date('2019-10-15T10:00:00Z'),
        updated_at: new Date('2019-10-15T10:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    storyIds.set(s.key, id);
  }
  const round = await trx
    .insertInto('msc_selection_rounds')
    .values({
      project_id: projectId,
      group_kind: spoorbuurtRound.groupKind,
      held_on: spoorbuurtRound.heldOn,
      participants: spoorbuurtRound.participants,
      note: spoorbuurtRound.note,
      created_by: createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const reasons = new Map(spoorbuurtRound.selected.map((s) => [s.story, s.reason]));
  await trx
    .insertInto('msc_round_stories')
    .values(
      spoorbuurtRound.reviewed.map((key) => ({ round_id: round.id, story_id: storyIds.get(key)!, selected: reasons.has(key), reason: reasons.get(key) ?? '' })),
    )
    .execute();
}
