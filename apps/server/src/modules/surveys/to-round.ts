import type { SurveyDefinition, SurveyRound, SurveyTemplate } from '@thuis/domain';

export interface RoundRow {
  id: string;
  template: SurveyTemplate;
  version: number;
  surveyVersionId: string;
  definition: SurveyDefinition;
  buildingPhaseId: string | null;
  buildingPhaseName: string | null;
  opensOn: string;
  closesOn: string;
  responses: number;
  linksIssued: number;
}

/** A round as the API shows it; how many answered is the social team's to see (readers get the protected figures). */
export function toRound(r: RoundRow, team: boolean): SurveyRound {
  return {
    id: r.id,
    template: r.template,
    version: r.version,
    surveyVersionId: r.surveyVersionId,
    title: { nl: r.definition.title.nl, en: r.definition.title.en || r.definition.title.nl },
    buildingPhaseId: r.buildingPhaseId,
    buildingPhaseName: r.buildingPhaseName,
    opensOn: r.opensOn,
    closesOn: r.closesOn,
    responses: team ? r.responses : null,
    linksIssued: team ? r.linksIssued : null,
  };
}
