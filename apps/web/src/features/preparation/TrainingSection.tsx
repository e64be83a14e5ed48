import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trainingTopics } from '@thuis/domain';
import {
  Button,
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
import { formatShortDate } from '../../lib/dates';
import { parseDecimal } from '../../lib/numbers';
import { preparationApi } from './api';
import { usePreparationChange, useTrainingRegister } from './hooks';
import { RemoveButton } from './RemoveButton';
import { useServerProblem } from './useServerProblem';

const empty = { userId: '', topic: 'introduction', trainedOn: '', hours: '' };

/** The training register: per visitor the handbook's four topics with their dates; hours count on phase 1. */
export function TrainingSection({ projectId, canManage }: { projectId: string; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const register = useTrainingRegister(projectId);
  const add = usePreparationChange(projectId, 'training', (input: Parameters<typeof preparationApi.addTraining>[1]) =>
    preparationApi.addTraining(projectId, input),
  );
  const remove = usePreparationChange(projectId, 'training', (recordId: string) => preparationApi.removeTraining(projectId, recordId));
  const removal = useServerProblem();
  const [values, setValues] = useState(empty);
  const { problem, fieldError, run } = useServerProblem();
  const set = (key: keyof typeof empty) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { ...values, hours: values.hours.trim() ? (parseDecimal(values.hours) as number) : 0 } as Parameters<typeof preparationApi.addTraining>[1];
    if (await run(() => add.mutateAsync(input))) setValues((v) => ({ ...empty, userId: v.userId }));
  };
  return (
    <Section title={t('preparation.training.title')} id="training">
      <Paragraph>{t('preparation.training.intro')}</Paragraph>
      <FormProblem problem={removal.problem} />
      <QueryState query={register}>
        {(data) => {
          const records = (userId: string, topic: string) => data.records.filter((r) => r.userId === userId && r.topic === topic);
          return (
            <>
              <Table caption={t('preparation.training.title')}>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>{t('preparation.training.visitor')}</TableHeaderCell>
                    {trainingTopics.map((topic) => (
                      <TableHeaderCell key={topic}>{t(`preparation.topics.${topic}`)}</TableHeaderCell>
                    ))}
                    <TableHeaderCell>{t('fields.status')}</TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.visitors.map((v) => (
                    <TableRow key={v.userId}>
                      <TableCell label={t('preparation.training.visitor')}>{v.name}</TableCell>
                      {trainingTopics.map((topic) => (
                        <TableCell key={topic} label={t(`preparation.topics.${topic}`)}>
                          {records(v.userId, topic).length === 0
                            ? '–'
                            : records(v.userId, topic).map((r) => {
                                const date = formatShortDate(r.trainedOn, i18n.language);
                                const what = t('preparation.remove.training', { name: v.name, topic: t(`preparation.topics.${topic}`), date });
                                return (
                                  <span key={r.id} className="thuis-nowrap">
                                    {date}{' '}
                                    {canManage ? (
                                      <RemoveButton
                                        full={t('preparation.remove.full', { what })}
                                        confirm={t('preparation.remove.confirm', { what })}
                                        busy={remove.isPending}
                                        onRemove={() => removal.run(() => remove.mutateAsync(r.id))}
                                      />
                                    ) : null}
                                  </span>
                                );
                              })}
                        </TableCell>
                      ))}
                      <TableCell label={t('fields.status')}>{v.trained ? t('preparation.training.trained') : t('preparation.training.notTrained')}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              {canManage ? (
                <form className="thuis-form" onSubmit={submit} noValidate aria-label={t('preparation.training.add')}>
                  <FormProblem problem={problem} />
                  <div className="thuis-form-row">
                    <SelectField
                      label={t('preparation.training.visitor')}
                      placeholder={t('common.choose')}
                      options={data.visitors.map((v) => ({ value: v.userId, label: v.name }))}
                      value={values.userId}
                      onChange={set('userId')}
                      error={fieldError('userId')}
                    />
                    <SelectField
                      label={t('fields.topic')}
                      options={trainingTopics.map((topic) => ({ value: topic, label: t(`preparation.topics.${topic}`) }))}
                      value={values.topic}
                      onChange={set('topic')}
                      error={fieldError('topic')}
                    />
                  </div>
                  <div className="thuis-form-row">
                    <TextField type="date" label={t('fields.trainedOn')} value={values.trainedOn} onChange={set('trainedOn')} error={fieldError('trainedOn')} />
                    <TextField
                      label={t('fields.hours')}
                      description={t('preparation.training.hoursHint')}
                      optionalText={t('common.optional')}
                      inputMode="decimal"
                      value={values.hours}
                      onChange={set('hours')}
                      error={fieldError('hours')}
                    />
                  </div>
                  <Button type="submit" appearance="primary" busy={add.isPending} disabled={add.isPending}>
                    {t('preparation.training.add')}
                  </Button>
                </form>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}
