import { describe, expect, it } from 'vitest';
import { fitCheckAdvice, fitCheckInput } from './fit-check.js';

const answers = {
  worksKinds: ['major_maintenance_occupied' as const],
  inhabitedSharePercent: 80,
  relocationOrDemolitionOnly: false,
  socialIssues: 'yes' as const,
  partnersAvailable: ['corporation' as const, 'welfare' as const, 'contractor' as const],
};

describe('fitCheckAdvice', () => {
  it('advises go for inhabited renovation with social issues and the core partners', () => {
    expect(fitCheckAdvice(answers)).toEqual({ advice: 'go', concerns: [] });
  });
  it('advises no-go for relocation or demolition only', () => {
    expect(fitCheckAdvice({ ...answers, relocationOrDemolitionOnly: true }).advice).toBe('no_go');
  });
  it('names each concern and advises conditions', () => {
    const result = fitCheckAdvice({ ...answers, inhabitedSharePercent: 30, socialIssues: 'unknown', partnersAvailable: ['corporation'] });
    expect(result.advice).toBe('go_with_conditions');
    expect(result.concerns).toEqual(['fitCheck.concerns.fewInhabited', 'fitCheck.concerns.noSocialIssues', 'fitCheck.concerns.partnersMissing']);
  });
});

describe('fitCheckInput', () => {
  it('asks for the conditions when the decision has them', () => {
    const result = fitCheckInput.safeParse({ ...answers, decision: 'go_with_conditions', notes: '', decidedOn: '2026-01-10' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['notes']);
    expect(fitCheckInput.safeParse({ ...answers, inhabitedSharePercent: 120, decision: 'go', decidedOn: '2026-01-10' }).success).toBe(false);
  });
});
