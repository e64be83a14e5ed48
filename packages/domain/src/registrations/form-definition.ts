import { z } from 'zod';
import { longPageLimit } from '../validation/long-page-limit.js';
import { cursorTimestamp, keysetCursor, pageOf } from '../validation/paging.js';

/**
 * The registration form of the social conversation. A project edits its form; every change makes a
 * new version and every registration keeps the version it was made with. Questions keep stable keys
 * so answers can be compared across versions.
 */
export const openTextCategories = ['person_obstacles', 'person_opportunities', 'environment_obstacles', 'environment_opportunities'] as const;
export type OpenTextCategory = (typeof openTextCategories)[number];

const key = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'errors.questionKey');
const label = z.object({
  nl: z.string().trim().min(1, 'errors.required').max(300, 'errors.tooLong'),
  en: z.string().trim().max(300, 'errors.tooLong').default(''),
});
const optionKey = z.string().regex(/^[a-z0-9][a-z0-9_]{0,39}$/, 'errors.questionKey');
const option = z.object({ key: optionKey, label });

export const question = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('scale'),
    key,
    label,
    min: z.number().int().min(0).max(1),
    max: z.number().int().min(2).max(10),
    minLabel: label.optional(),
    maxLabel: label.optional(),
    required: z.boolean().default(false),
  }),
  z.object({ kind: z.literal('choice'), key, label, options: z.array(option).min(2, 'errors.twoOptions').max(20), required: z.boolean().default(false) }),
  z.object({ kind: z.literal('multi'), key, label, options: z.array(option).min(2, 'errors.twoOptions').max(30), required: z.boolean().default(false) }),
]);
export type Question = z.infer<typeof question>;

export const card = z.object({ key, label, description: label.optional() });
export type Card = z.infer<typeof card>;

export const formDefinition = z
  .object({
    questions: z.array(question).max(40),
    cards: z.array(card).min(1, 'errors.pickAtLeastOne').max(30),
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
    const cardKeys = new Set<string>();
    form.cards.forEach((c, i) => {
      if (cardKeys.has(c.key)) ctx.addIssue({ code: 'custom', path: ['cards', i, 'key'], message: 'errors.duplicate' });
      cardKeys.add(c.key);
    });
  });
export type FormDefinition = z.infer<typeof formDefinition>;

const l = (nl: string, en: string) => ({ nl, en });
const opt = (key: string, nl: string, en: string) => ({ key, label: l(nl, en) });

/**
 * The default form, written for Thuis after the handbook: a few scale questions and background
 * questions, and conversation topics after Nussbaum's ten central capabilities (the basis of the
 * "Waarde van Welzijn" cards).
 */
export function defaultFormDefinition(): FormDefinition {
  return {
    questions: [
      {
        kind: 'scale',
        key: 'neighbourhood_satisfaction',
        label: l('Hoe tevreden bent u over de buurt?', 'How satisfied are you with the neighbourhood?'),
        min: 1,
        max: 10,
        minLabel: l('zeer ontevreden', 'very dissatisfied'),
        maxLabel: l('zeer tevreden', 'very satisfied'),
        required: false,
      },
      {
        kind: 'scale',
        key: 'home_satisfaction',
        label: l('Hoe tevreden bent u over uw woning?', 'How satisfied are you with your home?'),
        min: 1,
        max: 10,
        minLabel: l('zeer ontevreden', 'very dissatisfied'),
        maxLabel: l('zeer tevreden', 'very satisfied'),
        required: false,
      },
      {
        kind: 'scale',
        key: 'contact_with_neighbours',
        label: l('Hoeveel contact heeft u met buren?', 'How much contact do you have with neighbours?'),
        min: 1,
        max: 5,
        minLabel: l('geen', 'none'),
        maxLabel: l('veel', 'a lot'),
        required: false,
      },
      {
        kind: 'choice',
        key: 'age_group',
        label: l('Leeftijdsgroep', 'Age group'),
        options: [
          opt('under_30', 'jonger dan 30', 'under 30'),
          opt('30_49', '30 tot 50', '30 to 49'),
          opt('50_64', '50 tot 65', '50 to 64'),
          opt('65_79', '65 tot 80', '65 to 79'),
          opt('80_plus', '80 of ouder', '80 or older'),
        ],
        required: false,
      },
      {
        kind: 'choice',
        key: 'household_type',
        label: l('Samenstelling huishouden', 'Household composition'),
        options: [
          opt('single', 'alleenstaand', 'single'),
          opt('couple', 'paar zonder thuiswonende kinderen', 'couple without children at home'),
          opt('family', 'gezin met kinderen', 'family with children'),
          opt('single_parent', 'eenoudergezin', 'single parent'),
          opt('other', 'anders', 'other'),
        ],
        required: false,
      },
      {
        kind: 'choice',
        key: 'years_in_neighbourhood',
        label: l('Hoe lang woont u in de buurt?', 'How long have you lived in the neighbourhood?'),
        options: [
          opt('under_2', 'korter dan 2 jaar', 'under 2 years'),
          opt('2_5', '2 tot 5 jaar', '2 to 5 years'),
          opt('5_10', '5 tot 10 jaar', '5 to 10 years'),
          opt('10_20', '10 tot 20 jaar', '10 to 20 years'),
          opt('20_plus', '20 jaar of langer', '20 years or more'),
        ],
        required: false,
      },
    ],
    cards: [
      { key: 'life', label: l('Leven', 'Life'), description: l('Een leven van normale lengte, de moeite waard', 'A life of normal length, worth living') },
      {
        key: 'health',
        label: l('Gezondheid', 'Bodily health'),
        description: l('Goede gezondheid, voeding en onderdak', 'Good health, nourishment and shelter'),
      },
      {
        key: 'safety',
        label: l('Veiligheid', 'Bodily integrity'),
        description: l('Vrij bewegen en veilig zijn, thuis en op straat', 'Moving freely and being safe, at home and outside'),
      },
      {
        key: 'learning',
        label: l('Leren en denken', 'Senses, imagination and thought'),
        description: l('Je zintuigen, verbeelding en verstand gebruiken', 'Using your senses, imagination and mind'),
      },
      {
        key: 'feelings',
        label: l('Gevoelens', 'Emotions'),
        description: l('Gehechtheid, liefde, rouw; niet gehinderd door angst', 'Attachment, love, grief; not blighted by fear'),
      },
      {
        key: 'own_choices',
        label: l('Eigen keuzes', 'Practical reason'),
        description: l('Zelf bepalen wat goed leven voor jou is', 'Deciding for yourself what a good life is'),
      },
      {
        key: 'belonging',
        label: l('Erbij horen', 'Affiliation'),
        description: l('Contact met anderen, respect, niet buitengesloten', 'Living with and for others, respect, not excluded'),
      },
      {
        key: 'nature',
        label: l('Natuur en dieren', 'Other species'),
        description: l('Verbonden met dieren, planten en natuur', 'Concern for animals, plants and nature'),
      },
      { key: 'play', label: l('Ontspanning', 'Play'), description: l('Lachen, spelen, genieten', 'Laughing, playing, enjoying') },
      {
        key: 'control',
        label: l('Invloed op je omgeving', 'Control over your environment'),
        description: l('Meedoen en meepraten; werk, wonen en bezit', 'Taking part and having a say; work, home and property'),
      },
    ],
  };
}

