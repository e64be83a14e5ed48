import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localisedText, openTextCategories, type FormVersion, type OpenTextCategory, type Question, type RegistrationContent } from '@thuis/domain';
import { Alert, Button, ButtonLink, CheckboxField, FormButtons, Link, Paragraph, Section, TextAreaField } from '../../ui';
import { identifyingWarning } from '../../lib/identifying';
import { newClientId } from './api';
import { emptyContent, keepKnownAnswers, type FieldMessage } from './store';
import { refreshSyncState, registrationStore, syncNow, useSyncState } from './sync';
import { SyncStatus } from './SyncStatus';
import './registration.css';

type Label = { nl: string; en?: string | undefined } | undefined;
type Status = 'editing' | 'queued' | 'saved';
type FreeText = OpenTextCategory | 'talents' | 'summary';
const freeTexts: readonly FreeText[] = [...openTextCategories, 'talents', 'summary'];
const fieldPath = (f: FreeText) => (f === 'talents' || f === 'summary' ? `content.${f}` : `content.openText.${f}`);
const fieldId = (path: string) => `reg-${path.replace(/\./g, '-')}`;

function textOf(content: RegistrationContent, f: FreeText): string {
  return f === 'talents' || f === 'summary' ? content[f] : (content.openText[f] ?? '');
}

/**
 * The registration of one conversation, rendered from the project's form version. Every change is
 * kept on this device; "Registratie opslaan" queues it and sends it when there is a connection.
 */
