import { z } from 'zod';
import { worksKind } from '../projects/schemas.js';
import { isoDate, optionalText } from '../validation/common.js';

/**
 * The fit check at the start of a project (handbook, phase 1 "Past deze aanpak?" and appendix 1):
 * the approach fits major maintenance or sustainability work on inhabited homes where social issues
 * play, with the core partners on board; it fits badly where residents only move out (relocation or
 * demolition only).
 */
export const fitDecisions = ['go', 'go_with_conditions', 'no_go'] as const;
export type FitDecision = (typeof fitDecisions)[number];
export const socialIssueAnswers = ['yes', 'no', 'unknown'] as const;
export const fitPartnerKinds = ['corporation', 'welfare', 'contractor'] as const;

export const fitCheckInput = z
  .object({
    worksKinds: z.array(worksKind).min(1, 'errors.pickAtLeastOne').max(4),
    inhabitedSharePercent: z.number('errors.number').int('errors.number').min(0, 'errors.percentage').max(100, 'errors.percentage'),
    relocationOrDemolitionOnly: z.boolean(),
    socialIssues: z.enum(socialIssueAnswers, 'errors.choice'),
    partnersAvailable: z.array(z.enum(fitPartnerKinds, 'errors.choice')).max(3),
    decision: z.enum(fitDecisions, 'errors.choice'),
    notes: optionalText(2000).default(''),
    decidedOn: isoDate,
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'go_with_conditions' && !v.notes) ctx.addIssue({ code: 'custom', path: ['notes'], message: 'errors.fitConditionsRequired' });
  });
export type FitCheckInput = z.output<typeof fitCheckInput>;

export const fitCheck = z.object({
  worksKinds: z.array(worksKind),
  inhabitedSharePercent: z.number(),
  relocationOrDemolitionOnly: z.boolean(),
  socialIssues: z.enum(socialIssueAnswers),
  partnersAvailable: z.array(z.enum(fitPartnerKinds)),
  decision: z.enum(fitDecisions),
  notes: z.string(),
  decidedOn: z.string(),
  decidedBy: z.string(),
  /** What the criteria advise, for the decision to be read against. */
  advice: z.enum(fitDecisions),
  concerns: z.array(z.string()),
});
export type FitCheck = z.infer<typeof fitCheck>;
export const fitCheckResponse = z.object({ fitCheck: fitCheck.nullable() });

type Answers = Pick<FitCheckInput, 'worksKinds' | 'inhabitedSharePercent' | 'relocationOrDemolitionOnly' | 'socialIssues' | 'partnersAvailable'>;

/** The criteria's concerns (message keys) and the advice they add up to; the decision stays the team's. */
export function fitCheckAdvice(answers: Answers): { advice: FitDecision; concerns: string[] } {
  if (answers.relocationOrDemolitionOnly) return { advice: 'no_go', concerns: ['fitCheck.concerns.relocationOnly'] };
  const concerns: string[] = [];
  if (answers.inhabitedSharePercent < 50) concerns.push('fitCheck.concerns.fewInhabited');
  if (answers.socialIssues !== 'yes') concerns.push('fitCheck.concerns.noSocialIssues');
  if (fitPartnerKinds.some((k) => !answers.partnersAvailable.includes(k))) concerns.push('fitCheck.concerns.partnersMissing');
  return { advice: concerns.length ? 'go_with_conditions' : 'go', concerns };
}
