import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localisedText, surveyTemplates, type SurveyOverview, type SurveyTemplate } from '@thuis/domain';
import { ActionLabel, Button, Paragraph, Section, SelectField } from '../../ui';
import type { SurveyStart } from './editorDraft';

export interface SurveyEditing {
  template: SurveyTemplate;
  start: SurveyStart;
}

/**
 * The surveys of the project, each in its newest version, with their questions. Whoever manages the
 * surveys opens one in the editor, or sets one up again from its template or empty.
 */
export function SurveyVersions({ overview, canManage, onEdit }: { overview: SurveyOverview; canManage: boolean; onEdit: (editing: SurveyEditing) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('surveys.versions')}>
      {overview.versions.map((v) => {
        const name = localisedText(v.definition.title, i18n.language);
        return (
          <div key={v.id} className="thuis-survey-version">
            <details>
              <summary>
                {name} ({t('surveys.version', { version: v.version })}, {t('surveys.questionCount', { count: v.definition.questions.length })})
              </summary>
              <ol>
                {v.definition.questions.map((q) => (
                  <li key={q.key}>
                    {localisedText(q.label, i18n.language)}{' '}
                    <span className="thuis-optional">
                      ({t(`surveys.kinds.${q.kind}`)}, <code>{q.key}</code>)
                    </span>
                  </li>
                ))}
              </ol>
            </details>
            {canManage ? (
              <Button appearance="secondary" onClick={() => onEdit({ template: v.template, start: 'current' })}>
                <ActionLabel visible={t('surveyEditor.edit')} full={t('surveyEditor.editFor', { name })} />
              </Button>
            ) : null}
          </div>
        );
      })}
      {canManage ? <StartAgain onStart={onEdit} /> : null}
    </Section>
  );
}

function StartAgain({ onStart }: { onStart: (editing: SurveyEditing) => void }) {
  const { t } = useTranslation();
  const [template, setTemplate] = useState<SurveyTemplate>('kto');
  const [start, setStart] = useState<Exclude<SurveyStart, 'current'>>('template');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart({ template, start });
  };
  return (
    <Section level={3} title={t('surveyEditor.newSurvey')}>
      <Paragraph>{t('surveyEditor.newSurveyLead')}</Paragraph>
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={t('surveyEditor.newSurvey')}>
        <div className="thuis-form-row">
          <SelectField
            label={t('surveyEditor.which')}
            value={template}
            onChange={(e) => setTemplate(e.target.value as SurveyTemplate)}
            options={surveyTemplates.map((k) => ({ value: k, label: t(`surveyEditor.templates.${k}`) }))}
          />
          <SelectField
            label={t('surveyEditor.start')}
            value={start}
            onChange={(e) => setStart(e.target.value as 'template' | 'empty')}
            options={(['template', 'empty'] as const).map((k) => ({ value: k, label: t(`surveyEditor.starts.${k}`) }))}
          />
        </div>
        <Button type="submit">{t('surveyEditor.begin')}</Button>
      </form>
    </Section>
  );
}