export function RegistrationForm({ projectId, visitId, form, visitsHref }: { projectId: string; visitId: string; form: FormVersion; visitsHref: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const label = (l: Label) => localisedText(l, lang);
  const timeFormat = useMemo(() => new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }), [lang]);

  // The draft of this visit, or the registration that already waits in the outbox.
  const [initial] = useState(() => {
    const queued = registrationStore.queuedFor(visitId);
    const draft = registrationStore.draft(visitId);
    return { queued, draft };
  });
  const [status, setStatus] = useState<Status>(initial.queued ? 'queued' : 'editing');
  const [clientId] = useState(() => initial.queued?.clientId ?? initial.draft?.clientId ?? newClientId());
  const [content, setContent] = useState<RegistrationContent>(() => initial.draft?.content ?? emptyContent());
  const [savedAt, setSavedAt] = useState<string | null>(initial.draft?.savedAt ?? null);
  const [serverProblem, setServerProblem] = useState<{ message: string; fields: FieldMessage[] } | null>(initial.draft?.serverProblem ?? null);
  const [blocked, setBlocked] = useState(false);
  const dirty = useRef(false);
  const sync = useSyncState();

  const saveDraft = (next: RegistrationContent, problem = serverProblem) => {
    const saved = registrationStore.saveDraft({ clientId, projectId, visitId, formVersionId: form.id, content: next, serverProblem: problem ?? undefined });
    setSavedAt(saved.savedAt);
    dirty.current = false;
  };

  // Write the draft half a second after the last change, and at once when the page goes away.
  const latest = useRef({ content, saveDraft });
  latest.current = { content, saveDraft };
  useEffect(() => {
    if (!dirty.current || status !== 'editing') return;
    const timer = window.setTimeout(() => latest.current.saveDraft(latest.current.content), 500);
    return () => window.clearTimeout(timer);
  }, [content, status]);
  useEffect(() => {
    const flush = () => {
      if (dirty.current) latest.current.saveDraft(latest.current.content);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  // A background sync may finish (or refuse) what this page queued.
  useEffect(() => {
    if (status !== 'queued' || sync.syncing) return;
    if (registrationStore.queuedFor(visitId)) return;
    const draft = registrationStore.draft(visitId);
    if (draft?.clientId === clientId && draft.serverProblem) {
      setContent(draft.content);
      setServerProblem(draft.serverProblem);
      setSavedAt(draft.savedAt);
      setStatus('editing');
    } else setStatus('saved');
  }, [status, sync, visitId, clientId]);

  const change = (update: (c: RegistrationContent) => RegistrationContent, clearPath?: string) => {
    dirty.current = true;
    setContent((c) => update(c));
    setBlocked(false);
    if (clearPath && serverProblem?.fields.some((f) => f.path === clearPath || f.path.startsWith(`${clearPath}.`)))
      setServerProblem({ ...serverProblem, fields: serverProblem.fields.filter((f) => !(f.path === clearPath || f.path.startsWith(`${clearPath}.`))) });
  };
  const setAnswer = (key: string, value: RegistrationContent['answers'][string] | undefined) =>
    change((c) => {
      const answers = { ...c.answers };
      if (value === undefined || (Array.isArray(value) && value.length === 0)) delete answers[key];
      else answers[key] = value;
      return { ...c, answers };
    }, `content.answers.${key}`);
  const setText = (f: FreeText, value: string) =>
    change((c) => (f === 'talents' || f === 'summary' ? { ...c, [f]: value } : { ...c, openText: { ...c.openText, [f]: value } }), fieldPath(f));

  const warnings = useMemo(() => {
    const found: Partial<Record<FreeText, string>> = {};
    for (const f of freeTexts) {
      const warning = identifyingWarning(textOf(content, f), t);
      if (warning) found[f] = warning;
    }
    return found;
  }, [content, t]);

  const serverField = (path: string) =>
    serverProblem?.fields
      .filter((f) => f.path === path || f.path.startsWith(`${path}.`))
      .map((f) => f.message)
      .join(' ') || undefined;
  const knownPaths = (path: string) =>
    path.startsWith('content.answers.') ||
    path.startsWith('content.cards') ||
    freeTexts.some((f) => fieldPath(f) === path) ||
    path === 'content.talentsContactConsent';
  const otherProblems = serverProblem?.fields.filter((f) => !knownPaths(f.path)) ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const firstWarning = freeTexts.find((f) => warnings[f]);
    if (firstWarning) {
      setBlocked(true);
      document.getElementById(fieldId(fieldPath(firstWarning)))?.focus();
      return;
    }
    const clean = keepKnownAnswers(
      content,
      form.definition.questions.map((q) => q.key),
      form.definition.cards.map((c) => c.key),
    );
    dirty.current = false;
    registrationStore.queue({ clientId, projectId, visitId, formVersionId: form.id, content: clean });
    refreshSyncState();
    setServerProblem(null);
    setStatus('queued');
    window.scrollTo({ top: 0 });
    await syncNow();
  };

  if (status !== 'editing')
    return (
      <div className="thuis-registration">
        {status === 'saved' ? <Alert type="ok">{t('registration.saved')}</Alert> : <Alert type="info">{t('registration.queued')}</Alert>}
        <SyncStatus />
        <p className="utrecht-button-group">
          <ButtonLink to={visitsHref} appearance="primary">
            {t('registration.backToVisits')}
          </ButtonLink>
        </p>
      </div>
    );

  const cardError = serverField('content.cards');
  return (
    <div className="thuis-registration">
      <SyncStatus />
      <form className="thuis-form" noValidate onSubmit={(e) => void submit(e)} aria-label={t('registration.title')}>
        {serverProblem ? (
          <Alert type="error">
            <p className="utrecht-paragraph">{serverProblem.message}</p>
            {otherProblems.length ? (
              <ul className="utrecht-unordered-list">
                {otherProblems.map((p) => (
                  <li className="utrecht-unordered-list__item" key={p.path}>
                    {p.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
        {blocked ? <Alert type="error">{t('registration.fixIdentifying')}</Alert> : null}

        {form.definition.questions.length ? (
          <Section title={t('registration.questions')} level={2}>
            {form.definition.questions.map((q) => (
              <QuestionField
                key={q.key}
                question={q}
                label={label}
                value={content.answers[q.key]}
                error={serverField(`content.answers.${q.key}`)}
                onChange={(v) => setAnswer(q.key, v)}
              />
            ))}
          </Section>
        ) : null}

        <Section title={t('registration.cards')} level={2}>
          <fieldset className="thuis-fieldset" aria-describedby={cardError ? 'reg-cards-error' : undefined}>
            <legend className="thuis-visually-hidden">{t('registration.cards')}</legend>
            {cardError ? (
              <p className="thuis-field-warning" id="reg-cards-error">
                {cardError}
              </p>
            ) : null}
            <div className="thuis-card-grid">
              {form.definition.cards.map((c) => (
                <label className="thuis-choice" key={c.key}>
                  <input
                    type="checkbox"
                    checked={content.cards.includes(c.key)}
                    onChange={(e) =>
                      change((cur) => ({ ...cur, cards: e.target.checked ? [...cur.cards, c.key] : cur.cards.filter((k) => k !== c.key) }), 'content.cards')
                    }
                  />
                  <span>
                    {label(c.label)}
                    {c.description ? <small>{label(c.description)}</small> : null}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        </Section>

        <Section title={t('registration.story')} level={2}>
          <Paragraph className="thuis-muted">{t('registration.storyHint')}</Paragraph>
          {openTextCategories.map((c) => (
            <FreeTextField
              key={c}
              f={c}
              label={t(`fields.${c}`)}
              content={content}
              warning={warnings[c]}
              serverError={serverField(fieldPath(c))}
              onChange={setText}
            />
          ))}
        </Section>

        <Section title={t('registration.talentsTitle')} level={2}>
          <FreeTextField
            f="talents"
            label={t('registration.talents')}
            content={content}
            warning={warnings.talents}
            serverError={serverField('content.talents')}
            onChange={setText}
          />
          <CheckboxField
            label={t('registration.consent')}
            checked={content.talentsContactConsent}
            error={serverField('content.talentsContactConsent')}
            onChange={(e) => change((c) => ({ ...c, talentsContactConsent: e.target.checked }), 'content.talentsContactConsent')}
          />
          {content.talentsContactConsent ? (
            // The card lives with the household's identity: the talents go along only as text the worker chose to copy, no link back.
            <Alert type="info">
              {t('talents.fromRegistration')}{' '}
              <Link to={`/projects/${projectId}/talents`} state={{ gives: content.talents }}>
                {t('talents.fromRegistrationLink')}
              </Link>
            </Alert>
          ) : null}
        </Section>

        <Section title={t('registration.summaryTitle')} level={2}>
          <FreeTextField
            f="summary"
            label={t('registration.summary')}
            description={t('registration.summaryHint')}
            content={content}
            warning={warnings.summary}
            serverError={serverField('content.summary')}
            onChange={setText}
          />
        </Section>

        <p className="thuis-draft-saved" aria-live="polite">
          {savedAt ? t('registration.draftSaved', { time: timeFormat.format(new Date(savedAt)) }) : t('registration.draftNotYet')}
        </p>
        <FormButtons busy={false} submitLabel={t('registration.submit')} cancelTo={visitsHref} />
      </form>
    </div>
  );
}

function FreeTextField({
  f,
  label,
  description,
  content,
  warning,
  serverError,
  onChange,
}: {
  f: FreeText;
  label: string;
  description?: ReactNode;
  content: RegistrationContent;
  warning: string | undefined;
  serverError: string | undefined;
  onChange: (f: FreeText, value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <TextAreaField
      id={fieldId(fieldPath(f))}
      label={label}
      description={description}
      optionalText={t('common.optional')}
      rows={4}
      value={textOf(content, f)}
      error={warning ?? serverError}
      onChange={(e) => onChange(f, e.target.value)}
    />
  );
}

export function QuestionField({
  question: q,
  label,
  value,
  error,
  onChange,
}: {
  question: Question;
  label: (l: Label) => string;
  value: RegistrationContent['answers'][string] | undefined;
  error: string | undefined;
  onChange: (value: RegistrationContent['answers'][string] | undefined) => void;
}) {
  const { t } = useTranslation();
  const id = fieldId(`content.answers.${q.key}`);
  const errorId = error ? `${id}-error` : undefined;
  const hint =
    q.kind === 'scale' && (q.minLabel || q.maxLabel)
      ? t('registration.scaleHint', { min: q.min, minLabel: label(q.minLabel) || q.min, max: q.max, maxLabel: label(q.maxLabel) || q.max })
      : null;
  const hintId = hint ? `${id}-hint` : undefined;
  const options =
    q.kind === 'scale'
      ? Array.from({ length: q.max - q.min + 1 }, (_, i) => ({ value: q.min + i, text: String(q.min + i) }))
      : q.options.map((o) => ({ value: o.key, text: label(o.label) }));
  return (
    <fieldset className="thuis-fieldset" id={id} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend>
        {label(q.label)}
        {q.required ? null : <span className="thuis-optional"> {t('common.optional')}</span>}
      </legend>
      {hint ? (
        <p className="utrecht-form-field-description" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="thuis-field-warning" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className={`thuis-choices ${q.kind === 'scale' ? 'thuis-choices--scale' : 'thuis-choices--list'}`}>
        {options.map((o) => (
          <label className="thuis-choice" key={o.value}>
            {q.kind === 'multi' ? (
              <input
                type="checkbox"
                checked={Array.isArray(value) && value.includes(String(o.value))}
                onChange={(e) => {
                  const list = Array.isArray(value) ? value : [];
                  onChange(e.target.checked ? [...list, String(o.value)] : list.filter((v) => v !== o.value));
                }}
              />
            ) : (
              <input type="radio" name={id} checked={value === o.value} onChange={() => onChange(o.value)} />
            )}
            <span>{o.text}</span>
          </label>
        ))}
      </div>
      {value !== undefined && q.kind !== 'multi' ? (
        <Button appearance="subtle" onClick={() => onChange(undefined)}>
          {t('registration.clearAnswer')}
        </Button>
      ) : null}
    </fieldset>
  );
}
