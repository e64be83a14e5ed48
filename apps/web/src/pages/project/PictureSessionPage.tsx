import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openTextCategories, themeValences, type OpenTextCategory, type ProjectDetail, type Theme } from '@thuis/domain';
import { Alert, Button, ButtonGroup, CheckboxField, Heading, Paragraph, QueryState, SelectField } from '../../ui';
import { formatNumber } from '../../lib/numbers';
import { problemFrom } from '../../lib/useFormErrors';
import { useSearchParamUpdate } from '../../lib/useSearchParamUpdate';
import { useCodingWork, useCreateTheme, useSaveCoding, useSavingCodings } from '../../features/picture/hooks';
import { StayButton } from '../../features/picture/controls';
import { PictureSubPage } from '../../features/picture/PictureNav';
import {
  arrowStep,
  codingMap,
  isCategory,
  isCoded,
  sessionPosition,
  statementKey,
  statementsOf,
  toggleTheme,
  toggleUnique,
  type CodingLike,
  type CodingToSave,
  type Statement,
} from '../../features/picture/session';
import { ThemeForm } from '../../features/picture/ThemeForm';

/**
 * Phase 3, step 2: the work session. One statement at a time, large enough for a projector; the team
 * codes it with themes (saved at once) and marks unique stories, and adds a theme when it finds one.
 */
export function PictureSessionPage() {
  const { t } = useTranslation();
  return (
    <PictureSubPage permission="registrations.read" title={t('pictureSession.title')} lead={t('pictureSession.intro')}>
      {(project) => <SessionLoader project={project} />}
    </PictureSubPage>
  );
}

function SessionLoader({ project }: { project: ProjectDetail }) {
  return <QueryState query={useCodingWork(project.id)}>{(data) => <SessionView project={project} {...data} />}</QueryState>;
}

function useFullscreen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [active, setActive] = useState(false);
  useEffect(() => {
    const change = () => setActive(document.fullscreenElement !== null && document.fullscreenElement === ref.current);
    document.addEventListener('fullscreenchange', change);
    return () => document.removeEventListener('fullscreenchange', change);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void ref.current?.requestFullscreen?.();
  }, []);
  const supported = typeof document !== 'undefined' && !!document.fullscreenEnabled;
  return { ref, active, toggle, supported };
}

