import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { phaseKeys, type PhaseKey, type TaskMatrix } from '@thuis/domain';
import {
  Button,
  ButtonGroup,
  FormProblem,
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
  TextField,
} from '../../ui';
import { preparationApi } from './api';
import { usePreparationChange, useTaskMatrix } from './hooks';
import { useServerProblem } from './useServerProblem';

type Row = { task: string; organisationIds: Record<PhaseKey, string | null> };
const emptyRow = (): Row => ({ task: '', organisationIds: Object.fromEntries(phaseKeys.map((p) => [p, null])) as Record<PhaseKey, string | null> });

/** Which organisation does what per phase of the approach; the project leader edits it, the parties read it. */
export function TaskMatrixSection({ projectId, canManage }: { projectId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const matrix = useTaskMatrix(projectId);
  return (
    <Section title={t('preparation.taskMatrix.title')} id="task-matrix">
      <Paragraph>{t('preparation.taskMatrix.intro')}</Paragraph>
      <QueryState query={matrix}>
        {(data) => (canManage ? <MatrixEditor key={JSON.stringify(data.rows)} projectId={projectId} matrix={data} /> : <MatrixTable matrix={data} />)}
      </QueryState>
    </Section>
  );
}

function MatrixTable({ matrix }: { matrix: TaskMatrix }) {
  const { t } = useTranslation();
  const name = (id: string | null | undefined) => matrix.organisations.find((o) => o.id === id)?.name ?? '–';
  if (matrix.rows.length === 0) return <Paragraph>{t('preparation.taskMatrix.none')}</Paragraph>;
  return (
    <Table caption={t('preparation.taskMatrix.title')}>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t('fields.task')}</TableHeaderCell>
          {phaseKeys.map((p) => (
            <TableHeaderCell key={p}>{t(`fields.${p}`)}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {matrix.rows.map((row, i) => (
          <TableRow key={i}>
            <TableCell label={t('fields.task')}>{row.task}</TableCell>
            {phaseKeys.map((p) => (
              <TableCell key={p} label={t(`fields.${p}`)}>
                {name(row.organisationIds[p])}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function MatrixEditor({ projectId, matrix }: { projectId: string; matrix: TaskMatrix }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() =>
    matrix.rows.length ? matrix.rows.map((r) => ({ task: r.task, organisationIds: { ...emptyRow().organisationIds, ...r.organisationIds } })) : [emptyRow()],
  );
  const save = usePreparationChange(projectId, 'task-matrix', (input: { rows: Row[] }) => preparationApi.saveTaskMatrix(projectId, input));
  const { problem, fieldError, run } = useServerProblem();
  const options = matrix.organisations.map((o) => ({ value: o.id, label: o.name }));
  const change = (i: number, next: Partial<Row>) => setRows((all) => all.map((r, k) => (k === i ? { ...r, ...next } : r)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(() => save.mutateAsync({ rows: rows.filter((r) => r.task.trim() || Object.values(r.organisationIds).some(Boolean)) }));
  };
  return (
    <form className="thuis-form thuis-task-matrix" onSubmit={submit} noValidate aria-label={t('preparation.taskMatrix.title')}>
      <FormProblem problem={problem} />
      {rows.map((row, i) => (
        <fieldset key={i} className="thuis-fieldset">
          <legend>{t('preparation.taskMatrix.row', { row: i + 1 })}</legend>
          <TextField label={t('fields.task')} value={row.task} onChange={(e) => change(i, { task: e.target.value })} error={fieldError(`rows.${i}.task`)} />
          <div className="thuis-form-row">
            {phaseKeys.map((p) => (
              <SelectField
                key={p}
                label={t(`fields.${p}`)}
                placeholder={t('preparation.taskMatrix.nobody')}
                options={options}
                value={row.organisationIds[p] ?? ''}
                onChange={(e) => change(i, { organisationIds: { ...row.organisationIds, [p]: e.target.value || null } })}
                error={fieldError(`rows.${i}.organisationIds.${p}`)}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <ButtonGroup>
        <Button type="button" onClick={() => setRows((all) => [...all, emptyRow()])}>
          {t('preparation.taskMatrix.addTask')}
        </Button>
        <Button type="submit" appearance="primary" busy={save.isPending} disabled={save.isPending}>
          {t('preparation.taskMatrix.save')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
