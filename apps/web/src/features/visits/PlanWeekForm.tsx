import { useEffect, useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  maxVisitorsPerVisit,
  maxVisitsPerBatch,
  todayInAmsterdam,
  visitKinds,
  visitSpreadInput,
  workingDays,
  type TeamMember,
  type Translate,
  type VisitBatchResult,
  type VisitSpreadInput,
  type VisitSpreadProposal,
} from '@thuis/domain';
import { Alert, Button, ButtonGroup, CheckboxGroup, DataTable, FormProblem, Paragraph, Section, SelectField, TextField } from '../../ui';
import { formatDayDate } from '../../lib/dates';
import { mappedZodResolver } from '../../lib/forms';
import { parseDecimal } from '../../lib/numbers';
import { problemFrom, useFormSubmit, type FormProblem as Problem } from '../../lib/useFormErrors';
import { useCurrentUser } from '../auth/hooks';
import { useAddresses, useBuildingPhases } from '../addresses/hooks';
import { addressOptionLabel } from './addressOptions';
import { usePlanVisits, useProposeVisits } from './hooks';
import { rememberedVisitors, rememberVisitors, stillOffered } from './rememberedVisitors';
import { addDays, dateOf, timeOf, visitorChoices } from './schedule';

type WeekValues = {
  buildingPhaseId: string;
  street: string;
  addressIds: string[];
  kind: string;
  visitorIds: string[];
  firstDay: string;
  firstTime: string;
  durationMinutes: string;
  slotsPerDay: string;
  days: string;
};

/** Reads the typed numbers before the shared schema checks the settings. */
function weekResolver(t: Translate): Resolver<WeekValues, unknown, VisitSpreadInput> {
  return mappedZodResolver(visitSpreadInput, t, ({ buildingPhaseId: _phase, street: _street, ...values }: WeekValues) => ({
    ...values,
    addressIds: values.addressIds || [],
    visitorIds: values.visitorIds || [],
    durationMinutes: parseDecimal(values.durationMinutes),
    slotsPerDay: parseDecimal(values.slotsPerDay),
    days: parseDecimal(values.days),
  }));
}

/**
 * "Week plannen": homes chosen by building phase or street, the visitors picked once, spread over
 * time slots. The proposal (nothing saved yet) shows each home's slot or why it has none; saving
 * plans every visit of it or none.
 */
