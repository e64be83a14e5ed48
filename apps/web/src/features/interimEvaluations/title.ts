import { useTranslation } from 'react-i18next';
import { phaseKeys, type InterimEvaluation } from '@thuis/domain';

/** "Einde fase 1: Voorbereiding", "Bouwfase: Blok A" or "Jaarevaluatie 2022". */
export function useInterimTitle() {
  const { t } = useTranslation();
  return (e: Pick<InterimEvaluation, 'kind' | 'phase' | 'buildingPhaseName' | 'year'>) => {
    if (e.kind === 'phase_end' && e.phase)
      return t('interimEvaluations.titles.phase_end', { number: phaseKeys.indexOf(e.phase) + 1, name: t(`phases.${e.phase}`) });
    if (e.kind === 'building_phase')
      return t('interimEvaluations.titles.building_phase', { name: e.buildingPhaseName ?? t('interimEvaluations.unknownBuildingPhase') });
    return t('interimEvaluations.titles.yearly', { year: e.year ?? '' });
  };
}