/** The answers a registration holds; keys refer to the form version's questions and cards. */
export const registrationContent = z.object({
  answers: z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string())])).default({}),
  cards: z.array(z.string()).max(30).default([]),
  openText: z.partialRecord(z.enum(openTextCategories), z.string().max(5000, 'errors.tooLong')).default({}),
  talents: z.string().max(2000, 'errors.tooLong').default(''),
  /** The resident agreed to be contacted about their talents and wishes to contribute. */
  talentsContactConsent: z.boolean().default(false),
  summary: z.string().max(3000, 'errors.tooLong').default(''),
});
export type RegistrationContent = z.output<typeof registrationContent>;

export interface ContentProblem {
  path: (string | number)[];
  key: string;
  params?: Record<string, unknown>;
}

/** Checks answers against the form version they were given on. */
export function checkRegistrationContent(form: FormDefinition, content: RegistrationContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const questions = new Map(form.questions.map((q) => [q.key, q]));
  for (const [answerKey, value] of Object.entries(content.answers)) {
    const q = questions.get(answerKey);
    if (!q) {
      problems.push({ path: ['answers', answerKey], key: 'errors.unknownQuestion' });
      continue;
    }
    if (q.kind === 'scale' && !(typeof value === 'number' && Number.isInteger(value) && value >= q.min && value <= q.max))
      problems.push({ path: ['answers', answerKey], key: 'errors.scaleRange', params: { min: q.min, max: q.max } });
    if (q.kind === 'choice' && !(typeof value === 'string' && q.options.some((o) => o.key === value)))
      problems.push({ path: ['answers', answerKey], key: 'errors.choice' });
    if (q.kind === 'multi' && !(Array.isArray(value) && value.every((v) => q.options.some((o) => o.key === v))))
      problems.push({ path: ['answers', answerKey], key: 'errors.choice' });
  }
  for (const q of form.questions) if (q.required && content.answers[q.key] === undefined) problems.push({ path: ['answers', q.key], key: 'errors.required' });
  const cardKeys = new Set(form.cards.map((c) => c.key));
  content.cards.forEach((c, i) => {
    if (!cardKeys.has(c)) problems.push({ path: ['cards', i], key: 'errors.choice' });
  });
  if (content.talentsContactConsent && content.talents.trim() === '') problems.push({ path: ['talents'], key: 'errors.nothingToShare' });
  return problems;
}

export const formVersion = z.object({ id: z.uuid(), version: z.number().int(), definition: formDefinition, createdAt: z.string() });
export type FormVersion = z.infer<typeof formVersion>;
/** Every version with its questions: an import of older registrations maps its columns onto the version it chose. */
export const formVersionList = z.object({ versions: z.array(formVersion.extend({ registrationCount: z.number().int() })) });
export const formDefinitionInput = z.object({ definition: formDefinition });

/** A registration as the tablet sends it; `clientId` makes a retried sync harmless. */
export const registrationInput = z.object({
  formVersionId: z.uuid(),
  /** The visit it follows; the server keeps only the household's pseudonym, never the visit or address. */
  visitId: z.uuid(),
  content: registrationContent,
});
export const registrationParams = z.object({ id: z.uuid(), clientId: z.uuid() });
export const registration = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  formVersion: z.number().int(),
  householdKey: z.string(),
  content: registrationContent,
  createdAt: z.string(),
});
export type Registration = z.infer<typeof registration>;
/** A row of the registration list: which registrations exist, not what they say (the answers stay with the form). */
export const registrationListItem = registration.omit({ content: true });
export const registrationPage = pageOf(registrationListItem);
/** A page of the registration list, newest first: after the time (to the microsecond) and id of the last one shown. */
export const registrationListQuery = z.object({ limit: longPageLimit, cursor: keysetCursor(z.tuple([cursorTimestamp, z.uuid()])) });
