import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  hourBookingInput,
  hourBudgetInput,
  lineHours,
  phaseKeys,
  todayInAmsterdam,
  type HourBookingInput,
  type ProjectDetail,
  type Translate,
} from '@thuis/domain';
import type { z } from 'zod';
import {
  ActionLabel,
  Alert,
  Button,
  DataTable,
  DownloadLink,
  FormButtons,
  FormProblem,
  Loading,
  Paragraph,
  QueryState,
  Section,
  SelectField,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  TextAreaField,
  TextField,
} from '../../ui';
import { formatShortDate } from '../../lib/dates';
import { exportUrl } from '../../features/exports/api';
import { mappedZodResolver } from '../../lib/forms';
import { decimalInputValue, formatNumber, parseDecimal } from '../../lib/numbers';
import { useActionFeedback } from '../../lib/useActionProblem';
import { useFormErrors } from '../../lib/useFormErrors';
import { useBookHours, useDeleteBooking, useHours, useSaveBudget } from '../../features/plan/hooks';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';

const HoursChart = lazy(() => import('../../features/plan/HoursChart'));

type Overview = z.output<typeof import('@thuis/domain').hoursOverviewResponse>;

export function HoursPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="hours.read" title={t('hours.title')} lead={t('hours.intro')}>
      {(project) => <HoursView project={project} />}
    </ProjectSubPage>
  );
}

function HoursView({ project }: { project: ProjectDetail }) {
  const hours = useHours(project.id);
  const can = (p: ProjectDetail['permissions'][number]) => project.permissions.includes(p);
  return (
    <QueryState query={hours}>
      {(overview) => (
        <>
          <OverviewSection projectId={project.id} overview={overview} />
          <BudgetSection projectId={project.id} overview={overview} canManage={can('hours.manage')} />
          {can('hours.book') ? <BookingSection projectId={project.id} overview={overview} /> : null}
        </>
      )}
    </QueryState>
  );
}

function useHoursText() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return useCallback((value: number) => t('hours.hoursValue', { hours: formatNumber(value, lang) }), [t, lang]);
}

