import { z } from 'zod';
import { checkRegistrationContent, question, type ContentProblem, type Question } from '../registrations/form-definition.js';
import { isoDate, uuid } from '../validation/common.js';

/**
 * Surveys over time (phase 5): the neighbourhood-values card (Wijkwaardenkaart) and the satisfaction
 * survey (KTO) after each building phase. A survey definition is versioned like the registration
 * form and uses its question types; a question that shares its key with the registration form
 * (e.g. `neighbourhood_satisfaction`, 1–10) compares the start of the project with its end.
 */
export const surveyTemplates = ['wijkwaarden', 'kto'] as const;
export type SurveyTemplate = (typeof surveyTemplates)[number];

const label = z.object({
  nl: z.string().trim().min(1, 'errors.required').max(300, 'errors.tooLong'),
  en: z.string().trim().max(300, 'errors.tooLong').default(''),
});

export const surveyDefinition = z
  .object({
    title: label,
    intro: label.optional(),
    questions: z.array(question).min(1, 'errors.pickAtLeastOne').max(40),
  })
  .superRefine((form, ctx) => {
    const seen = new Set<string>();
    form.questions.forEach((q, i) => {
      if (seen.has(q.key)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'key'], message: 'errors.duplicate' });
      seen.add(q.key);
      if ('options' in q) {
        const optionKeys = new Set<string>();
        q.options.forEach((o, j) => {
          if (optionKeys.has(o.key)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'options', j, 'key'], message: 'errors.duplicate' });
          optionKeys.add(o.key);
        });
      }
    });
  });
export type SurveyDefinition = z.infer<typeof surveyDefinition>;

/** Answers by question key: a number on a scale, an option key, or option keys. Nothing else is kept. */
export const surveyAnswers = z.record(z.string().max(40), z.union([z.number(), z.string().max(40), z.array(z.string().max(40)).max(30)]));
export type SurveyAnswers = z.infer<typeof surveyAnswers>;

/** Checks answers against the survey version they were given on (the registration form's rules). */
export function checkSurveyAnswers(definition: SurveyDefinition, answers: SurveyAnswers): ContentProblem[] {
  return checkRegistrationContent(
    { questions: definition.questions, cards: [] },
    { answers, cards: [], openText: {}, talents: '', talentsContactConsent: false, summary: '' },
  ).map((p) => ({ ...p, path: p.path.slice(1) }));
}

const l = (nl: string, en: string) => ({ nl, en });
const opt = (key: string, nl: string, en: string) => ({ key, label: l(nl, en) });
const scale = (key: string, nlText: string, enText: string, max: number, low: [string, string], high: [string, string]): Question => ({
  kind: 'scale',
  key,
  label: l(nlText, enText),
  min: 1,
  max,
  minLabel: l(...low),
  maxLabel: l(...high),
  required: false,
});
const agree = (key: string, nlText: string, enText: string) =>
  scale(key, nlText, enText, 5, ['helemaal oneens', 'strongly disagree'], ['helemaal eens', 'strongly agree']);

/**
 * The Wijkwaardenkaart: the collective variant of the "Waarde van Welzijn" cards. Residents say what
 * they value in their neighbourhood and how it stands; also for monitoring and for new residents.
 */
export function wijkwaardenDefinition(): SurveyDefinition {
  return {
    title: l('Wijkwaardenkaart', 'Neighbourhood-values card'),
    intro: l(
      'Wat vindt u belangrijk in uw buurt, en hoe staat het daarmee? Uw antwoorden zijn anoniem.',
      'What do you value in your neighbourhood, and how is it going? Your answers are anonymous.',
    ),
    questions: [
      {
        kind: 'multi',
        key: 'neighbourhood_values',
        label: l('Wat vindt u het belangrijkst in uw buurt? (kies er hoogstens drie)', 'What matters most to you in your neighbourhood? (choose up to three)'),
        options: [
          opt('meeting', 'elkaar ontmoeten', 'meeting each other'),
          opt('helping', 'elkaar helpen', 'helping each other'),
          opt('safety', 'veiligheid', 'safety'),
          opt('green', 'groen en natuur', 'green space and nature'),
          opt('clean', 'schoon en heel', 'clean and well kept'),
          opt('facilities', 'voorzieningen dichtbij', 'facilities nearby'),
          opt('say', 'meedoen en meepraten', 'taking part and having a say'),
          opt('quiet', 'rust', 'peace and quiet'),
          opt('play', 'spelen en ontspannen', 'play and relaxation'),
          opt('health', 'gezond leven', 'healthy living'),
        ],
        required: false,
      },
      scale(
        'neighbourhood_satisfaction',
        'Hoe tevreden bent u over de buurt?',
        'How satisfied are you with the neighbourhood?',
        10,
        ['zeer ontevreden', 'very dissatisfied'],
        ['zeer tevreden', 'very satisfied'],
      ),
      scale(
        'contact_with_neighbours',
        'Hoeveel contact heeft u met buren?',
        'How much contact do you have with neighbours?',
        5,
        ['geen', 'none'],
        ['veel', 'a lot'],
      ),
      agree('feel_at_home', 'Ik voel me thuis in de buurt.', 'I feel at home in the neighbourhood.'),
      agree('feel_safe', 'Ik voel me veilig in de buurt.', 'I feel safe in the neighbourhood.'),
      agree('have_a_say', 'Ik kan meedoen en meepraten over de buurt.', 'I can take part and have a say in the neighbourhood.'),
      agree('neighbours_help', 'Buren helpen elkaar hier.', 'Neighbours here help each other.'),
    ],
  };
}

