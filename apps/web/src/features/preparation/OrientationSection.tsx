import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, DataTable, FormProblem, Paragraph, QueryState, Section, TextAreaField, TextField } from '../../ui';
import { formatShortDate } from '../../lib/dates';
import { parseDecimal } from '../../lib/numbers';
import { preparationApi } from './api';
import { useOrientationMeetings, usePreparationChange } from './hooks';
import { RemoveButton } from './RemoveButton';
import { useServerProblem } from './useServerProblem';

const empty = { heldOn: '', place: '', attendees: '', notes: '', themes: '' };

/** "Voororiëntatie": what holds residents back and what gives them strength, per meeting, with the themes raised. */
export function OrientationSection({ projectId, canManage }: { projectId: string; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const meetings = useOrientationMeetings(projectId);
  const add = usePreparationChange(projectId, 'orientation', (input: Parameters<typeof preparationApi.addMeeting>[1]) =>
    preparationApi.addMeeting(projectId, input),
  );
  const remove = usePreparationChange(projectId, 'orientation', (meetingId: string) => preparationApi.removeMeeting(projectId, meetingId));
  const removal = useServerProblem();
  const [values, setValues] = useState(empty);
  const { problem, fieldError, run } = useServerProblem();
  const set = (key: keyof typeof empty) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      heldOn: values.heldOn,
      place: values.place,
      attendees: parseDecimal(values.attendees) as number,
      notes: values.notes,
      themes: values.themes
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    };
    if (await run(() => add.mutateAsync(input))) setValues(empty);
  };
  return (
    <Section title={t('preparation.orientation.title')} id="orientation">
      <Paragraph>{t('preparation.orientation.intro')}</Paragraph>
      <FormProblem problem={removal.problem} />
      <QueryState query={meetings}>
        {(data) =>
          data.meetings.length === 0 ? (
            <Paragraph>{t('preparation.orientation.none')}</Paragraph>
          ) : (
            <DataTable
              caption={t('preparation.orientation.title')}
              rows={data.meetings}
              rowKey={(m) => m.id}
              columns={[
                { label: t('fields.heldOn'), cell: (m) => formatShortDate(m.heldOn, i18n.language) },
                { label: t('fields.place'), cell: (m) => m.place },
                { label: t('fields.attendees'), cell: (m) => m.attendees.toLocaleString('nl-NL') },
                { label: t('fields.themes'), cell: (m) => m.themes.join(', ') },
                { label: t('fields.notes'), cell: (m) => m.notes },
                ...(canManage
                  ? [
                      {
                        label: t('preparation.remove.column'),
                        cell: (m: (typeof data.meetings)[number]) => {
                          const what = t('preparation.remove.meeting', { date: formatShortDate(m.heldOn, i18n.language), place: m.place });
                          return (
                            <RemoveButton
                              full={t('preparation.remove.full', { what })}
                              confirm={t('preparation.remove.confirm', { what })}
                              busy={remove.isPending}
                              onRemove={() => removal.run(() => remove.mutateAsync(m.id))}
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
      {canManage ? (
        <form className="thuis-form" onSubmit={submit} noValidate aria-label={t('preparation.orientation.add')}>
          <FormProblem problem={problem} />
          <div className="thuis-form-row">
            <TextField type="date" label={t('fields.heldOn')} value={values.heldOn} onChange={set('heldOn')} error={fieldError('heldOn')} />
            <TextField label={t('fields.attendees')} inputMode="numeric" value={values.attendees} onChange={set('attendees')} error={fieldError('attendees')} />
          </div>
          <TextField label={t('fields.place')} value={values.place} onChange={set('place')} error={fieldError('place')} />
          <TextAreaField
            label={t('fields.notes')}
            description={t('preparation.orientation.notesHint')}
            optionalText={t('common.optional')}
            rows={3}
            value={values.notes}
            onChange={set('notes')}
            error={fieldError('notes')}
          />
          <TextField
            label={t('fields.themes')}
            description={t('preparation.orientation.themesHint')}
            optionalText={t('common.optional')}
            value={values.themes}
            onChange={set('themes')}
            error={problem?.details.find((d) => d.path.startsWith('themes'))?.message}
          />
          <Button type="submit" appearance="primary" busy={add.isPending} disabled={add.isPending}>
            {t('preparation.orientation.add')}
          </Button>
        </form>
      ) : null}
    </Section>
  );
}
