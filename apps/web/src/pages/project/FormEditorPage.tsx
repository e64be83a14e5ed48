import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formDefinition, localisedText, type FormVersion, type ProjectDetail } from '@thuis/domain';
import { Alert, Button, ButtonGroup, DataTable, FormProblem, Link, Paragraph, QueryState, Section, TextField } from '../../ui';
import { isApiError } from '../../lib/api';
import { formatDate } from '../../lib/dates';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { useFormVersions, useRegistrationForm, useSaveRegistrationForm } from '../../features/formEditor/hooks';
import { emptyCard, fromDraft, issueMessages, move, toDraft, type Draft, type DraftCard } from '../../features/formEditor/draft';
import { LabelFields, MoveButtons, useMoveFocus } from '../../features/formEditor/QuestionEditor';
import { QuestionList } from '../../features/formEditor/QuestionList';

export function FormEditorPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="registrations.form.manage" title={t('formEditor.title')} lead={t('formEditor.intro')}>
      {(project) => <FormEditorView project={project} />}
    </ProjectSubPage>
  );
}

function FormEditorView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const current = useRegistrationForm(project.id);
  // Kept here: a saved version reloads the form and starts a fresh editor.
  const [saved, setSaved] = useState<number | null>(null);
  return (
    <>
      <p className="thuis-back">
        <Link to={`/projects/${project.id}/visits`}>{t('invitations.backToVisits')}</Link>
      </p>
      <Alert type="info">
        <p className="utrecht-paragraph">{t('formEditor.versionsExplained')}</p>
        <p className="utrecht-paragraph">{t('formEditor.keysExplained')}</p>
      </Alert>
      <QueryState query={current}>
        {(form) => (
          <>
            <CurrentForm form={form} />
            <Versions projectId={project.id} />
            <Editor key={form.id} projectId={project.id} form={form} saved={saved} setSaved={setSaved} />
          </>
        )}
      </QueryState>
    </>
  );
}

function useLabel() {
  const { i18n } = useTranslation();
  return (label: { nl: string; en: string }) => localisedText(label, i18n.language);
}