export function PlanWeekForm({
  projectId,
  members,
  onSaved,
  onCancel,
}: {
  projectId: string;
  members: readonly TeamMember[];
  onSaved: (result: VisitBatchResult, planned: { from: string; to: string }) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const offered = visitorChoices(members, 'joint_intake');
  const form = useForm<WeekValues, unknown, VisitSpreadInput>({
    resolver: weekResolver(t),
    defaultValues: {
      buildingPhaseId: '',
      street: '',
      addressIds: [],
      kind: 'joint_intake',
      visitorIds: stillOffered(rememberedVisitors(user.id, projectId), offered),
      firstDay: workingDays(addDays(todayInAmsterdam(), 1), 1)[0]!,
      firstTime: '09:00',
      durationMinutes: '60',
      slotsPerDay: '4',
      days: '5',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const phaseId = form.watch('buildingPhaseId');
  const street = form.watch('street');
  const chosenVisitors = form.watch('visitorIds') || [];
  const phases = useBuildingPhases(projectId);
  const homes = useAddresses(projectId, {
    offset: 0,
    limit: maxVisitsPerBatch,
    ...(phaseId ? { buildingPhaseId: phaseId } : {}),
    ...(street ? { street } : {}),
  });
  const selecting = Boolean(phaseId || street);
  const found = selecting && !homes.isPlaceholderData ? (homes.data?.addresses ?? []) : [];

  // A new selection takes every home in it that may be visited; the planner unticks the exceptions.
  const foundKey = found.map((a) => a.id).join();
  const { setValue } = form;
  useEffect(() => {
    setValue('addressIds', foundKey ? foundKey.split(',').filter((id) => !found.find((a) => a.id === id)?.noContact) : []);
    // `found` follows from `foundKey`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [foundKey, setValue]);

  // Opening moves the focus to the form's heading, so the planner starts at its top.
  const headingRef = useRef<HTMLDivElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const propose = useProposeVisits(projectId);
  const save = usePlanVisits(projectId);
  const [proposal, setProposal] = useState<{ input: VisitSpreadInput; result: VisitSpreadProposal; requestId: string } | null>(null);
  const [saveProblem, setSaveProblem] = useState<Problem | null>(null);
  const { submit, problem } = useFormSubmit(
    form,
    ['addressIds', 'kind', 'visitorIds', 'firstDay', 'firstTime', 'durationMinutes', 'slotsPerDay', 'days'],
    async (input) => {
      setSaveProblem(null);
      const result = await propose.mutateAsync(input);
      rememberVisitors(user.id, projectId, input.visitorIds);
      // One request id per proposal: a retry of its save cannot plan the visits twice.
      setProposal({ input, result, requestId: crypto.randomUUID() });
    },
  );
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (proposal) resultRef.current?.focus();
  }, [proposal]);

  const planned = proposal?.result.visits.filter((v): v is typeof v & { startsAt: string } => v.problem === null && v.startsAt !== null) ?? [];
  const saveAll = async () => {
    if (!proposal || planned.length === 0) return;
    setSaveProblem(null);
    try {
      const { input, requestId } = proposal;
      const result = await save.mutateAsync({
        requestId,
        kind: input.kind,
        visitorIds: input.visitorIds,
        durationMinutes: input.durationMinutes,
        note: '',
        visits: planned.map((v) => ({ addressId: v.addressId, startsAt: v.startsAt })),
      });
      onSaved(result, { from: planned[0]!.startsAt, to: planned.at(-1)!.startsAt });
    } catch (error) {
      setSaveProblem(problemFrom(error, t('errors.server')));
    }
  };

  const lang = i18n.language;
  const visitorOptions = offered.map((m) => ({
    value: m.userId,
    label: t('homeVisits.visitorOption', { name: m.displayName, role: t(`roles.${m.role}`), organisation: m.organisationName }),
    disabled: chosenVisitors.length >= maxVisitorsPerVisit && !chosenVisitors.includes(m.userId),
  }));
  const title = t('weekPlanning.title');
  return (
    <Section title={title} className="thuis-visit-form">
      <div ref={headingRef} tabIndex={-1} className="thuis-focus-target">
        <Paragraph>{t('weekPlanning.intro')}</Paragraph>
      </div>
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        <FormProblem problem={problem} />
        <div className="thuis-form-row">
          <SelectField
            label={t('weekPlanning.buildingPhase')}
            placeholder={t('weekPlanning.anyPhase')}
            options={(phases.data ?? []).map((p) => ({ value: p.id, label: t('weekPlanning.phaseOption', { name: p.name, count: p.addressCount }) }))}
            {...form.register('buildingPhaseId')}
          />
          <SelectField
            label={t('weekPlanning.street')}
            placeholder={t('weekPlanning.anyStreet')}
            options={(homes.data?.streets ?? []).map((s) => ({ value: s, label: s }))}
            {...form.register('street')}
          />
        </div>
        {!selecting ? (
          <Paragraph>{t('weekPlanning.chooseHomes')}</Paragraph>
        ) : found.length === 0 ? (
          <Paragraph>{homes.isFetching ? t('app.loading') : t('weekPlanning.noHomes')}</Paragraph>
        ) : (
          <CheckboxGroup
            legend={t('weekPlanning.homes', { count: form.watch('addressIds')?.length ?? 0, total: found.length })}
            description={(homes.data?.total ?? 0) > found.length ? t('weekPlanning.homesFirst', { shown: found.length }) : undefined}
            error={errors.addressIds?.message ?? errors.addressIds?.root?.message}
            options={found.map((a) => ({
              value: a.id,
              label: a.noContact ? `${addressOptionLabel(a)} – ${t('visitObjection.noContact')}` : addressOptionLabel(a),
              disabled: a.noContact,
            }))}
            inputProps={form.register('addressIds')}
          />
        )}
        <SelectField
          label={t('fields.kind')}
          options={visitKinds.filter((k) => k !== 'final_visit').map((k) => ({ value: k, label: t(`visitKinds.${k}`) }))}
          error={errors.kind?.message}
          {...form.register('kind')}
        />
        <CheckboxGroup
          legend={t('fields.visitorIds')}
          description={t('weekPlanning.visitorsHint')}
          error={errors.visitorIds?.message ?? errors.visitorIds?.root?.message}
          options={visitorOptions}
          inputProps={form.register('visitorIds')}
        />
        <div className="thuis-form-row">
          <TextField type="date" label={t('weekPlanning.firstDay')} error={errors.firstDay?.message} {...form.register('firstDay')} />
          <TextField type="time" label={t('weekPlanning.firstTime')} error={errors.firstTime?.message} {...form.register('firstTime')} />
          <TextField
            label={t('fields.durationMinutes')}
            inputMode="numeric"
            autoComplete="off"
            error={errors.durationMinutes?.message}
            {...form.register('durationMinutes')}
          />
          <TextField
            label={t('weekPlanning.slotsPerDay')}
            inputMode="numeric"
            autoComplete="off"
            error={errors.slotsPerDay?.message}
            {...form.register('slotsPerDay')}
          />
          <TextField label={t('weekPlanning.days')} inputMode="numeric" autoComplete="off" error={errors.days?.message} {...form.register('days')} />
        </div>
        <ButtonGroup>
          <Button type="submit" appearance={proposal ? 'secondary' : 'primary'} busy={isSubmitting} disabled={isSubmitting}>
            {isSubmitting ? t('weekPlanning.proposing') : proposal ? t('weekPlanning.proposeAgain') : t('weekPlanning.propose')}
          </Button>
          <Button appearance="subtle" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>

      {proposal ? (
        <div ref={resultRef} tabIndex={-1} className="thuis-focus-target">
          <Section title={t('weekPlanning.proposalTitle', { count: planned.length, total: proposal.result.visits.length })} level={3}>
            {proposal.result.busySlots.length ? (
              <Alert type="info" title={t('weekPlanning.busySlotsTitle')}>
                <ul className="utrecht-unordered-list">
                  {proposal.result.busySlots.map((s) => (
                    <li className="utrecht-unordered-list__item" key={s.startsAt}>
                      {t('weekPlanning.busySlot', {
                        date: formatDayDate(dateOf(s.startsAt), lang),
                        time: timeOf(s.startsAt),
                        names: s.visitorNames.join(', '),
                      })}
                    </li>
                  ))}
                </ul>
              </Alert>
            ) : null}
            <DataTable
              caption={t('weekPlanning.proposalCaption')}
              rows={proposal.result.visits}
              rowKey={(v) => v.addressId}
              columns={[
                { label: t('fields.addressId'), cell: (v) => v.addressLabel },
                { label: t('weekPlanning.day'), cell: (v) => (v.startsAt ? formatDayDate(dateOf(v.startsAt), lang) : '–') },
                {
                  label: t('homeVisits.time'),
                  cell: (v) => (v.startsAt && v.endsAt ? t('homeVisits.timeRange', { start: timeOf(v.startsAt), end: timeOf(v.endsAt) }) : '–'),
                  className: 'thuis-nowrap thuis-number',
                },
                { label: t('weekPlanning.conflict'), cell: (v) => (v.problem ? t(`weekPlanning.problems.${v.problem}`) : t('weekPlanning.noConflict')) },
              ]}
            />
            <FormProblem problem={saveProblem} />
            {save.isPending ? (
              <p className="utrecht-paragraph" role="status">
                {t('weekPlanning.saving', { count: planned.length })}
              </p>
            ) : null}
            <ButtonGroup>
              <Button appearance="primary" onClick={() => void saveAll()} busy={save.isPending} disabled={save.isPending || planned.length === 0}>
                {save.isPending ? t('common.saving') : t('weekPlanning.save', { count: planned.length })}
              </Button>
            </ButtonGroup>
          </Section>
        </div>
      ) : null}
    </Section>
  );
}
