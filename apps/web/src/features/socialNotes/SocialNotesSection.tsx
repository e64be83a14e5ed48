import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { socialNotesInput, describeIssues, type ProjectDetail } from '@thuis/domain';
import { Alert, Button, FormProblem, Loading, Paragraph, Section, TextAreaField } from '../../ui';
import { formatDateTime } from '../../lib/dates';
import { identifyingWarning } from '../../lib/identifying';
import { useActionFeedback } from '../../lib/useActionProblem';
import { useSaveSocialNotes, useSocialNotes } from './hooks';

/** "Notities voor het sociale team": only with project.socialNotes.read; editable with …update. */
export function SocialNotesSection({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const canUpdate = project.permissions.includes('project.socialNotes.update');
  const notes = useSocialNotes(project.id, true);
  const save = useSaveSocialNotes(project.id);
  const feedback = useActionFeedback();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    if (notes.data) setText(notes.data.text);
  }, [notes.data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = socialNotesInput.safeParse({ text });
    if (!parsed.success) {
      setError(describeIssues(parsed.error.issues, t)[0]?.message);
      return;
    }
    if (warning) return;
    setError(undefined);
    feedback.clear();
    try {
      await save.mutateAsync(parsed.data.text);
      feedback.ok(t('socialNotes.saved'));
    } catch (e) {
      feedback.fail(e);
      const field = (e as { fields?: { path: string; message: string }[] }).fields?.find((f) => f.path === 'text');
      if (field) setError(field.message);
    }
  };

  const warning = identifyingWarning(text, t);
  const updated = notes.data?.updatedAt
    ? t('socialNotes.lastSaved', { date: formatDateTime(notes.data.updatedAt, i18n.language) })
    : t('socialNotes.neverSaved');

  return (
    <Section title={t('socialNotes.title')} id="notities">
      <Paragraph>{t('socialNotes.intro')}</Paragraph>
      {notes.isPending ? (
        <Loading>{t('app.loading')}</Loading>
      ) : notes.isError ? (
        <Alert type="error">{notes.error.message}</Alert>
      ) : canUpdate ? (
        <form className="thuis-form" onSubmit={(e) => void submit(e)} noValidate>
          <FormProblem problem={feedback.problem} />
          {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
          <TextAreaField
            label={t('socialNotes.label')}
            description={updated}
            rows={8}
            value={text}
            error={warning ?? error}
            onChange={(e) => {
              setText(e.target.value);
              setError(undefined);
            }}
          />
          <Button type="submit" appearance="primary" busy={save.isPending} disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('common.save')}
          </Button>
        </form>
      ) : (
        <>
          <Paragraph className="thuis-preline">{notes.data.text || t('socialNotes.neverSaved')}</Paragraph>
          <Paragraph className="thuis-muted">{updated}</Paragraph>
        </>
      )}
    </Section>
  );
}