function OverviewSection({ projectId, overview }: { projectId: string; overview: Overview }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const hoursText = useHoursText();
  const phases = overview.phases;
  const organisations = [...new Map(phases.flatMap((p) => p.byOrganisation.map((o) => [o.organisationId, o.organisationName] as const)))];
  const totalBudget = phases.reduce((s, p) => s + p.budget, 0);
  const totalActual = phases.reduce((s, p) => s + p.actual, 0);
  const summary = t('hours.chartSummary', {
    budget: formatNumber(totalBudget, lang),
    actual: formatNumber(totalActual, lang),
    phases: phases
      .map((p) => t('hours.chartPhase', { phase: t(`phases.${p.phase}`), budget: formatNumber(p.budget, lang), actual: formatNumber(p.actual, lang) }))
      .join('; '),
  });
  const chartPhases = useMemo(() => phases.map((p) => ({ label: t(`phases.${p.phase}`), budget: p.budget, byOrganisation: p.byOrganisation })), [phases, t]);

  return (
    <Section title={t('hours.overviewTitle')}>
      <Paragraph>{t('hours.overviewIntro', { count: overview.addressCount })}</Paragraph>
      <div className="thuis-toolbar">
        <DownloadLink href={exportUrl(projectId, 'hours', 'csv')}>{t('hours.exportCsv')}</DownloadLink>
        <DownloadLink href={exportUrl(projectId, 'hours', 'xlsx')}>{t('hours.exportXlsx')}</DownloadLink>
      </div>
      <Suspense fallback={<Loading>{t('app.loading')}</Loading>}>
        <HoursChart phases={chartPhases} budgetLabel={t('hours.budget')} formatHours={hoursText} summary={summary} />
      </Suspense>
      <Table caption={t('hours.tableCaption')}>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('fields.phase')}</TableHeaderCell>
            <TableHeaderCell>{t('hours.budget')}</TableHeaderCell>
            <TableHeaderCell>{t('hours.actual')}</TableHeaderCell>
            {organisations.map(([id, name]) => (
              <TableHeaderCell key={id}>{t('hours.actualOf', { organisation: name })}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {phases.map((p) => (
            <TableRow key={p.phase}>
              <TableCell label={t('fields.phase')}>{t(`phases.${p.phase}`)}</TableCell>
              <TableCell label={t('hours.budget')} className="thuis-number">
                {formatNumber(p.budget, lang)}
              </TableCell>
              <TableCell label={t('hours.actual')} className="thuis-number">
                {formatNumber(p.actual, lang)}
              </TableCell>
              {organisations.map(([id, name]) => (
                <TableCell key={id} label={t('hours.actualOf', { organisation: name })} className="thuis-number">
                  {formatNumber(p.byOrganisation.find((o) => o.organisationId === id)?.hours ?? 0, lang)}
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow>
            <TableCell label={t('fields.phase')}>
              <strong>{t('hours.total')}</strong>
            </TableCell>
            <TableCell label={t('hours.budget')} className="thuis-number">
              <strong>{formatNumber(totalBudget, lang)}</strong>
            </TableCell>
            <TableCell label={t('hours.actual')} className="thuis-number">
              <strong>{formatNumber(totalActual, lang)}</strong>
            </TableCell>
            {organisations.map(([id, name]) => (
              <TableCell key={id} label={t('hours.actualOf', { organisation: name })} className="thuis-number">
                {formatNumber(
                  phases.reduce((s, p) => s + (p.byOrganisation.find((o) => o.organisationId === id)?.hours ?? 0), 0),
                  lang,
                )}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </Section>
  );
}

type BudgetValues = {
  lines: { key: Overview['lines'][number]['key']; phase: Overview['lines'][number]['phase']; mode: 'per_address' | 'fixed'; hours: string }[];
};
type BudgetOutput = z.output<typeof hourBudgetInput>;

/** Reads the typed hours ("1,5") before the shared schema checks them. */
function budgetResolver(t: Translate): Resolver<BudgetValues, unknown, BudgetOutput> {
  return mappedZodResolver(hourBudgetInput, t, (values: BudgetValues) => ({ lines: values.lines.map((l) => ({ ...l, hours: parseDecimal(l.hours) })) }));
}

function BudgetSection({ projectId, overview, canManage }: { projectId: string; overview: Overview; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const save = useSaveBudget(projectId);
  const feedback = useActionFeedback();
  const form = useForm<BudgetValues, unknown, BudgetOutput>({
    resolver: budgetResolver(t),
    values: { lines: overview.lines.map((l) => ({ ...l, hours: decimalInputValue(l.hours, lang) })) },
    resetOptions: { keepDirtyValues: true },
  });
  const problems = useFormErrors(form.setError, overview.lines.flatMap((_, i) => [`lines.${i}.hours`, `lines.${i}.mode`] as const) as never);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    problems.clear();
    feedback.clear();
    try {
      await save.mutateAsync(values.lines);
      feedback.ok(t('hours.budgetSaved'));
    } catch (error) {
      problems.report(error);
    }
  });

  const lineLabel = (key: string) => t(`hourLines.${key}`);
  const header = (
    <TableHead>
      <TableRow>
        <TableHeaderCell>{t('hours.line')}</TableHeaderCell>
        <TableHeaderCell>{t('fields.phase')}</TableHeaderCell>
        <TableHeaderCell>{t('hours.mode')}</TableHeaderCell>
        <TableHeaderCell>{t('fields.hours')}</TableHeaderCell>
        <TableHeaderCell>{t('hours.lineTotal')}</TableHeaderCell>
      </TableRow>
    </TableHead>
  );

  if (!canManage)
    return (
      <Section title={t('hours.budgetTitle')}>
        <Table caption={t('hours.budgetTitle')}>
          {header}
          <TableBody>
            {overview.lines.map((l) => (
              <TableRow key={l.key}>
                <TableCell label={t('hours.line')}>{lineLabel(l.key)}</TableCell>
                <TableCell label={t('fields.phase')}>{t(`phases.${l.phase}`)}</TableCell>
                <TableCell label={t('hours.mode')}>{t(`hours.modes.${l.mode}`)}</TableCell>
                <TableCell label={t('fields.hours')} className="thuis-number">
                  {formatNumber(l.hours, lang)}
                </TableCell>
                <TableCell label={t('hours.lineTotal')} className="thuis-number">
                  {formatNumber(lineHours(l, overview.addressCount), lang)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
    );

  return (
    <Section title={t('hours.budgetTitle')}>
      <Paragraph>{t('hours.budgetIntro', { count: overview.addressCount })}</Paragraph>
      {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
      <form onSubmit={submit} noValidate aria-label={t('hours.budgetTitle')} className="thuis-budget-form">
        <FormProblem problem={problems.problem} />
        <Table caption={t('hours.budgetTitle')}>
          {header}
          <TableBody>
            {overview.lines.map((l, i) => {
              const typed = parseDecimal(form.watch(`lines.${i}.hours`));
              const mode = form.watch(`lines.${i}.mode`);
              return (
                <TableRow key={l.key}>
                  <TableCell label={t('hours.line')}>{lineLabel(l.key)}</TableCell>
                  <TableCell label={t('fields.phase')}>{t(`phases.${l.phase}`)}</TableCell>
                  <TableCell label={t('hours.mode')}>
                    <SelectField
                      className="thuis-inline-field"
                      label={<span className="thuis-visually-hidden">{t('hours.modeOf', { line: lineLabel(l.key) })}</span>}
                      options={(['per_address', 'fixed'] as const).map((m) => ({ value: m, label: t(`hours.modes.${m}`) }))}
                      error={errors.lines?.[i]?.mode?.message}
                      {...form.register(`lines.${i}.mode`)}
                    />
                  </TableCell>
                  <TableCell label={t('fields.hours')}>
                    <TextField
                      className="thuis-inline-field thuis-hours-input"
                      label={<span className="thuis-visually-hidden">{t('hours.hoursOf', { line: lineLabel(l.key) })}</span>}
                      inputMode="decimal"
                      autoComplete="off"
                      error={errors.lines?.[i]?.hours?.message}
                      {...form.register(`lines.${i}.hours`)}
                    />
                  </TableCell>
                  <TableCell label={t('hours.lineTotal')} className="thuis-number">
                    {typed === undefined || Number.isNaN(typed) ? '–' : formatNumber(lineHours({ ...l, mode, hours: typed }, overview.addressCount), lang)}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        <FormButtons busy={isSubmitting} submitLabel={t('hours.saveBudget')} />
      </form>
    </Section>
  );
}

type BookingValues = { phase: string; workedOn: string; hours: string; note: string };

function bookingResolver(t: Translate): Resolver<BookingValues, unknown, HourBookingInput> {
  return mappedZodResolver(hourBookingInput, t, (values: BookingValues) => ({ ...values, hours: parseDecimal(values.hours) }));
}

function BookingSection({ projectId, overview }: { projectId: string; overview: Overview }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const book = useBookHours(projectId);
  const remove = useDeleteBooking(projectId);
  const feedback = useActionFeedback();
  const form = useForm<BookingValues, unknown, HourBookingInput>({
    resolver: bookingResolver(t),
    defaultValues: { phase: '', workedOn: todayInAmsterdam(), hours: '', note: '' },
  });
  const problems = useFormErrors(form.setError, ['phase', 'workedOn', 'hours', 'note']);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    problems.clear();
    feedback.clear();
    try {
      await book.mutateAsync(values);
      feedback.ok(t('hours.booked', { hours: formatNumber(values.hours, lang), phase: t(`phases.${values.phase}`) }));
      form.reset({ phase: values.phase, workedOn: values.workedOn, hours: '', note: '' });
    } catch (error) {
      problems.report(error);
    }
  });

  const onDelete = async (id: string, label: string) => {
    if (!window.confirm(t('hours.confirmDelete', { booking: label }))) return;
    await feedback.run(() => remove.mutateAsync(id), t('hours.deleted'));
  };

  return (
    <>
      <Section title={t('hours.bookTitle')}>
        {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
        <FormProblem problem={feedback.problem} />
        <form onSubmit={submit} noValidate className="thuis-form" aria-label={t('hours.bookTitle')}>
          <FormProblem problem={problems.problem} />
          <SelectField
            label={t('fields.phase')}
            placeholder={t('common.choose')}
            options={phaseKeys.map((p) => ({ value: p, label: t(`phases.${p}`) }))}
            error={errors.phase?.message}
            {...form.register('phase')}
          />
          <div className="thuis-form-row">
            <TextField type="date" label={t('fields.workedOn')} error={errors.workedOn?.message} {...form.register('workedOn')} />
            <TextField
              label={t('fields.hours')}
              description={t('hours.hoursHint')}
              inputMode="decimal"
              autoComplete="off"
              error={errors.hours?.message}
              {...form.register('hours')}
            />
          </div>
          <TextAreaField label={t('fields.note')} optionalText={t('common.optional')} rows={2} error={errors.note?.message} {...form.register('note')} />
          <FormButtons busy={isSubmitting} submitLabel={t('hours.book')} />
        </form>
      </Section>
      <Section title={t('hours.myBookings')}>
        {overview.myBookings.length === 0 ? (
          <Paragraph>{t('hours.noBookings')}</Paragraph>
        ) : (
          <DataTable
            caption={t('hours.myBookings')}
            rows={overview.myBookings}
            rowKey={(b) => b.id}
            columns={[
              { label: t('fields.workedOn'), cell: (b) => formatShortDate(b.workedOn, lang) },
              { label: t('fields.phase'), cell: (b) => t(`phases.${b.phase}`) },
              { label: t('fields.hours'), cell: (b) => formatNumber(b.hours, lang), className: 'thuis-number' },
              { label: t('fields.note'), cell: (b) => b.note || '–' },
              {
                label: t('common.actions'),
                cell: (b) => {
                  const label = t('hours.bookingLabel', {
                    date: formatShortDate(b.workedOn, lang),
                    hours: formatNumber(b.hours, lang),
                    phase: t(`phases.${b.phase}`),
                  });
                  return (
                    <Button appearance="subtle" danger disabled={remove.isPending} onClick={() => void onDelete(b.id, label)}>
                      <ActionLabel visible={t('common.delete')} full={t('hours.deleteBooking', { booking: label })} />
                    </Button>
                  );
                },
              },
            ]}
          />
        )}
      </Section>
    </>
  );
}
