import { useEffect, useRef } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  maxVisitorsPerVisit,
  visitInput,
  visitKinds,
  type TeamMember,
  type Visit,
  type VisitInput,
  type VisitListItem,
  type VisitKind,
  type Translate,
} from '@thuis/domain';
import { Alert, CheckboxGroup, FormButtons, FormProblem, Paragraph, Section, SelectField, TextAreaField, TextField } from '../../ui';
import { mappedZodResolver } from '../../lib/forms';
import { identifyingWarning, withIdentifyingCheck } from '../../lib/identifying';
import { parseDecimal } from '../../lib/numbers';
import { useFormSubmit } from '../../lib/useFormErrors';
import { formatAddress } from '../addresses/format';
import { useAddress } from '../addresses/hooks';
import { useTrainingRegister } from '../preparation/hooks';
import { useCurrentUser } from '../auth/hooks';
import { useSaveVisit } from './hooks';
import { rememberedVisitors, rememberVisitors, stillOffered } from './rememberedVisitors';
import { useAddressSearch } from './useAddressSearch';
import { minutesBetween, visitorChoices } from './schedule';

type VisitValues = { addressId: string; kind: string; startsAt: string; durationMinutes: string; visitorIds: string[]; note: string };

/** Reads the typed duration before the shared schema checks the visit. */
function visitResolver(t: Translate): Resolver<VisitValues, unknown, VisitInput> {
  return mappedZodResolver(visitInput, t, (values: VisitValues) => ({
    ...values,
    durationMinutes: parseDecimal(values.durationMinutes),
    visitorIds: values.visitorIds || [],
  }));
}

/** A new visit that starts from elsewhere, e.g. a final visit with the partner of a referral (`?plan=final_visit&addressId=`). */
export interface VisitStart {
  addressId: string;
  kind: VisitKind;
}

function defaults(visit: VisitListItem | null, startsAt: string, start: VisitStart | null, visitorIds: string[]): VisitValues {
  if (!visit) return { addressId: start?.addressId ?? '', kind: start?.kind ?? 'joint_intake', startsAt, durationMinutes: '60', visitorIds, note: '' };
  return {
    addressId: visit.addressId,
    kind: visit.kind,
    startsAt: visit.startsAt,
    durationMinutes: String(minutesBetween(visit.startsAt, visit.endsAt)),
    visitorIds: visit.visitors.map((v) => v.userId),
    note: visit.note,
  };
}

