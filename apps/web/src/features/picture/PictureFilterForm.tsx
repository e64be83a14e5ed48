import { useTranslation } from 'react-i18next';
import { type BuildingPhase, type SubNeighbourhood } from '@thuis/domain';
import { Button, ButtonGroup, SelectField, type Option } from '../../ui';
import { formatNumber } from '../../lib/numbers';
import { hasPictureFilters, pictureFilterKeys, type PictureFilters } from './filters';

export interface FormVersionItem {
  id: string;
  version: number;
  registrationCount: number;
}

/** "Bouwfase: Fase 1 · Leeftijdsgroep: 65 jaar of ouder", or "alle registraties", for the hand-out's heading. */
export function selectionText(
  filters: PictureFilters,
  known: {
    phases: readonly BuildingPhase[];
    subNeighbourhoods: readonly SubNeighbourhood[];
    ageGroups: readonly Option[];
    version: number | null;
    t: (key: string, values?: Record<string, unknown>) => string;
  },
): string {
  const { t } = known;
  const parts: string[] = [];
  const part = (label: string, value: string | undefined) => {
    if (value) parts.push(t('picturePage.selectionPart', { label, value }));
  };
  if (filters.buildingPhaseId) part(t('fields.buildingPhaseId'), known.phases.find((p) => p.id === filters.buildingPhaseId)?.name ?? '–');
  if (filters.subNeighbourhoodId) part(t('fields.subNeighbourhoodId'), known.subNeighbourhoods.find((s) => s.id === filters.subNeighbourhoodId)?.name ?? '–');
  if (filters.ageGroup) part(t('picturePage.ageGroup'), known.ageGroups.find((a) => a.value === filters.ageGroup)?.label ?? filters.ageGroup);
  if (filters.formVersionId) part(t('fields.formVersionId'), known.version === null ? '–' : String(known.version));
  return parts.length > 0 ? parts.join(' · ') : t('picturePage.allRegistrations');
}

export function PictureFilterForm({
  filters,
  phases,
  subNeighbourhoods,
  ageGroups,
  versions,
  onChange,
}: {
  filters: PictureFilters;
  phases: readonly BuildingPhase[];
  subNeighbourhoods: readonly SubNeighbourhood[];
  ageGroups: readonly Option[];
  versions: readonly FormVersionItem[];
  onChange: (changes: Record<string, string | null>) => void;
}) {
  const { t, i18n } = useTranslation();
  // A value from the address that is not (yet) among the options stays visible as it is.
  const withCurrent = (options: readonly Option[], value: string | undefined): Option[] =>
    value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : [...options];
  return (
    <div className="thuis-filter-form thuis-no-print" role="group" aria-label={t('picturePage.filters')}>
      <SelectField
        label={t('fields.buildingPhaseId')}
        placeholder={t('picturePage.allBuildingPhases')}
        value={filters.buildingPhaseId ?? ''}
        onChange={(e) => onChange({ buildingPhaseId: e.target.value })}
        options={withCurrent(
          phases.map((p) => ({ value: p.id, label: p.name })),
          filters.buildingPhaseId,
        )}
      />
      <SelectField
        label={t('fields.subNeighbourhoodId')}
        placeholder={t('picturePage.allSubNeighbourhoods')}
        value={filters.subNeighbourhoodId ?? ''}
        onChange={(e) => onChange({ subNeighbourhoodId: e.target.value })}
        options={withCurrent(
          subNeighbourhoods.map((s) => ({ value: s.id, label: s.name })),
          filters.subNeighbourhoodId,
        )}
      />
      <SelectField
        label={t('picturePage.ageGroup')}
        placeholder={t('picturePage.allAgeGroups')}
        value={filters.ageGroup ?? ''}
        onChange={(e) => onChange({ ageGroup: e.target.value })}
        options={withCurrent(ageGroups, filters.ageGroup)}
      />
      <SelectField
        label={t('fields.formVersionId')}
        placeholder={t('picturePage.allFormVersions')}
        value={filters.formVersionId ?? ''}
        onChange={(e) => onChange({ formVersionId: e.target.value })}
        options={[...versions]
          .sort((a, b) => b.version - a.version)
          .map((v) => ({
            value: v.id,
            label: t('picturePage.formVersionOption', {
              version: v.version,
              count: v.registrationCount,
              number: formatNumber(v.registrationCount, i18n.language),
            }),
          }))}
      />
      {hasPictureFilters(filters) ? (
        <ButtonGroup>
          <Button appearance="subtle" onClick={() => onChange(Object.fromEntries(pictureFilterKeys.map((k) => [k, null])))}>
            {t('picturePage.clearFilters')}
          </Button>
        </ButtonGroup>
      ) : null}
    </div>
  );
}
