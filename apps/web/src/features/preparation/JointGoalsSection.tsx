import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JointGoal } from '@thuis/domain';
import { Button, ButtonGroup, DataList, FormProblem, Heading, Paragraph, QueryState, Section, TextAreaField, TextField } from '../../ui';
import { preparationApi } from './api';
import { useJointGoals, usePreparationChange } from './hooks';
import { useServerProblem } from './useServerProblem';

type Goal = { id: string | null; title: string; description: string; indicator: string };

/** The joint goals set at the start; each interim evaluation looks at them again. */
export function JointGoalsSection({ projectId, canManage }: { projectId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const goals = useJointGoals(projectId);
  return (
    <Section title={t('preparation.goals.title')} id="joint-goals">
      <Paragraph>{t('preparation.goals.intro')}</Paragraph>
      <QueryState query={goals}>
        {(data) =>
          canManage ? (
            <GoalsEditor key={JSON.stringify(data.goals)} projectId={projectId} goals={data.goals} />
          ) : data.goals.length === 0 ? (
            <Paragraph>{t('preparation.goals.none')}</Paragraph>
          ) : (
            data.goals.map((g) => (
              <div key={g.id}>
                <Heading level={3}>{g.title}</Heading>
                <DataList
                  items={[
                    { key: 'description', label: t('fields.description'), value: g.description || '–' },
                    { key: 'indicator', label: t('fields.indicator'), value: g.indicator || '–' },
                  ]}
                />
              </div>
            ))
          )
        }
      </QueryState>
    </Section>
  );
}

function GoalsEditor({ projectId, goals }: { projectId: string; goals: JointGoal[] }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Goal[]>(() => (goals.length ? goals : [{ id: null, title: '', description: '', indicator: '' }]));
  const save = usePreparationChange(projectId, 'joint-goals', (input: { goals: Goal[] }) => preparationApi.saveGoals(projectId, input));
  const { problem, fieldError, run } = useServerProblem();
  const change = (i: number, next: Partial<Goal>) => setRows((all) => all.map((r, k) => (k === i ? { ...r, ...next } : r)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(() => save.mutateAsync({ goals: rows.filter((r) => r.id || r.title.trim() || r.description.trim() || r.indicator.trim()) }));
  };
  return (
    <form className="thuis-form" onSubmit={submit} noValidate aria-label={t('preparation.goals.title')}>
      <FormProblem problem={problem} />
      {rows.map((goal, i) => (
        <fieldset key={goal.id ?? `new-${i}`} className="thuis-fieldset">
          <legend>{t('preparation.goals.goal', { number: i + 1 })}</legend>
          <TextField
            label={t('preparation.goals.goalTitle')}
            value={goal.title}
            onChange={(e) => change(i, { title: e.target.value })}
            error={fieldError(`goals.${i}.title`)}
          />
          <TextAreaField
            label={t('fields.description')}
            optionalText={t('common.optional')}
            rows={2}
            value={goal.description}
            onChange={(e) => change(i, { description: e.target.value })}
            error={fieldError(`goals.${i}.description`)}
          />
          <TextField
            label={t('fields.indicator')}
            optionalText={t('common.optional')}
            value={goal.indicator}
            onChange={(e) => change(i, { indicator: e.target.value })}
            error={fieldError(`goals.${i}.indicator`)}
          />
          <Button type="button" onClick={() => setRows((all) => all.filter((_, k) => k !== i))}>
            {t('preparation.goals.remove', { number: i + 1 })}
          </Button>
        </fieldset>
      ))}
      <ButtonGroup>
        <Button type="button" onClick={() => setRows((all) => [...all, { id: null, title: '', description: '', indicator: '' }])}>
          {t('preparation.goals.add')}
        </Button>
        <Button type="submit" appearance="primary" busy={save.isPending} disabled={save.isPending}>
          {t('preparation.goals.save')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