function SessionView({
  project,
  overview,
  themes,
  codings,
}: {
  project: ProjectDetail;
  overview: { registrations: number; openTexts: Record<OpenTextCategory, readonly { registrationId: string; text: string }[]> };
  themes: readonly Theme[];
  codings: readonly CodingLike[];
}) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => formatNumber(n, i18n.language);
  const [params, update] = useSearchParamUpdate();
  const canWork = project.permissions.includes('picture.work');
  const map = useMemo(() => codingMap(codings), [codings]);
  const stage = useFullscreen<HTMLDivElement>();
  const headingId = useId();
  // One save for the whole session: a failure is reported here even after the team moved on.
  const [failed, setFailed] = useState<{ category: OpenTextCategory; registrationId: string; message: string } | null>(null);
  const save = useSaveCoding(project.id, (input, error) => {
    const problem = problemFrom(error, t('errors.server'));
    setFailed({ category: input.category, registrationId: input.registrationId, message: problem.details[0]?.message ?? problem.message });
  });

  const firstWithStatements = openTextCategories.find((c) => overview.openTexts[c].length > 0) ?? openTextCategories[0];
  const requested = params.get('category');
  const category: OpenTextCategory = isCategory(requested) ? requested : firstWithStatements;
  const onlyUncoded = params.get('uncoded') === '1';
  const statements = useMemo(() => statementsOf(overview.openTexts, category), [overview.openTexts, category]);
  const position = sessionPosition(statements, map, { currentId: params.get('statement'), onlyUncoded });
  const { current } = position;

  const go = useCallback((to: Statement | null) => to && update({ statement: to.registrationId }), [update]);
  // The statement on screen is kept in the address, so coding it never makes it jump away (with the
  // uncoded filter on) and a reload shows the same statement.
  const shownId = current?.registrationId ?? null;
  const pinnedId = params.get('statement');
  useEffect(() => {
    if (shownId && shownId !== pinnedId) update({ statement: shownId });
    // `update` is a new function on every render; pinning follows the statement shown, nothing else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shownId, pinnedId]);
  const { previous, next } = position;
  // The arrow keys read the neighbours of the statement on screen from a ref set before paint: a
  // listener re-registered in an effect would, for a moment after each step, still step from the
  // statement before and seem to ignore a quick second press.
  const statementRef = useRef<HTMLQuoteElement>(null);
  const neighbours = useRef({ previous, next, go });
  useLayoutEffect(() => {
    neighbours.current = { previous, next, go };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const step = arrowStep(event, target?.tagName, target?.isContentEditable ?? false);
      if (step === 0) return;
      const to = step < 0 ? neighbours.current.previous : neighbours.current.next;
      if (!to) return;
      event.preventDefault();
      // Stepping from a theme toggle replaces it: the statement takes the focus instead of the page.
      const fromCoding = target instanceof HTMLElement && target.closest('.thuis-session__coding') !== null;
      neighbours.current.go(to);
      if (fromCoding) requestAnimationFrame(() => statementRef.current?.focus());
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const categoryOptions = openTextCategories.map((c) => {
    const list = statementsOf(overview.openTexts, c);
    const uncoded = list.filter((s) => !isCoded(map.get(statementKey(s)))).length;
    return { value: c, label: t('pictureSession.categoryOption', { category: t(`fields.${c}`), uncoded: number(uncoded), total: number(list.length) }) };
  });

  return (
    <div ref={stage.ref} className={['thuis-session', stage.active ? 'thuis-session--fullscreen' : ''].filter(Boolean).join(' ')}>
      <div className="thuis-session__bar" role="group" aria-label={t('pictureSession.settings')}>
        <SelectField
          label={t('pictureSession.category')}
          value={category}
          onChange={(e) => update({ category: e.target.value, statement: null })}
          options={categoryOptions}
        />
        <CheckboxField
          label={t('pictureSession.onlyUncoded')}
          checked={onlyUncoded}
          onChange={(e) => update({ uncoded: e.target.checked ? '1' : null, statement: null })}
        />
        {stage.supported ? (
          <Button appearance="subtle" onClick={stage.toggle}>
            {stage.active ? t('pictureSession.exitFullscreen') : t('pictureSession.fullscreen')}
          </Button>
        ) : null}
      </div>

      {failed ? (
        <Alert type="error">
          <p className="utrecht-paragraph">{t('pictureSession.saveFailed', { message: failed.message })}</p>
          <ButtonGroup>
            <Button
              onClick={() => {
                update({ category: failed.category, statement: failed.registrationId, uncoded: null });
                setFailed(null);
              }}
            >
              {t('pictureSession.goToFailed')}
            </Button>
            <Button appearance="subtle" onClick={() => setFailed(null)}>
              {t('pictureSession.dismiss')}
            </Button>
          </ButtonGroup>
        </Alert>
      ) : null}
      {overview.registrations === 0 ? (
        <Paragraph>{t('picturePage.none')}</Paragraph>
      ) : (
        <section className="thuis-session__main" aria-labelledby={headingId}>
          <Heading level={2} id={headingId} className="thuis-session__category">
            {t(`fields.${category}`)}
          </Heading>
          <p className="thuis-session__position" aria-live="polite">
            {current
              ? t('pictureSession.position', { position: number(position.position), total: number(position.total) })
              : statements.length === 0
                ? t('pictureSession.noStatements')
                : t('pictureSession.allCoded')}
            {current ? (
              <span className="thuis-session__uncoded">
                {' '}
                · {t('pictureSession.uncodedCount', { count: position.uncoded, number: number(position.uncoded) })}
              </span>
            ) : null}
          </p>
          {current ? (
            <>
              <blockquote className="thuis-session__statement" ref={statementRef} tabIndex={-1}>
                {current.text}
              </blockquote>
              <ButtonGroup className="thuis-session__steps">
                <StayButton unavailable={!previous} onClick={() => go(previous)} aria-keyshortcuts="ArrowLeft">
                  <span aria-hidden="true">← </span>
                  {t('pictureSession.previous')}
                </StayButton>
                <StayButton appearance="primary" unavailable={!next} onClick={() => go(next)} aria-keyshortcuts="ArrowRight">
                  {t('pictureSession.next')}
                  <span aria-hidden="true"> →</span>
                </StayButton>
              </ButtonGroup>
              <p className="thuis-hint thuis-session__keys">{t('pictureSession.keyboardHint')}</p>
              <Coding
                key={statementKey(current)}
                projectId={project.id}
                statement={current}
                coding={map.get(statementKey(current))}
                themes={themes}
                canWork={canWork}
                onSave={save.mutate}
                saved={save.isSuccess}
              />
            </>
          ) : null}
        </section>
      )}

      {canWork ? <NewTheme projectId={project.id} /> : null}
    </div>
  );
}

/** The themes of the statement on screen as toggle buttons, the unique-story toggle and whether it is saved. */
function Coding({
  projectId,
  statement,
  coding,
  themes,
  canWork,
  onSave,
  saved,
}: {
  projectId: string;
  statement: Statement;
  coding: CodingLike | undefined;
  themes: readonly Theme[];
  canWork: boolean;
  onSave: (input: CodingToSave) => void;
  saved: boolean;
}) {
  const { t } = useTranslation();
  const saving = useSavingCodings(projectId);
  const themesId = useId();
  const chosen = coding?.themeIds ?? [];
  const unique = coding?.unique ?? false;

  if (!canWork) {
    const names = themes.filter((th) => chosen.includes(th.id)).map((th) => th.name);
    return (
      <div className="thuis-session__coding">
        <Heading level={3}>{t('pictureSession.themesTitle')}</Heading>
        <Paragraph>{names.length > 0 ? names.join(', ') : t('pictureSession.notCoded')}</Paragraph>
        {unique ? <Paragraph>{t('pictureSession.unique')}</Paragraph> : null}
      </div>
    );
  }

  return (
    <div className="thuis-session__coding">
      <Heading level={3} id={themesId}>
        {t('pictureSession.themesTitle')}
      </Heading>
      {themes.length === 0 ? <Paragraph>{t('pictureSession.noThemes')}</Paragraph> : null}
      {themeValences.map((valence) => {
        const ofKind = themes.filter((th) => th.valence === valence);
        if (ofKind.length === 0) return null;
        return <ThemeToggles key={valence} valence={valence} themes={ofKind} chosen={chosen} onToggle={(id) => onSave(toggleTheme(coding, statement, id))} />;
      })}
      <div className="thuis-session__unique">
        <button
          type="button"
          className="thuis-toggle thuis-toggle--unique"
          aria-pressed={unique}
          aria-describedby={`${themesId}-unique`}
          onClick={() => onSave(toggleUnique(coding, statement))}
        >
          <span className="thuis-toggle__mark" aria-hidden="true">
            {unique ? '✓' : '+'}
          </span>
          {t('pictureSession.unique')}
        </button>
        <p className="thuis-hint" id={`${themesId}-unique`}>
          {t('pictureSession.uniqueHint')}
        </p>
      </div>
      <p className="thuis-session__saved" role="status">
        {saving > 0 ? t('pictureSession.saving') : saved ? `✓ ${t('pictureSession.saved')}` : ''}
      </p>
    </div>
  );
}

function ThemeToggles({
  valence,
  themes,
  chosen,
  onToggle,
}: {
  valence: Theme['valence'];
  themes: readonly Theme[];
  chosen: readonly string[];
  onToggle: (themeId: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="thuis-session__group">
      <Heading level={4} id={id} className="thuis-session__group-title">
        {t(`themeValences.${valence}`)}
      </Heading>
      <div className="thuis-toggles" role="group" aria-labelledby={id}>
        {themes.map((th) => {
          const on = chosen.includes(th.id);
          return (
            <button key={th.id} type="button" className={`thuis-toggle thuis-toggle--${valence}`} aria-pressed={on} onClick={() => onToggle(th.id)}>
              <span className="thuis-toggle__mark" aria-hidden="true">
                {on ? '✓' : '+'}
              </span>
              {th.name}
            </button>
          );
        })}
      </div>
    </div>
  );
}

/** Adding a theme on the spot, in the session; it appears among the toggles at once. */
function NewTheme({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const create = useCreateTheme(projectId);
  const [added, setAdded] = useState<string | null>(null);
  const title = t('themeForm.newTitle');
  return (
    <details className="thuis-session__new" onToggle={() => setAdded(null)}>
      <summary>{title}</summary>
      {added ? <Alert type="ok">{t('themeForm.created', { name: added })}</Alert> : null}
      <ThemeForm
        title={title}
        idPrefix="session-theme"
        onSubmit={async (input) => {
          setAdded(null);
          const theme = await create.mutateAsync(input);
          setAdded(theme.name);
        }}
      />
    </details>
  );
}