/** The satisfaction survey (KTO) after a building phase. */
export function ktoDefinition(): SurveyDefinition {
  return {
    title: l('Tevredenheid na de werkzaamheden (KTO)', 'Satisfaction after the works (KTO)'),
    intro: l(
      'Hoe heeft u de werkzaamheden en de begeleiding ervaren? Uw antwoorden zijn anoniem.',
      'How did you experience the works and the support? Your answers are anonymous.',
    ),
    questions: [
      scale(
        'works_satisfaction',
        'Hoe tevreden bent u over de werkzaamheden?',
        'How satisfied are you with the works?',
        10,
        ['zeer ontevreden', 'very dissatisfied'],
        ['zeer tevreden', 'very satisfied'],
      ),
      scale(
        'home_satisfaction',
        'Hoe tevreden bent u nu over uw woning?',
        'How satisfied are you with your home now?',
        10,
        ['zeer ontevreden', 'very dissatisfied'],
        ['zeer tevreden', 'very satisfied'],
      ),
      scale(
        'neighbourhood_satisfaction',
        'Hoe tevreden bent u over de buurt?',
        'How satisfied are you with the neighbourhood?',
        10,
        ['zeer ontevreden', 'very dissatisfied'],
        ['zeer tevreden', 'very satisfied'],
      ),
      scale(
        'contractor_conduct',
        'Hoe tevreden bent u over de omgang met de medewerkers van de aannemer?',
        "How satisfied are you with how the contractor's staff treated you?",
        10,
        ['zeer ontevreden', 'very dissatisfied'],
        ['zeer tevreden', 'very satisfied'],
      ),
      {
        kind: 'choice',
        key: 'informed',
        label: l('Werd u op tijd en duidelijk geïnformeerd?', 'Were you informed clearly and in time?'),
        options: [opt('yes', 'ja', 'yes'), opt('partly', 'deels', 'partly'), opt('no', 'nee', 'no')],
        required: false,
      },
      {
        kind: 'choice',
        key: 'conversation_helped',
        label: l('Had u iets aan het sociale gesprek bij het huisbezoek?', 'Did the social conversation during the home visit help you?'),
        options: [
          opt('yes', 'ja', 'yes'),
          opt('somewhat', 'een beetje', 'somewhat'),
          opt('no', 'nee', 'no'),
          opt('not_had', 'geen gesprek gehad', 'did not have one'),
        ],
        required: false,
      },
      {
        kind: 'choice',
        key: 'recommend',
        label: l('Zou u deze aanpak aanraden aan andere buurten?', 'Would you recommend this approach to other neighbourhoods?'),
        options: [opt('yes', 'ja', 'yes'), opt('unsure', 'weet ik niet', 'not sure'), opt('no', 'nee', 'no')],
        required: false,
      },
    ],
  };
}

export const builtInSurvey: Record<SurveyTemplate, () => SurveyDefinition> = { wijkwaarden: wijkwaardenDefinition, kto: ktoDefinition };

// ---- API contracts ----
export const surveyVersion = z.object({
  id: z.uuid(),
  template: z.enum(surveyTemplates),
  version: z.number().int(),
  definition: surveyDefinition,
  createdAt: z.string(),
});
export type SurveyVersion = z.infer<typeof surveyVersion>;
export const surveyVersionInput = z.object({ template: z.enum(surveyTemplates), definition: surveyDefinition });

export const surveyRoundInput = z
  .object({
    surveyVersionId: uuid,
    /** A building phase, or null for the whole project. */
    buildingPhaseId: uuid.nullable(),
    opensOn: isoDate,
    closesOn: isoDate,
  })
  .refine((r) => r.closesOn >= r.opensOn, { path: ['closesOn'], message: 'errors.endBeforeStart' });
export type SurveyRoundInput = z.infer<typeof surveyRoundInput>;

export const surveyRound = z.object({
  id: z.uuid(),
  template: z.enum(surveyTemplates),
  version: z.number().int(),
  surveyVersionId: z.uuid(),
  title: z.object({ nl: z.string(), en: z.string() }),
  buildingPhaseId: z.uuid().nullable(),
  buildingPhaseName: z.string().nullable(),
  opensOn: z.string(),
  closesOn: z.string(),
  /** Counts for the social team's overview; null outside it. */
  responses: z.number().int().nullable(),
  linksIssued: z.number().int().nullable(),
});
export type SurveyRound = z.infer<typeof surveyRound>;
export const surveyOverview = z.object({
  versions: z.array(surveyVersion),
  rounds: z.array(surveyRound),
  buildingPhases: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type SurveyOverview = z.infer<typeof surveyOverview>;
export const surveyRoundParams = z.object({ id: uuid, roundId: uuid });
export const surveyRoundDetail = surveyRound.extend({ definition: surveyDefinition });
export type SurveyRoundDetail = z.infer<typeof surveyRoundDetail>;

/** An answer on the team's tablet: the round's building phase unless the round is for the whole project. */
export const surveyResponseInput = z.object({ answers: surveyAnswers, buildingPhaseId: uuid.nullable().default(null) });
export const surveyResponseList = z.object({
  responses: z.array(
    z.object({ id: z.uuid(), channel: z.enum(['tablet', 'link']), buildingPhaseId: z.uuid().nullable(), submittedOn: z.string(), answers: surveyAnswers }),
  ),
});

/** The resident's link: the secret travels in the body, never in a URL the server logs. */
export const surveyLinkOpenInput = z.object({ token: z.string().min(20).max(100) });
export const surveyLinkRespondInput = z.object({ token: z.string().min(20).max(100), answers: surveyAnswers });
export const surveyLinkForm = z.object({ definition: surveyDefinition, closesOn: z.string() });
export type SurveyLinkForm = z.infer<typeof surveyLinkForm>;
