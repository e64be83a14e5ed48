import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  describeIssues,
  fitCheckInput,
  fitDecisions,
  fitPartnerKinds,
  socialIssueAnswers,
  todayInAmsterdam,
  worksKinds,
  type FitCheck,
  type ProjectDetail,
} from '@thuis/domain';
import { Alert, Button, CheckboxList, DataList, FormProblem, Paragraph, Section, SelectField, TextAreaField, TextField } from '../../ui';
import { isApiError } from '../../lib/api';
import { formatDate } from '../../lib/dates';
import { identifyingWarning } from '../../lib/identifying';
import { useActionFeedback } from '../../lib/useActionProblem';
import { useFitCheck, useSaveFitCheck } from './hooks';

/** "Past deze aanpak?": the fit check on the project page; the project leader fills it in. */
export function FitCheckSection({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const fitCheck = useFitCheck(project.id);
  const [editing, setEditing] = useState(false);
  const canEdit = project.permissions.includes('project.update');
  const current = fitCheck.data?.fitCheck ?? null;
  return (
    <Section
      title={t('fitCheckSection.title')}
      id="past-de-aanpak"
      actions={
        canEdit && !editing ? (
          <Button appearance="secondary" onClick={() => setEditing(true)}>
            {current ? t('fitCheckSection.edit') : t('fitCheckSection.fill')}
          </Button>
        ) : undefined
      }
    >
      {fitCheck.isError ? <Alert type="error">{fitCheck.error.message}</Alert> : null}
      {editing ? (
        <FitCheckForm project={project} current={current} onDone={() => setEditing(false)} />
      ) : current ? (
        <>
          <DataList
            items={[
              { key: 'decision', label: t('fields.decision'), value: t(`fitCheckSection.decisions.${current.decision}`) },
              {
                key: 'decided',
                label: t('fitCheckSection.decided'),
                value: t('fitCheckSection.decidedBy', { date: formatDate(current.decidedOn, i18n.language), name: current.decidedBy }),
              },
              { key: 'works', label: t('fields.worksKinds'), value: current.worksKinds.map((k) => t(`worksKinds.${k}`)).join(', ') },
              { key: 'share', label: t('fields.inhabitedSharePercent'), value: `${current.inhabitedSharePercent}%` },
              {
                key: 'relocation',
                label: t('fields.relocationOrDemolitionOnly'),
                value: t(current.relocationOrDemolitionOnly ? 'fitCheckSection.yes' : 'fitCheckSection.no'),
              },
              { key: 'social', label: t('fields.socialIssues'), value: t(`fitCheckSection.socialIssues.${current.socialIssues}`) },
              {
                key: 'partners',
                label: t('fields.partnersAvailable'),
                value: current.partnersAvailable.map((k) => t(`organisationTypes.${k}`)).join(', ') || t('fitCheckSection.none'),
              },
              ...(current.notes ? [{ key: 'notes', label: t('fields.notes'), value: <span className="thuis-preline">{current.notes}</span> }] : []),
            ]}
          />
          <Advice fitCheck={current} />
        </>
      ) : (
        <Paragraph>{t('fitCheckSection.empty')}</Paragraph>
      )}
    </Section>
  );
}

function Advice({ fitCheck }: { fitCheck: Pick<FitCheck, 'advice' | 'concerns'> }) {
  const { t } = useTranslation();
  return (
    <Alert
      type={fitCheck.advice === 'go' ? 'info' : 'warning'}
      title={t('fitCheckSection.advice', { advice: t(`fitCheckSection.decisions.${fitCheck.advice}`) })}
    >
      {fitCheck.concerns.length ? (
        <ul className="utrecht-unordered-list">
          {fitCheck.concerns.map((c) => (
            <li className="utrecht-unordered-list__item" key={c}>
              {t(c)}
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t('fitCheckSection.noConcerns')}</Paragraph>
      )}
    </Alert>
  );
}

type Field = 'worksKinds' | 'inhabitedSharePercent' | 'relocationOrDemolitionOnly' | 'socialIssues' | 'partnersAvailable' | 'decision' | 'notes' | 'decidedOn';

function FitCheckForm({ project, current, onDone }: { project: ProjectDetail; current: FitCheck | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveFitCheck(project.id);
  const feedback = useActionFeedback();
  const [values, setValues] = useState({
    worksKinds: current?.worksKinds ?? project.worksKinds,
    inhabitedSharePercent: current ? String(current.inhabitedSharePercent) : '',
    relocationOrDemolitionOnly: current ? (current.relocationOrDemolitionOnly ? 'yes' : 'no') : '',
    socialIssues: current?.socialIssues ?? '',
    partnersAvailable: current?.partnersAvailable ?? [],
    decision: current?.decision ?? '',
    notes: current?.notes ?? '',
    decidedOn: current?.decidedOn ?? todayInAmsterdam(),
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const set = (name: Field, value: unknown) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => ({ ...e, [name]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const share = values.inhabitedSharePercent.trim();
    const parsed = fitCheckInput.safeParse({
      ...values,
      inhabitedSharePercent: share === '' ? undefined : Number(share.replace(',', '.')),
      relocationOrDemolitionOnly: values.relocationOrDemolitionOnly === '' ? undefined : values.relocationOrDemolitionOnly === 'yes',
      socialIssues: values.socialIssues || undefined,
      decision: values.decision || undefined,
    });
    if (!parsed.success) {
      setErrors(Object.fromEntries(describeIssues(parsed.error.issues, t).map((m) => [m.path.split('.')[0], m.message])));
      return;
    }
    if (warning) return;
    try {
      await save.mutateAsync(parsed.data);
      feedback.ok(t('fitCheckSection.saved'));
      onDone();
    } catch (error) {
      feedback.fail(error);
      if (isApiError(error)) setErrors(Object.fromEntries(error.fields.map((f) => [f.path.split('.')[0], f.message])));
    }
  };

  const warning = identifyingWarning(values.notes, t);
  const options = (keys: readonly string[], prefix: string) => keys.map((k) => ({ value: k, label: t(`${prefix}.${k}`) }));
  const select = (name: 'relocationOrDemolitionOnly' | 'socialIssues' | 'decision', keys: readonly string[], prefix: string) => ({
    label: t(`fields.${name}`),
    options: options(keys, prefix),
    placeholder: t('common.choose'),
    value: values[name],
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
    error: errors[name],
  });
  return (
    <form className="thuis-form" onSubmit={(e) => void submit(e)} noValidate>
      <Paragraph>{t('fitCheckSection.intro')}</Paragraph>
      <FormProblem problem={feedback.problem} />
      <CheckboxList
        legend={t('fields.worksKinds')}
        options={options(worksKinds, 'worksKinds')}
        value={values.worksKinds}
        onChange={(v) => set('worksKinds', v)}
        error={errors.worksKinds}
      />
      <TextField
        label={t('fields.inhabitedSharePercent')}
        inputMode="numeric"
        value={values.inhabitedSharePercent}
        onChange={(e) => set('inhabitedSharePercent', e.target.value)}
        error={errors.inhabitedSharePercent}
      />
      <SelectField {...select('relocationOrDemolitionOnly', ['yes', 'no'], 'fitCheckSection')} />
      <SelectField {...select('socialIssues', socialIssueAnswers, 'fitCheckSection.socialIssues')} />
      <CheckboxList
        legend={t('fields.partnersAvailable')}
        options={options(fitPartnerKinds, 'organisationTypes')}
        value={values.partnersAvailable}
        onChange={(v) => set('partnersAvailable', v)}
        error={errors.partnersAvailable}
      />
      <SelectField {...select('decision', fitDecisions, 'fitCheckSection.decisions')} />
      <TextAreaField
        label={t('fields.notes')}
        description={t('fitCheckSection.notesHelp')}
        rows={4}
        value={values.notes}
        onChange={(e) => set('notes', e.target.value)}
        error={warning ?? errors.notes}
      />
      <TextField
        label={t('fields.decidedOn')}
        type="date"
        value={values.decidedOn}
        onChange={(e) => set('decidedOn', e.target.value)}
        error={errors.decidedOn}
      />
      <div className="thuis-form__buttons">
        <Button type="submit" appearance="primary" busy={save.isPending} disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </Button>
        <Button appearance="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
