import { useEffect, useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { themeValences, todayInAmsterdam, workSessionInput, type ProjectDetail, type Theme, type ThemeValence } from '@thuis/domain';
import type { z } from 'zod';
import {
  ActionLabel,
  Alert,
  Button,
  ButtonGroup,
  FormButtons,
  FormProblem,
  Heading,
  Paragraph,
  QueryState,
  Section,
  SelectField,
  TextAreaField,
  TextField,
} from '../../ui';
import { formatDate, formatDateTime } from '../../lib/dates';
import { translatedZodResolver } from '../../lib/forms';
import { formatNumber } from '../../lib/numbers';
import { useActionFeedback } from '../../lib/useActionProblem';
import { useFormSubmit } from '../../lib/useFormErrors';
import { usePictureTranslate } from '../../features/picture/fieldLabels';
import { useAddWorkSession, useSaveTopList, useThemeBoard, useWorkSessions } from '../../features/picture/hooks';
import { StayButton } from '../../features/picture/controls';
import { PictureSubPage } from '../../features/picture/PictureNav';
import { addableThemes, addItem, knownOnly, moveItem, removeItem, sameList, TOP_SIZE } from '../../features/picture/topList';

/** Phase 3, step 2, at the end of the sessions: a top 5 of promising trends and of concerns, and the notes of the sessions. */
export function PictureTopPage() {
  const { t } = useTranslation();
  return (
    <PictureSubPage permission="registrations.read" title={t('pictureTop.title')} lead={t('pictureTop.intro')}>
      {(project) => (
        <>
          <TopLists project={project} />
          <SessionNotes project={project} />
        </>
      )}
    </PictureSubPage>
  );
}

function TopLists({ project }: { project: ProjectDetail }) {
  const board = useThemeBoard(project.id);
  return (
    <QueryState query={board}>
      {(data) => (
        <div className="thuis-top-lists">
          {themeValences.map((valence) => (
            <TopList key={valence} project={project} valence={valence} themes={data.themes} saved={data.topLists[valence]} proposal={data.proposals[valence]} />
          ))}
        </div>
      )}
    </QueryState>
  );
}

function TopList({
  project,
  valence,
  themes,
  saved,
  proposal,
}: {
  project: ProjectDetail;
  valence: ThemeValence;
  themes: readonly Theme[];
  saved: readonly string[];
  proposal: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const canWork = project.permissions.includes('picture.work');
  const save = useSaveTopList(project.id);
  const feedback = useActionFeedback();
  const listName = t(`pictureTop.listTitle.${valence}`);
  const byId = useMemo(() => new Map(themes.map((th) => [th.id, th])), [themes]);
  const ofKind = useMemo(() => new Set(themes.filter((th) => th.valence === valence).map((th) => th.id)), [themes, valence]);
  const savedList = useMemo(() => knownOnly(saved, ofKind), [saved, ofKind]);
  const [draft, setDraft] = useState<string[]>(savedList);
  const [choice, setChoice] = useState('');
  // A saved list from the server (after saving, or changed by a colleague) replaces the draft.
  const savedKey = savedList.join(',');
  useEffect(() => setDraft(savedKey ? savedKey.split(',') : []), [savedKey]);

  const changed = !sameList(draft, savedList);
  const proposalList = knownOnly(proposal, ofKind);
  const addable = addableThemes(themes, valence, draft);
  const full = draft.length >= TOP_SIZE;
  const name = (id: string) => byId.get(id)?.name ?? '–';
  const households = (id: string) => {
    const n = byId.get(id)?.households ?? 0;
    return t('pictureTop.households', { count: n, number: formatNumber(n, i18n.language) });
  };
  const addId = useId();
  // While the list is being saved it stays as sent: a change now would be undone by the saved answer.
  const saving = save.isPending;
  const edit = (next: string[]) => {
    feedback.clear();
    setDraft(next);
  };

  return (
    <Section title={listName} className="thuis-top-list">
      {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
      <FormProblem problem={feedback.problem} />
      <Paragraph className="thuis-muted">
        {proposalList.length > 0 ? t('pictureTop.proposal', { themes: proposalList.map(name).join(', ') }) : t('pictureTop.noProposal')}
      </Paragraph>
      {canWork && proposalList.length > 0 ? (
        <ButtonGroup>
          <StayButton unavailable={saving || sameList(draft, proposalList)} onClick={() => edit([...proposalList])}>
            <ActionLabel visible={t('pictureTop.takeProposal')} full={t('pictureTop.takeProposalFor', { list: listName })} />
          </StayButton>
        </ButtonGroup>
      ) : null}
      {draft.length === 0 ? (
        <Paragraph>{t('pictureTop.empty')}</Paragraph>
      ) : (
        <ol className="thuis-top-list__items" aria-label={listName}>
          {draft.map((id, index) => (
            <li key={id} className="thuis-top-list__item">
              <span className="thuis-top-list__rank" aria-hidden="true">
                {index + 1}
              </span>
              <span className="thuis-top-list__name">
                <strong>{name(id)}</strong> <span className="thuis-muted">({households(id)})</span>
              </span>
              {canWork ? (
                <span className="thuis-top-list__actions">
                  <StayButton appearance="subtle" unavailable={saving || index === 0} onClick={() => edit(moveItem(draft, index, -1))}>
                    <ActionLabel visible={t('pictureTop.up')} full={t('pictureTop.upFull', { name: name(id) })} />
                  </StayButton>
                  <StayButton appearance="subtle" unavailable={saving || index === draft.length - 1} onClick={() => edit(moveItem(draft, index, 1))}>
                    <ActionLabel visible={t('pictureTop.down')} full={t('pictureTop.downFull', { name: name(id) })} />
                  </StayButton>
                  <Button
                    appearance="subtle"
                    danger
                    disabled={saving}
                    onClick={() => {
                      edit(removeItem(draft, id));
                      // The button goes with its theme: keep the focus in the list's own controls.
                      requestAnimationFrame(() => document.getElementById(addId)?.focus());
                    }}
                  >
                    <ActionLabel visible={t('pictureTop.remove')} full={t('pictureTop.removeFull', { name: name(id), list: listName })} />
                  </Button>
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {canWork ? (
        <>
          <div className="thuis-form thuis-inline-form thuis-top-list__add">
            <SelectField
              id={addId}
              label={t(`pictureTop.addLabel.${valence}`)}
              description={full ? t('pictureTop.full') : addable.length === 0 ? t(`pictureTop.nothingToAdd.${valence}`) : undefined}
              placeholder={t('common.choose')}
              value={choice}
              disabled={saving || full || addable.length === 0}
              onChange={(e) => setChoice(e.target.value)}
              options={addable.map((th) => ({ value: th.id, label: `${th.name} (${households(th.id)})` }))}
            />
            <StayButton
              unavailable={saving || full || !choice}
              onClick={() => {
                edit(addItem(draft, choice));
                setChoice('');
              }}
            >
              <ActionLabel visible={t('common.add')} full={t('pictureTop.addTo', { list: listName })} />
            </StayButton>
          </div>
          <p className="thuis-top-list__state" role="status">
            {changed ? t('pictureTop.unsaved') : ''}
          </p>
          <ButtonGroup>
            <StayButton
              appearance="primary"
              busy={save.isPending}
              unavailable={save.isPending || !changed}
              onClick={() => void feedback.run(() => save.mutateAsync({ valence, themeIds: draft }), t('pictureTop.saved', { list: listName }))}
            >
              {save.isPending ? t('common.saving') : t(`pictureTop.save.${valence}`)}
            </StayButton>
          </ButtonGroup>
        </>
      ) : null}
    </Section>
  );
}

type NoteValues = z.input<typeof workSessionInput>;
const notePaths = ['heldOn', 'notes'] as const;

/** What was found in each work session, with the explanation and examples that go with it. */
function SessionNotes({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const pictureT = usePictureTranslate();
  const sessions = useWorkSessions(project.id);
  const add = useAddWorkSession(project.id);
  const [saved, setSaved] = useState(false);
  const canWork = project.permissions.includes('picture.work');
  const form = useForm<NoteValues, unknown, z.output<typeof workSessionInput>>({
    resolver: translatedZodResolver(workSessionInput, pictureT),
    defaultValues: { heldOn: todayInAmsterdam(), notes: '' },
  });
  const { submit, problem } = useFormSubmit(form, notePaths, async (values) => {
    setSaved(false);
    await add.mutateAsync(values);
    form.reset({ heldOn: values.heldOn, notes: '' });
    setSaved(true);
  });
  const { errors, isSubmitting } = form.formState;
  const title = t('pictureTop.notesTitle');
  const lang = i18n.language;
  return (
    <Section title={title}>
      <Paragraph>{t('pictureTop.notesIntro')}</Paragraph>
      {canWork ? (
        <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
          {saved ? <Alert type="ok">{t('pictureTop.notesSaved')}</Alert> : null}
          <FormProblem problem={problem} />
          <TextField type="date" label={t('pictureTop.heldOn')} error={errors.heldOn?.message} {...form.register('heldOn')} />
          <TextAreaField
            label={t('pictureTop.notes')}
            description={t('pictureTop.notesHint')}
            rows={6}
            error={errors.notes?.message}
            {...form.register('notes')}
          />
          <FormButtons busy={isSubmitting} submitLabel={t('pictureTop.saveNotes')} />
        </form>
      ) : null}
      <Heading level={3} className="thuis-subheading">
        {t('pictureTop.earlierNotes')}
      </Heading>
      <QueryState query={sessions}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph>{t('pictureTop.noNotes')}</Paragraph>
          ) : (
            <ul className="thuis-plain-list thuis-notes-list">
              {[...list]
                .sort((a, b) => b.heldOn.localeCompare(a.heldOn) || b.createdAt.localeCompare(a.createdAt))
                .map((s) => (
                  <li key={s.id} className="thuis-card">
                    <p className="thuis-notes-list__meta">
                      <strong>{formatDate(s.heldOn, lang)}</strong> ·{' '}
                      {t('pictureTop.noteBy', { name: s.createdByName || t('common.unknown'), date: formatDateTime(s.createdAt, lang) })}
                    </p>
                    <p className="thuis-preline">{s.notes}</p>
                  </li>
                ))}
            </ul>
          )
        }
      </QueryState>
    </Section>
  );
}
