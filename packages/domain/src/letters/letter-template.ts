import { z } from 'zod';

const FIELD = /{{\s*([^}]*?)\s*}}/g;

/** Merge fields a letter can use, written as {{name}} in the template. */
export const mergeFields = ['aanhef', 'adres', 'postcode', 'plaats', 'datum', 'tijd', 'bezoekers', 'project', 'afzender', 'teamtelefoon', 'teamemail'] as const;
export type MergeField = (typeof mergeFields)[number];
export type MergeValues = Record<MergeField, string>;

/** The merge fields filled from the project's contact details, with the project field each comes from. */
export const projectContactFields = { teamtelefoon: 'teamPhone', teamemail: 'teamEmail' } as const satisfies Partial<Record<MergeField, string>>;

/** Project contact fields a template uses while the project has no value for them: a letter would say "call us on ." */
export function missingProjectContacts(template: string, project: { teamPhone: string; teamEmail: string }): ('teamPhone' | 'teamEmail')[] {
  const used = new Set([...template.matchAll(FIELD)].map((m) => m[1]!));
  return Object.entries(projectContactFields)
    .filter(([field, source]) => used.has(field) && !project[source].trim())
    .map(([, source]) => source);
}

export interface LetterVisitor {
  name: string;
  organisation: string;
}

/**
 * The visitors as the letter names them, "Anna de Vries (Welzijn Nijmegen) en Peter Bosman
 * (Bouwbedrijf Jansen)": the printed letter and the preview both use this.
 */
export function formatVisitors(visitors: readonly LetterVisitor[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(visitors.map((v) => (v.organisation ? `${v.name} (${v.organisation})` : v.name)));
}

/** Merge fields in a template that Thuis does not know, to name them before anyone prints. */
export function unknownMergeFields(template: string): string[] {
  return [...new Set([...template.matchAll(FIELD)].map((m) => m[1]!).filter((name) => !(mergeFields as readonly string[]).includes(name)))];
}

export function mergeLetter(template: string, values: MergeValues): string {
  return template.replace(FIELD, (whole, name: string) => (name in values ? values[name as MergeField] : whole));
}

export const letterTemplateInput = z
  .object({
    subject: z.string().trim().min(1, 'errors.required').max(200, 'errors.tooLong'),
    body: z.string().trim().min(1, 'errors.required').max(10_000, 'errors.tooLong'),
  })
  .superRefine((t, ctx) => {
    for (const field of ['subject', 'body'] as const) {
      const unknown = unknownMergeFields(t[field]);
      if (unknown.length) ctx.addIssue({ code: 'custom', path: [field], message: 'errors.unknownMergeField', params: { fields: unknown.join(', ') } });
    }
  });
export type LetterTemplateInput = z.output<typeof letterTemplateInput>;
export const letterTemplate = z.object({ subject: z.string(), body: z.string(), isDefault: z.boolean() });
export const lettersInput = z.object({ visitIds: z.array(z.uuid()).min(1, 'errors.pickAtLeastOne').max(2000) });

/** The default invitation, written for Thuis after the handbook (phase 2 and its appendix 5). */
export const defaultLetterTemplate: LetterTemplateInput = {
  subject: 'Huisbezoek voor de werkzaamheden aan uw woning',
  body: `Beste {{aanhef}},

Binnenkort starten de werkzaamheden aan uw woning aan de {{adres}}. Om deze goed voor te bereiden komen wij graag bij u langs op {{datum}} om {{tijd}} uur.

U krijgt bezoek van {{bezoekers}}. De aannemer bekijkt uw woning en bespreekt met u wat de werkzaamheden voor u betekenen. Er komt ook een medewerker van het sociale team van het project mee. Met hem of haar kunt u, als u dat wilt, praten over wonen en leven in uw buurt: wat u belangrijk vindt, wat beter kan en waar u misschien aan wilt bijdragen. Dit gesprek is vrijwillig. U bepaalt zelf of u het voert en waarover.

Wat u ons vertelt, schrijven wij zonder uw naam en adres op. Alleen algemene uitkomsten delen wij met de partners van het project, zodat niemand te herkennen is. Wilt u hulp of een doorverwijzing, dan gebeurt dat alleen met uw toestemming. U kunt altijd vragen welke gegevens wij van u hebben.

Komt de afspraak u niet goed uit, of hebt u een vraag? Bel ons dan op {{teamtelefoon}} of mail naar {{teamemail}}. Dan maken we samen een nieuwe afspraak.

Met vriendelijke groet,

{{afzender}}
Project {{project}}`,
};
