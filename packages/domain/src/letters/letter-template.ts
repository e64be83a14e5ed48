import { z } from 'zod';

/** Merge fields a letter can use, written as {{name}} in the template. */
export const mergeFields = ['aanhef', 'adres', 'postcode', 'plaats', 'datum', 'tijd', 'bezoekers', 'project', 'afzender'] as const;
export type MergeField = (typeof mergeFields)[number];
export type MergeValues = Record<MergeField, string>;

const FIELD = /{{\s*([^}]*?)\s*}}/g;

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

Tijdens dit bezoek bekijkt de aannemer uw woning en bespreekt hij wat de werkzaamheden voor u betekenen. Er komt ook iemand mee van het buurtteam van het project: {{bezoekers}}. Met hem of haar kunt u, als u dat wilt, praten over wonen en leven in uw buurt: wat u belangrijk vindt, wat beter kan en waar u misschien aan wilt bijdragen. Dit gesprek is vrijwillig. U bepaalt zelf of u het voert en waarover.

Wat u ons vertelt, schrijven wij zonder uw naam en adres op. Alleen algemene uitkomsten delen wij met de partners van het project, zodat niemand te herkennen is. Wilt u hulp of een doorverwijzing, dan gebeurt dat alleen met uw toestemming. U kunt altijd vragen welke gegevens wij van u hebben.

Komt de afspraak u niet goed uit? Neem dan contact met ons op, dan maken we samen een nieuwe afspraak.

Met vriendelijke groet,

{{afzender}}
Project {{project}}`,
};
