import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { communicationChannels, phaseKeys, type CommunicationItem } from '@thuis/domain';
import { Button, DataTable, FormProblem, Paragraph, QueryState, Section, SelectField, StatusBadge, TextField } from '../../ui';
import { preparationApi } from './api';
import { useCommunicationPlan, usePreparationChange, useTaskMatrix } from './hooks';
import { RemoveButton } from './RemoveButton';
import { useServerProblem } from './useServerProblem';

const empty = { phase: 'preparation', audience: '', channel: 'letter', language: 'Nederlands', frequency: '', ownerId: '' };

/**
 * The communication plan, made with the resident project group: per phase the audience, channel,
 * language, frequency and owner. The group proposes items; the project leader takes them over.
 */
export function CommunicationSection({ projectId, canManage, canPropose }: { projectId: string; canManage: boolean; canPropose: boolean }) {
  const { t } = useTranslation();
  const plan = useCommunicationPlan(projectId);
  const organisations = useTaskMatrix(projectId, canManage).data?.organisations ?? [];
  const add = usePreparationChange(projectId, 'communication', (input: Parameters<typeof preparationApi.addCommunication>[1]) =>
    preparationApi.addCommunication(projectId, input),
  );
  const agree = usePreparationChange(projectId, 'communication', (item: CommunicationItem) =>
    preparationApi.updateCommunication(projectId, item.id, {
      phase: item.phase,
      audience: item.audience,
      channel: item.channel,
      language: item.language,
      frequency: item.frequency,
      ownerId: item.owner?.id ?? null,
    }),
  );
  const remove = usePreparationChange(projectId, 'communication', (itemId: string) => preparationApi.removeCommunication(projectId, itemId));
  const [values, setValues] = useState(empty);
  const form = useServerProblem();
  const agreeProblem = useServerProblem();
  const set = (key: keyof typeof empty) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { ...values, ownerId: values.ownerId || null } as Parameters<typeof preparationApi.addCommunication>[1];
    if (await form.run(() => add.mutateAsync(input))) setValues(empty);
  };
  return (
    <Section title={t('preparation.communication.title')} id="communication">
      <Paragraph>{t('preparation.communication.intro')}</Paragraph>
      <FormProblem problem={agreeProblem.problem} />
      <QueryState query={plan}>
        {(data) =>
          data.items.length === 0 ? (
            <Paragraph>{t('preparation.communication.none')}</Paragraph>
          ) : (
            <DataTable
              caption={t('preparation.communication.title')}
              rows={data.items}
              rowKey={(i) => i.id}
              columns={[
                { label: t('fields.phase'), cell: (i) => t(`phases.${i.phase}`) },
                { label: t('fields.audience'), cell: (i) => i.audience },
                { label: t('fields.channel'), cell: (i) => t(`preparation.channels.${i.channel}`) },
                { label: t('preparation.goals.language'), cell: (i) => i.language },
                { label: t('fields.frequency'), cell: (i) => i.frequency },
                { label: t('fields.ownerId'), cell: (i) => i.owner?.name ?? '–' },
                {
                  label: t('fields.status'),
                  cell: (i) =>
                    i.status === 'proposed' ? (
                      <>
                        <StatusBadge tone="active">{t('preparation.communication.proposed')}</StatusBadge>{' '}
                        {canManage ? (
                          <Button type="button" onClick={() => void agreeProblem.run(() => agree.mutateAsync(i))}>
                            {t('preparation.communication.agree', { audience: i.audience })}
                          </Button>
                        ) : null}
                      </>
                    ) : (
                      t('preparation.communication.agreed')
                    ),
                },
                ...(canManage
                  ? [
                      {
                        label: t('preparation.remove.column'),
                        cell: (i: CommunicationItem) => {
                          const what = t('preparation.remove.communication', { audience: i.audience, phase: t(`phases.${i.phase}`) });
                          return (
                            <RemoveButton
                              full={t('preparation.remove.full', { what })}
                              confirm={t('preparation.remove.confirm', { what })}
                              busy={remove.isPending}
                              onRemove={() => agreeProblem.run(() => remove.mutateAsync(i.id))}
                            />
                          );
                        },
                      },
                    ]
                  : []),
              ]}
            />
          )
        }
      </QueryState>
      {canPropose ? (
        <form
          className="thuis-form"
          onSubmit={submit}
          noValidate
          aria-label={t(canManage ? 'preparation.communication.add' : 'preparation.communication.propose')}
        >
          <FormProblem problem={form.problem} />
          <div className="thuis-form-row">
            <SelectField
              label={t('fields.phase')}
              options={phaseKeys.map((p) => ({ value: p, label: t(`phases.${p}`) }))}
              value={values.phase}
              onChange={set('phase')}
            />
            <SelectField
              label={t('fields.channel')}
              options={communicationChannels.map((c) => ({ value: c, label: t(`preparation.channels.${c}`) }))}
              value={values.channel}
              onChange={set('channel')}
              error={form.fieldError('channel')}
            />
          </div>
          <TextField label={t('fields.audience')} value={values.audience} onChange={set('audience')} error={form.fieldError('audience')} />
          <div className="thuis-form-row">
            <TextField label={t('preparation.goals.language')} value={values.language} onChange={set('language')} error={form.fieldError('language')} />
            <TextField label={t('fields.frequency')} value={values.frequency} onChange={set('frequency')} error={form.fieldError('frequency')} />
          </div>
          {canManage ? (
            <SelectField
              label={t('fields.ownerId')}
              placeholder={t('common.choose')}
              options={organisations.map((o) => ({ value: o.id, label: o.name }))}
              value={values.ownerId}
              onChange={set('ownerId')}
              error={form.fieldError('ownerId')}
            />
          ) : null}
          <Button type="submit" appearance="primary" busy={add.isPending} disabled={add.isPending}>
            {t(canManage ? 'preparation.communication.add' : 'preparation.communication.propose')}
          </Button>
        </form>
      ) : null}
    </Section>
  );
}