/** "Bezoek plannen", or with `visit` the same form to move an open visit ("Verplaatsen"). */
export function VisitForm({
  projectId,
  visit,
  members,
  defaultStartsAt,
  start = null,
  onSaved,
  onCancel,
}: {
  projectId: string;
  visit: VisitListItem | null;
  members: readonly TeamMember[];
  defaultStartsAt: string;
  start?: VisitStart | null;
  onSaved: (saved: Visit) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveVisit(projectId);
  const user = useCurrentUser();
  // The contractor reads the note too.
  const form = useForm<VisitValues, unknown, VisitInput>({
    resolver: withIdentifyingCheck(visitResolver(t), ['note'], t),
    // A new visit starts with the visitors this planner chose last in this project.
    defaultValues: defaults(
      visit,
      defaultStartsAt,
      start,
      stillOffered(rememberedVisitors(user.id, projectId), visitorChoices(members, start?.kind ?? 'joint_intake')),
    ),
  });
  const { submit, problem } = useFormSubmit(form, ['addressId', 'kind', 'startsAt', 'durationMinutes', 'visitorIds', 'note'], async (values) => {
    const saved = await save.mutateAsync({ visitId: visit?.id, input: values });
    rememberVisitors(user.id, projectId, values.visitorIds);
    onSaved(saved);
  });
  const { errors, isSubmitting } = form.formState;

  const chosenId = form.watch('addressId');
  const chosenVisitors = form.watch('visitorIds') || [];
  const kind = form.watch('kind');
  const startAddress = useAddress(projectId, start?.addressId ?? '');
  const known: [string, string][] = [];
  if (visit) known.push([visit.addressId, visit.addressLabel]);
  if (startAddress.data) known.push([startAddress.data.id, `${formatAddress(startAddress.data)}, ${startAddress.data.postcode} ${startAddress.data.city}`]);
  const {
    searchText,
    search,
    setSearchText,
    addresses,
    found,
    options: addressOptions,
    outcome,
  } = useAddressSearch(projectId, chosenId, known, t('visitObjection.noContact'));

  // The address a search names is chosen at once: no second pick from a list of one.
  const matchId = outcome.match?.id;
  const { setValue: setAddress } = form;
  useEffect(() => {
    if (matchId) setAddress('addressId', matchId, { shouldValidate: true });
  }, [matchId, setAddress]);

  // Opening the form moves the focus into it: to its first field.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus(), []);

  // Partner contacts only go along on a final visit: drop them when the kind changes.
  const { getValues, setValue } = form;
  useEffect(() => {
    const offered = new Set(visitorChoices(members, kind).map((m) => m.userId));
    const chosen = getValues('visitorIds') || [];
    if (chosen.some((id) => !offered.has(id)))
      setValue(
        'visitorIds',
        chosen.filter((id) => offered.has(id)),
      );
  }, [kind, members, getValues, setValue]);

  // Next to the advice to do the first two visits in pairs: who of those who can go missed part of the training.
  const training = useTrainingRegister(projectId);
  const offeredIds = new Set(visitorChoices(members, kind).map((m) => m.userId));
  const untrained = (training.data?.visitors ?? []).filter((v) => !v.trained && offeredIds.has(v.userId)).map((v) => v.name);

  const visitorOptions = visitorChoices(members, kind).map((m) => ({
    value: m.userId,
    label: t('homeVisits.visitorOption', { name: m.displayName, role: t(`roles.${m.role}`), organisation: m.organisationName }),
    disabled: chosenVisitors.length >= maxVisitorsPerVisit && !chosenVisitors.includes(m.userId),
  }));

  const title = visit ? t('homeVisits.rescheduleTitle', { address: visit.addressLabel }) : t('homeVisits.planTitle');
  return (
    <Section title={title} className="thuis-visit-form">
      <form ref={formRef} onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        <FormProblem problem={problem} />
        {visit ? null : (
          <TextField
            type="search"
            label={t('homeVisits.addressSearch')}
            description={t('homeVisits.addressSearchHint')}
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            autoComplete="off"
          />
        )}
        <SelectField
          label={t('fields.addressId')}
          placeholder={t('common.choose')}
          options={addressOptions}
          description={
            visit
              ? undefined
              : outcome.notFound
                ? t('weekPlanning.noAddressFor', { search })
                : addresses.data
                  ? addresses.data.total > found.length
                    ? t('homeVisits.addressesFoundFirst', { count: addresses.data.total, shown: found.length })
                    : t('homeVisits.addressesFound', { count: addresses.data.total })
                  : t('app.loading')
          }
          error={errors.addressId?.message}
          {...form.register('addressId')}
        />
        <SelectField
          label={t('fields.kind')}
          options={visitKinds.map((k) => ({ value: k, label: t(`visitKinds.${k}`) }))}
          error={errors.kind?.message}
          {...form.register('kind')}
        />
        <div className="thuis-form-row">
          <TextField type="datetime-local" label={t('fields.startsAt')} error={errors.startsAt?.message} {...form.register('startsAt')} />
          <TextField
            label={t('fields.durationMinutes')}
            inputMode="numeric"
            autoComplete="off"
            error={errors.durationMinutes?.message}
            {...form.register('durationMinutes')}
          />
        </div>
        {visitorOptions.length === 0 ? (
          <Paragraph>{t('homeVisits.noVisitors')}</Paragraph>
        ) : (
          <CheckboxGroup
            legend={t('fields.visitorIds')}
            description={
              kind === 'final_visit'
                ? `${t('homeVisits.visitorsHint', { max: maxVisitorsPerVisit })} ${t('homeVisits.handoverHint')}`
                : t('homeVisits.visitorsHint', { max: maxVisitorsPerVisit })
            }
            error={errors.visitorIds?.message ?? errors.visitorIds?.root?.message}
            options={visitorOptions}
            inputProps={form.register('visitorIds')}
          />
        )}
        {untrained.length ? (
          <Alert type="warning">
            <Paragraph>{t('preparation.training.notTrainedInPlanner', { names: untrained.join(', ') })}</Paragraph>
          </Alert>
        ) : null}
        <TextAreaField
          label={t('fields.note')}
          optionalText={t('common.optional')}
          rows={2}
          error={errors.note?.message ?? identifyingWarning(form.watch('note'), t)}
          {...form.register('note')}
        />
        <FormButtons busy={isSubmitting} submitLabel={visit ? t('homeVisits.reschedule') : t('homeVisits.plan')} onCancel={onCancel} />
      </form>
    </Section>
  );
}
