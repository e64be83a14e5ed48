import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Building, BuildingPhase, SubNeighbourhood } from '@thuis/domain';
import { Alert, Button, FormProblem, Paragraph, Section, SelectField } from '../../ui';
import { useActionFeedback } from '../../lib/useActionProblem';
import { useAssign } from './hooks';
import { buildAssignInput, CLEAR, type Scope, type Target } from './assign';

/** The bulk action bar: put the selected addresses, a whole street or a whole building in a building, sub-neighbourhood or building phase. */
export function AssignForm({
  projectId,
  selectedIds,
  streets,
  buildings,
  subNeighbourhoods,
  buildingPhases,
  onAssigned,
}: {
  projectId: string;
  selectedIds: readonly string[];
  streets: readonly string[];
  buildings: readonly Building[];
  subNeighbourhoods: readonly SubNeighbourhood[];
  buildingPhases: readonly BuildingPhase[];
  onAssigned: () => void;
}) {
  const { t } = useTranslation();
  const assign = useAssign(projectId);
  const feedback = useActionFeedback();
  const [scope, setScope] = useState<Scope>('ids');
  const [street, setStreet] = useState('');
  const [sourceBuildingId, setSourceBuildingId] = useState('');
  const [target, setTarget] = useState<Target>('buildingPhaseId');
  const [value, setValue] = useState('');
  const [selectionError, setSelectionError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<'street' | 'sourceBuildingId' | 'value', string>>>({});

  const buildingLabel = (b: Building) => (b.name ? `${b.code} ${b.name}` : b.code);
  const valueOptions =
    target === 'buildingPhaseId'
      ? buildingPhases.map((p) => ({ value: p.id, label: p.name }))
      : target === 'buildingId'
        ? buildings.map((b) => ({ value: b.id, label: buildingLabel(b) }))
        : subNeighbourhoods.map((s) => ({ value: s.id, label: s.name }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    feedback.clear();
    const built = buildAssignInput({ scope, selectedIds, street, sourceBuildingId, target, value });
    if ('missing' in built) {
      const label =
        built.missing === 'selection'
          ? t('fields.addressIds')
          : built.missing === 'street'
            ? t('assign.street')
            : built.missing === 'sourceBuildingId'
              ? t('assign.sourceBuilding')
              : t(`assign.value.${target}`);
      const message = `${label}: ${built.missing === 'selection' ? t('assign.selectFirst') : t('errors.required')}`;
      if (built.missing === 'selection') {
        setErrors({});
        setSelectionError(message);
        return;
      }
      setSelectionError(null);
      setErrors({ [built.missing]: message });
      return;
    }
    setErrors({});
    setSelectionError(null);
    try {
      const result = await assign.mutateAsync(built.input);
      feedback.ok(t('assign.done', { count: result.updated }));
      onAssigned();
    } catch (error) {
      feedback.fail(error);
    }
  };

  return (
    <Section title={t('assign.title')} className="thuis-assign">
      <Paragraph>{t('assign.intro')}</Paragraph>
      {selectionError ? <Alert type="error">{selectionError}</Alert> : null}
      <FormProblem problem={feedback.problem} />
      {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
      <form className="thuis-form thuis-inline-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('assign.title')}>
        <SelectField
          label={t('assign.scope')}
          value={scope}
          onChange={(e) => setScope(e.target.value as Scope)}
          options={[
            { value: 'ids', label: t('assign.scopeIds', { count: selectedIds.length }) },
            { value: 'street', label: t('assign.scopeStreet') },
            { value: 'building', label: t('assign.scopeBuilding') },
          ]}
        />
        {scope === 'street' ? (
          <SelectField
            label={t('assign.street')}
            placeholder={t('common.choose')}
            value={street}
            error={errors.street}
            onChange={(e) => setStreet(e.target.value)}
            options={streets.map((s) => ({ value: s, label: s }))}
          />
        ) : null}
        {scope === 'building' ? (
          <SelectField
            label={t('assign.sourceBuilding')}
            placeholder={t('common.choose')}
            value={sourceBuildingId}
            error={errors.sourceBuildingId}
            onChange={(e) => setSourceBuildingId(e.target.value)}
            options={buildings.map((b) => ({ value: b.id, label: buildingLabel(b) }))}
          />
        ) : null}
        <SelectField
          label={t('assign.target')}
          value={target}
          onChange={(e) => {
            setTarget(e.target.value as Target);
            setValue('');
          }}
          options={[
            { value: 'buildingPhaseId', label: t('fields.buildingPhaseId') },
            { value: 'buildingId', label: t('fields.buildingId') },
            { value: 'subNeighbourhoodId', label: t('fields.subNeighbourhoodId') },
          ]}
        />
        <SelectField
          label={t(`assign.value.${target}`)}
          placeholder={t('common.choose')}
          value={value}
          error={errors.value}
          onChange={(e) => setValue(e.target.value)}
          options={[...valueOptions, { value: CLEAR, label: t(`assign.clear.${target}`) }]}
        />
        <Button type="submit" appearance="primary" busy={assign.isPending} disabled={assign.isPending}>
          {t('assign.submit')}
        </Button>
      </form>
    </Section>
  );
}
