import { trainingTopics, type CommunicationItemInput, type PhaseKey } from '@thuis/domain';
import type { Db } from '../platform/db/database.js';
import { createPreparationRepository } from '../modules/preparation/repository.js';

/** A one-page PDF with a line of text, built by hand (offsets counted) so the demo needs no PDF library. */
export function tinyPdf(line: string): Buffer {
  const text = line.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 14 Tf 72 770 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const tasks: { task: string; org: Partial<Record<PhaseKey, string>> }[] = [
  { task: 'Bewoners informeren over de werkzaamheden', org: { preparation: 'corporation', home_visits: 'contractor', social_connecting: 'contractor' } },
  { task: 'Huisbezoeken plannen en afleggen', org: { home_visits: 'corporation' } },
  { task: 'Buurtbeeld maken en delen', org: { neighbourhood_picture: 'welfare' } },
  { task: 'Activiteiten met bewoners opzetten', org: { social_connecting: 'welfare' } },
  { task: 'Evaluatie en eindrapport', org: { preparation: 'corporation', evaluation: 'welfare' } },
];

const goals = [
  {
    title: 'Bewoners voelen zich gehoord tijdens de renovatie',
    description: 'Elk huishouden krijgt een huisbezoek en weet bij wie het terecht kan.',
    indicator: 'Tevredenheid over de bereikbaarheid van het team in de enquête na afloop.',
  },
  {
    title: 'Meer contact tussen buren',
    description: 'Bewoners leren elkaar kennen via activiteiten in de buurt.',
    indicator: 'Aantal bewoners dat meedoet aan activiteiten; verhalen over nieuw contact.',
  },
];

const communication: (Omit<CommunicationItemInput, 'ownerId'> & { owner: string })[] = [
  { phase: 'preparation', audience: 'Alle bewoners', channel: 'letter', language: 'Nederlands, eenvoudige taal', frequency: 'Eenmalig', owner: 'corporation' },
  {
    phase: 'home_visits',
    audience: 'Bewoners van het blok in uitvoering',
    channel: 'newsletter',
    language: 'Nederlands',
    frequency: 'Maandelijks',
    owner: 'contractor',
  },
  {
    phase: 'neighbourhood_picture',
    audience: 'Bewonersprojectgroep',
    channel: 'meeting',
    language: 'Nederlands',
    frequency: 'Elke zes weken',
    owner: 'welfare',
  },
  { phase: 'social_connecting', audience: 'Alle bewoners', channel: 'app', language: 'Nederlands en Engels', frequency: 'Wekelijks', owner: 'welfare' },
];

/**
 * Phase 1 of both demo projects: orientation (Lankforst), agreements between the core parties with
 * a small PDF, the task matrix, two joint goals, a communication plan and the visitors' training.
 * In the Lankforst one visitor (the contractor's social worker) still misses a topic.
 */
export async function addDemoPreparation(
  trx: Db,
  projectId: string,
  which: 'spoorbuurt' | 'lankforst',
  userIds: Map<string, string>,
  organisationIds: Map<string, string>,
) {
  const repository = createPreparationRepository(trx);
  const leader = userIds.get('leader')!;
  const org = (key: string) => organisationIds.get(key)!;
  const year = which === 'lankforst' ? 2021 : 2017;

  if (which === 'lankforst') {
    await repository.insertMeeting(projectId, leader, {
      heldOn: '2021-06-10',
      place: 'Buurthuis De Ster',
      attendees: 23,
      notes: 'Zorgen over geluid en stof tijdens de werkzaamheden; veel waardering voor de moestuin en de buren die elkaar helpen.',
      themes: ['Overlast tijdens de bouw', 'Eenzaamheid', 'Moestuin als ontmoetingsplek'],
    });
    await repository.insertMeeting(projectId, leader, {
      heldOn: '2021-06-24',
      place: 'Modelwoning Lankforst',
      attendees: 11,
      notes: 'Ouderen willen weten waar ze terecht kunnen met vragen; jongeren missen een plek om samen te komen.',
      themes: ['Eenzaamheid', 'Plek voor jongeren', 'Vragen over de verhuizing'],
    });
  }

  for (const [a, b, signedOn] of [
    ['corporation', 'welfare', `${year}-05-01`],
    ['corporation', 'contractor', `${year}-05-15`],
  ] as const) {
    const id = await repository.insertAgreement(projectId, leader, {
      partyAId: org(a),
      partyBId: org(b),
      signedOn,
      validUntil: `${year + 3}-12-31`,
      note: 'Samenwerkingsovereenkomst met taakverdeling en privacyafspraken.',
    });
    await repository.storeDocument(projectId, id, {
      fileName: `samenwerkingsovereenkomst-${a}-${b}.pdf`,
      type: 'pdf',
      bytes: tinyPdf(`Samenwerkingsovereenkomst ${a} - ${b} (${signedOn})`),
    });
  }

  await repository.replaceTaskMatrix(projectId, {
    rows: tasks.map((t) => ({
      task: t.task,
      organisationIds: {
        preparation: t.org.preparation ? org(t.org.preparation) : null,
        home_visits: t.org.home_visits ? org(t.org.home_visits) : null,
        neighbourhood_picture: t.org.neighbourhood_picture ? org(t.org.neighbourhood_picture) : null,
        social_connecting: t.org.social_connecting ? org(t.org.social_connecting) : null,
        evaluation: t.org.evaluation ? org(t.org.evaluation) : null,
      },
    })),
  });
  await repository.replaceGoals(projectId, { goals: goals.map((g) => ({ ...g, id: null })) });

  for (const { owner, ...item } of communication) await repository.insertCommunication(projectId, leader, { ...item, ownerId: org(owner) }, 'agreed');

  const visitors =
    which === 'lankforst'
      ? ['leader', 'consultant', 'communityWorker', 'siteManager', 'contractorSocial']
      : ['leader', 'consultant', 'communityWorker', 'siteManager'];
  for (const key of visitors)
    for (const [i, topic] of trainingTopics.entries()) {
      // The contractor's social worker joined late: the privacy plan session is still to come.
      if (key === 'contractorSocial' && topic === 'privacy_plan') continue;
      await repository.insertTraining(
        projectId,
        leader,
        { userId: userIds.get(key)!, topic, trainedOn: `${year}-0${6 + Math.floor(i / 2)}-1${i}`, hours: 0 },
        null,
      );
    }
}
