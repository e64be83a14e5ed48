import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { surveyVersionInput, type SurveyOverview, type SurveyVersion } from '@thuis/domain';
import { Alert, Button, ButtonGroup, FormProblem, Paragraph, Section, TextAreaField, TextField } from '../../ui';
import { isApiError } from '../../lib/api';
import { QuestionList } from '../formEditor/QuestionList';
import { browserStorage } from '../interimEvaluations/draft';
import {
  createSurveyDraftStore,
  fromSurveyDraft,
  startSurveyDraft,
  surveyIssueMessages,
  toSurveyDraft,
  type StoredSurveyDraft,
  type SurveyDraft,
} from './editorDraft';
import { useSaveSurveyVersion } from './hooks';
import type { SurveyEditing } from './SurveyVersions';

const drafts = createSurveyDraftStore(browserStorage());
type Problem = { message: string; details: { path: string; message: string }[] } | null;

function initialDraft(editing: SurveyEditing, current: SurveyVersion | undefined, restored: StoredSurveyDraft | null): SurveyDraft {
  if (restored) return restored.draft;
  if (editing.start === 'current' && current) return toSurveyDraft(editing.template, current.definition, current.version);
  return startSurveyDraft(editing.template, editing.start === 'empty' ? 'empty' : 'template');
}

/**
 * The editor of a survey's next version: title, introduction and questions (the registration form's
 * question types), checked with the shared schema; what is typed is kept on this device until saved.
 */
export function SurveyEditor({
  projectId,
  editing,
  overview,
  onSaved,
  onClose,
}: {
  projectId: string;
  editing: SurveyEditing;
  overview: SurveyOverview;
  onSaved: (version: SurveyVersion) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const save = useSaveSurveyVersion(projectId);
  const current = overview.versions.find((v) => v.template === editing.template);
  const [restored] = useState(() => (editing.start === 'current' ? drafts.load(projectId, editing.template) : null));
  const [draft, setDraftState] = useState<SurveyDraft>(() => initialDraft(editing, current, restored));
  const [savedAt, setSavedAt] = useState<string | null>(restored?.savedAt ?? null);
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [problem, setProblem] = useState<Problem>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  // The draft is kept once something was typed, until the server has the version (or it is discarded).
  const dirty = useRef(false);
  const keeping = useRef(true);
  const latest = useRef(draft);
  const setDraft = (change: (d: SurveyDraft) => SurveyDraft) => {
    dirty.current = true;
    setDraftState(change);
  };

  useEffect(() => document.getElementById('survey-editor-title')?.focus(), []);
  useEffect(() => {
    latest.current = draft;
    if (!dirty.current || !keeping.current) return;
    const timer = window.setTimeout(() => setSavedAt(drafts.save(projectId, draft).savedAt), 500);
    return () => window.clearTimeout(timer);
  }, [draft, projectId]);
  // At once when the page goes away or the editor closes.
  useEffect(() => {
    const flush = () => {
      if (dirty.current && keeping.current) drafts.save(projectId, latest.current);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      window.removeEventListener('pagehide', flush);
    };
  }, [projectId]);

  const name = t(`surveyEditor.templates.${editing.template}`);
  const title = editing.start === 'current' ? t('surveyEditor.editTitle', { name }) : t('surveyEditor.newTitle', { name });
  const time = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(
      new Date(iso),
    );
  const err = (path: string) => errors.get(path);
  const setText = (field: 'title' | 'intro', lang: 'nl' | 'en', value: string) => setDraft((d) => ({ ...d, [field]: { ...d[field], [lang]: value } }));

  const showProblem = (next: Problem) => {
    setProblem(next);
    window.setTimeout(() => problemRef.current?.focus(), 0);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const parsed = surveyVersionInput.safeParse({ template: draft.template, definition: fromSurveyDraft(draft) });
    if (!parsed.success) {
      const { fields, lines } = surveyIssueMessages(parsed.error.issues, t);
      setErrors(fields);
      showProblem({ message: t('surveyEditor.fixErrors', { count: fields.size }), details: lines });
      return;
    }
    setErrors(new Map());
    try {
      const version = await save.mutateAsync(parsed.data);
      keeping.current = false;
      drafts.remove(projectId, draft.template);
      onSaved(version);
    } catch (e) {
      if (isApiError(e)) {
        setErrors(new Map(e.fields.map((f) => [f.path.replace(/^definition\./, ''), f.message] as const)));
        showProblem({ message: e.message, details: e.fields });
      } else showProblem({ message: t('errors.server'), details: [] });
    }
  };
  const discard = () => {
    keeping.current = false;
    drafts.remove(projectId, editing.template);
    onClose();
  };

  const outdated = restored && restored.draft.baseVersion !== null && current && current.version !== restored.draft.baseVersion;
  return (
    <Section title={title} className="thuis-survey-editor">
      <form className="thuis-form thuis-form-editor" onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
        <div ref={problemRef} tabIndex={-1}>
          <FormProblem problem={problem} />
        </div>
        {restored ? <Alert type="info">{t('surveyEditor.restored', { time: time(restored.savedAt) })}</Alert> : null}
        {outdated ? <Alert type="warning">{t('surveyEditor.outdated', { version: restored.draft.baseVersion, current: current.version })}</Alert> : null}
        <Paragraph>
          {draft.baseVersion !== null && current
            ? t('surveyEditor.basedOn', { version: draft.baseVersion, next: current.version + 1 })
            : t('surveyEditor.basedOnStart')}
        </Paragraph>
        <div className="thuis-form-row">
          <TextField
            id="survey-editor-title"
            label={t('surveyEditor.titleNl')}
            value={draft.title.nl}
            error={err('title.nl')}
            onChange={(e) => setText('title', 'nl', e.target.value)}
          />
          <TextField
            label={t('surveyEditor.titleEn')}
            optionalText={t('common.optional')}
            value={draft.title.en}
            error={err('title.en')}
            onChange={(e) => setText('title', 'en', e.target.value)}
          />
        </div>
        <div className="thuis-form-row">
          <TextAreaField
            label={t('surveyEditor.introNl')}
            optionalText={t('common.optional')}
            value={draft.intro.nl}
            error={err('intro.nl')}
            onChange={(e) => setText('intro', 'nl', e.target.value)}
          />
          <TextAreaField
            label={t('surveyEditor.introEn')}
            optionalText={t('common.optional')}
            value={draft.intro.en}
            error={err('intro.en')}
            onChange={(e) => setText('intro', 'en', e.target.value)}
          />
        </div>

        <h3 className="utrecht-heading-3">{t('surveyEditor.questions')}</h3>
        <QuestionList
          questions={draft.questions}
          keyHint={t('surveyEditor.keyHint')}
          error={err}
          onChange={(change) => setDraft((d) => ({ ...d, questions: change(d.questions) }))}
        />

        <p className="thuis-draft-saved" aria-live="polite">
          {savedAt ? t('surveyEditor.draftSaved', { time: time(savedAt) }) : null}
        </p>
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={save.isPending} disabled={save.isPending}>
            {t('surveyEditor.save')}
          </Button>
          <Button appearance="subtle" onClick={onClose}>
            {t('surveyEditor.close')}
          </Button>
          {restored || savedAt ? (
            <Button appearance="subtle" danger onClick={discard}>
              {t('surveyEditor.discard')}
            </Button>
          ) : null}
        </ButtonGroup>
      </form>
    </Section>
  );
}
