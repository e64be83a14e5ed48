import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup } from '../../ui';
import { emptyQuestion, move, type DraftQuestion } from './draft';
import { QuestionEditor, useMoveFocus } from './QuestionEditor';

/**
 * The questions of an editor (the registration form's and a survey's): each question's editor, up,
 * down and remove with the focus kept on the moved question's button and the move announced, and
 * "add" that takes the focus to the new question.
 */
export function QuestionList({
  questions,
  onChange,
  error,
  keyHint,
}: {
  questions: DraftQuestion[];
  onChange: (change: (questions: DraftQuestion[]) => DraftQuestion[]) => void;
  /** The message at a path of the list (`questions`, `questions.2.key`). */
  error: (path: string) => string | undefined;
  keyHint?: string;
}) {
  const { t } = useTranslation();
  const keepFocus = useMoveFocus();
  const [announcement, setAnnouncement] = useState('');
  return (
    <>
      {error('questions') ? <Alert type="error">{error('questions')}</Alert> : null}
      <ol className="thuis-editor-list">
        {questions.map((q, i) => (
          <li key={q.uid} className="thuis-card thuis-editor-item">
            <QuestionEditor
              index={i}
              count={questions.length}
              question={q}
              keyHint={keyHint}
              moveId={q.uid}
              error={(p) => error(`questions.${i}.${p}`)}
              onChange={(next) => onChange((list) => list.map((x, j) => (j === i ? next : x)))}
              onMove={(to) => {
                keepFocus(q.uid, to < i ? 'up' : 'down');
                onChange((list) => move(list, i, to));
                setAnnouncement(t('formEditor.moved', { name: q.label.nl || t('formEditor.questionN', { n: i + 1 }), n: to + 1, count: questions.length }));
              }}
              onRemove={() => onChange((list) => list.filter((_, j) => j !== i))}
            />
          </li>
        ))}
      </ol>
      <p className="thuis-visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <ButtonGroup>
        <Button
          onClick={() => {
            const added = emptyQuestion();
            keepFocus(added.uid, 'up');
            onChange((list) => [...list, added]);
          }}
        >
          {t('formEditor.addQuestion')}
        </Button>
      </ButtonGroup>
    </>
  );
}