function CurrentForm({ form }: { form: FormVersion }) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  return (
    <Section title={t('formEditor.currentTitle', { version: form.version })}>
      <Paragraph>{t('formEditor.currentSaved', { date: formatDate(form.createdAt.slice(0, 10), i18n.language) })}</Paragraph>
      <div className="thuis-form-row">
        <div>
          <h3 className="utrecht-heading-3">{t('formEditor.questionsTitle', { count: form.definition.questions.length })}</h3>
          <ol className="utrecht-ordered-list">
            {form.definition.questions.map((q) => (
              <li className="utrecht-ordered-list__item" key={q.key}>
                {label(q.label)}{' '}
                <span className="thuis-muted">
                  ({t(`formEditor.kinds.${q.kind}`)}, <code>{q.key}</code>)
                </span>
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h3 className="utrecht-heading-3">{t('formEditor.cardsTitle', { count: form.definition.cards.length })}</h3>
          <ul className="utrecht-unordered-list">
            {form.definition.cards.map((c) => (
              <li className="utrecht-unordered-list__item" key={c.key}>
                {label(c.label)}
                {c.description ? <span className="thuis-muted"> – {label(c.description)}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </Section>
  );
}

function Versions({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const versions = useFormVersions(projectId);
  return (
    <Section title={t('formEditor.versionsTitle')}>
      <QueryState query={versions} empty={t('formEditor.noVersions')}>
        {(list) => (
          <DataTable
            caption={t('formEditor.versionsTitle')}
            rows={[...list].sort((a, b) => b.version - a.version)}
            rowKey={(v) => v.id}
            columns={[
              { label: t('formEditor.version'), cell: (v) => v.version, className: 'thuis-number' },
              { label: t('formEditor.savedOn'), cell: (v) => formatDate(v.createdAt.slice(0, 10), i18n.language) },
              { label: t('formEditor.registrations'), cell: (v) => v.registrationCount, className: 'thuis-number' },
            ]}
          />
        )}
      </QueryState>
    </Section>
  );
}

type Problem = { message: string; details: { path: string; message: string }[] } | null;

function Editor({ projectId, form, saved, setSaved }: { projectId: string; form: FormVersion; saved: number | null; setSaved: (v: number | null) => void }) {
  const { t } = useTranslation();
  const save = useSaveRegistrationForm(projectId);
  const [draft, setDraft] = useState<Draft>(() => toDraft(form.definition));
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [problem, setProblem] = useState<Problem>(null);
  const keepFocus = useMoveFocus();

  const setCard = (i: number, c: DraftCard) => setDraft((d) => ({ ...d, cards: d.cards.map((x, j) => (j === i ? c : x)) }));
  const err = (path: string) => errors.get(path);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    setProblem(null);
    const definition = fromDraft(draft);
    const parsed = formDefinition.safeParse(definition);
    if (!parsed.success) {
      const messages = issueMessages(parsed.error.issues, t);
      setErrors(messages);
      setProblem({ message: t('formEditor.fixErrors', { count: messages.size }), details: [] });
      return;
    }
    setErrors(new Map());
    try {
      const version = await save.mutateAsync(parsed.data);
      setSaved(version.version);
    } catch (e) {
      if (isApiError(e)) {
        const messages = new Map(e.fields.map((f) => [f.path.replace(/^definition\./, ''), f.message] as const));
        setErrors(messages);
        setProblem({ message: e.message, details: e.fields });
      } else setProblem({ message: t('errors.server'), details: [] });
    }
  };

  return (
    <Section title={t('formEditor.editTitle')}>
      <form className="thuis-form thuis-form-editor" onSubmit={(e) => void submit(e)} noValidate aria-label={t('formEditor.editTitle')}>
        <FormProblem problem={problem} />
        {saved !== null ? <Alert type="ok">{t('formEditor.saved', { version: saved })}</Alert> : null}

        <h3 className="utrecht-heading-3">{t('formEditor.questionsHeading')}</h3>
        <QuestionList questions={draft.questions} error={err} onChange={(change) => setDraft((d) => ({ ...d, questions: change(d.questions) }))} />

        <h3 className="utrecht-heading-3">{t('formEditor.cardsHeading')}</h3>
        {err('cards') ? <Alert type="error">{err('cards')}</Alert> : null}
        <ol className="thuis-editor-list">
          {draft.cards.map((c, i) => (
            <li key={c.uid} className="thuis-card thuis-editor-item">
              <CardEditor
                index={i}
                count={draft.cards.length}
                card={c}
                error={(p) => err(`cards.${i}.${p}`)}
                onChange={(next) => setCard(i, next)}
                onMove={(to) => {
                  keepFocus(c.uid, to < i ? 'up' : 'down');
                  setDraft((d) => ({ ...d, cards: move(d.cards, i, to) }));
                }}
                onRemove={() => setDraft((d) => ({ ...d, cards: d.cards.filter((_, j) => j !== i) }))}
              />
            </li>
          ))}
        </ol>
        <ButtonGroup>
          <Button onClick={() => setDraft((d) => ({ ...d, cards: [...d.cards, emptyCard()] }))}>{t('formEditor.addCard')}</Button>
        </ButtonGroup>

        <Paragraph className="thuis-muted">{t('formEditor.saveHint')}</Paragraph>
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={save.isPending} disabled={save.isPending}>
            {t('formEditor.save')}
          </Button>
          <Button
            appearance="subtle"
            onClick={() => {
              setDraft(toDraft(form.definition));
              setErrors(new Map());
              setProblem(null);
              setSaved(null);
            }}
          >
            {t('formEditor.reset')}
          </Button>
        </ButtonGroup>
      </form>
    </Section>
  );
}

function CardEditor({
  index,
  count,
  card: c,
  error,
  onChange,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  card: DraftCard;
  error: (path: string) => string | undefined;
  onChange: (c: DraftCard) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const name = t('formEditor.cardN', { n: index + 1 });
  const description = c.description ?? { nl: '', en: '' };
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset thuis-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {name}
        {c.label.nl ? `: ${c.label.nl}` : ''}
      </legend>
      <MoveButtons index={index} count={count} name={name} moveId={c.uid} onMove={onMove} onRemove={onRemove} />
      <div className="thuis-form-row">
        <TextField
          label={t('formEditor.key')}
          value={c.key}
          autoComplete="off"
          spellCheck={false}
          error={error('key')}
          onChange={(e) => onChange({ ...c, key: e.target.value })}
        />
        <LabelFields
          value={c.label}
          labels={{ nl: t('formEditor.labelNl'), en: t('formEditor.labelEn') }}
          error={(language) => error(`label.${language}`)}
          onChange={(label) => onChange({ ...c, label })}
        />
      </div>
      <div className="thuis-form-row">
        <LabelFields
          value={description}
          labels={{ nl: t('formEditor.descriptionNl'), en: t('formEditor.descriptionEn') }}
          error={(language) => error(`description.${language}`)}
          onChange={(next) => onChange({ ...c, description: next })}
        />
      </div>
    </fieldset>
  );
}
