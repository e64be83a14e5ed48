import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { localisedText, openTextCategories, type FileFormat, type HistoryMapping, type HistoryUpload, type ProjectDetail } from '@thuis/domain';
import {
  Alert,
  Button,
  ButtonGroup,
  FormProblem,
  Link,
  Paragraph,
  QueryState,
  Section,
  SelectField,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  TextField,
} from '../../ui';
import { isApiError } from '../../lib/api';
import type { FormProblem as Problem } from '../../lib/useFormErrors';
import { formatDate } from '../../lib/dates';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { formEditorKeys, useFormVersions } from '../../features/formEditor/hooks';
import { historyApi } from '../../features/history/api';
import { FileFormatForm } from '../../features/imports/FileFormatForm';

export function HistoryImportPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="registrations.write" title={t('history.title')} lead={t('history.intro')}>
      {(project) => <HistoryImport project={project} />}
    </ProjectSubPage>
  );
}

function HistoryImport({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const [upload, setUpload] = useState<HistoryUpload | null>(null);
  return (
    <>
      <p className="thuis-back">
        <Link to={`/projects/${project.id}/visits`}>{t('invitations.backToVisits')}</Link>
      </p>
      {upload ? (
        // A new reading of the file brings other columns: the mapping starts again from its suggestion.
        <MappingStep
          key={`${upload.id}-${upload.format?.encoding}-${upload.format?.delimiter}`}
          project={project}
          upload={upload}
          onReread={setUpload}
          onRestart={() => setUpload(null)}
        />
      ) : (
        <UploadStep projectId={project.id} onUploaded={setUpload} />
      )}
    </>
  );
}

function UploadStep({ projectId, onUploaded }: { projectId: string; onUploaded: (u: HistoryUpload) => void }) {
  const { t } = useTranslation();
  const upload = useMutation({ mutationFn: (file: File) => historyApi.upload(projectId, file) });
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!file) {
      setError(`${t('fields.file')}: ${t('history.chooseFile')}`);
      return;
    }
    setError(undefined);
    try {
      onUploaded(await upload.mutateAsync(file));
    } catch (e) {
      if (isApiError(e)) {
        const fileField = e.fields.find((f) => f.path === 'file');
        if (fileField) setError(fileField.message);
        setProblem({ message: e.message, details: e.fields.filter((f) => f.path !== 'file') });
      } else setProblem({ message: t('errors.server'), details: [] });
    }
  };

  return (
    <Section title={t('history.uploadTitle')}>
      <form className="thuis-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('history.uploadTitle')}>
        <Paragraph>{t('history.uploadIntro')}</Paragraph>
        <FormProblem problem={problem} />
        <TextField
          type="file"
          name="file"
          label={t('fields.file')}
          description={t('history.fileHint')}
          accept=".csv,text/csv"
          error={error}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={upload.isPending} disabled={upload.isPending}>
            {t('history.upload')}
          </Button>
        </ButtonGroup>
      </form>
    </Section>
  );
}

function MappingStep({
  project,
  upload,
  onReread,
  onRestart,
}: {
  project: ProjectDetail;
  upload: HistoryUpload;
  onReread: (u: HistoryUpload) => void;
  onRestart: () => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const versions = useFormVersions(project.id);
  const [versionId, setVersionId] = useState(upload.formVersionId);
  const [mapping, setMapping] = useState<Record<string, string>>(() => ({ ...upload.suggestedMapping }));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [result, setResult] = useState<{ imported: number; alreadyImported: number } | null>(null);
  const commit = useMutation({
    mutationFn: (m: HistoryMapping) => historyApi.commit(project.id, upload.id, versionId, m),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: formEditorKeys.versions(project.id) }),
  });
  const reread = useMutation({ mutationFn: (format: FileFormat) => historyApi.setFormat(project.id, upload.id, format), onSuccess: onReread });
  const label = (l: { nl: string; en: string }) => localisedText(l, i18n.language);

  // The questions of the version the rows go into, not necessarily the newest.
  const questions = versions.data?.find((v) => v.id === versionId)?.definition.questions ?? [];
  const targets = [
    { value: 'timestamp', label: t('history.targets.timestamp') },
    ...questions.map((q) => ({ value: `answer:${q.key}`, label: t('history.answerTarget', { question: label(q.label) }) })),
    { value: 'cards', label: t('history.targets.cards') },
    ...openTextCategories.map((c) => ({ value: `open:${c}`, label: t(`fields.${c}`) })),
    { value: 'talents', label: t('history.targets.talents') },
    { value: 'consent', label: t('history.targets.consent') },
    { value: 'summary', label: t('history.targets.summary') },
  ];
  // A suggested question that is not in the chosen version stays choosable.
  for (const value of Object.values(mapping)) if (value && !targets.some((o) => o.value === value)) targets.unshift({ value, label: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setErrors([]);
    setResult(null);
    const chosen = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v)) as HistoryMapping;
    if (Object.keys(chosen).length === 0) {
      setProblem({ message: t('history.nothingMapped'), details: [] });
      return;
    }
    try {
      setResult(await commit.mutateAsync(chosen));
    } catch (e) {
      if (isApiError(e)) {
        if (e.fields.length > 0) setErrors(e.fields.map((f) => f.message));
        else setProblem({ message: e.message, details: [] });
      } else setProblem({ message: t('errors.server'), details: [] });
    }
  };

  if (result)
    return (
      <Section title={t('history.doneTitle')}>
        <Alert type="ok">
          {t('history.done', { count: result.imported })} {result.alreadyImported > 0 ? t('history.alreadyImported', { count: result.alreadyImported }) : ''}
        </Alert>
        <ButtonGroup>
          <Button onClick={onRestart}>{t('history.another')}</Button>
        </ButtonGroup>
      </Section>
    );

  return (
    <Section title={t('history.mappingTitle')}>
      <Paragraph>{t('history.fileSummary', { file: upload.fileName, count: upload.rowCount })}</Paragraph>
      {upload.format ? <FileFormatForm format={upload.format} busy={reread.isPending} onReread={(format) => reread.mutateAsync(format)} /> : null}
      <form className="thuis-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('history.mappingTitle')}>
        <FormProblem problem={problem} />
        {errors.length > 0 ? (
          <Alert type="error" title={t('history.errorsTitle')}>
            <p className="utrecht-paragraph">{t('history.nothingImported', { count: errors.length })}</p>
            <ul className="utrecht-unordered-list">
              {errors.map((m, i) => (
                <li className="utrecht-unordered-list__item" key={i}>
                  {m}
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
        <QueryState query={versions}>
          {(list) => (
            <SelectField
              label={t('fields.formVersionId')}
              description={t('history.versionHint')}
              value={versionId}
              onChange={(e) => setVersionId(e.target.value)}
              options={[...list]
                .sort((a, b) => b.version - a.version)
                .map((v) => ({
                  value: v.id,
                  label: t('history.versionOption', { version: v.version, date: formatDate(v.createdAt.slice(0, 10), i18n.language) }),
                }))}
            />
          )}
        </QueryState>
        <Paragraph>{t('history.mappingIntro')}</Paragraph>
        <Table caption={t('history.columnsCaption')}>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t('history.column')}</TableHeaderCell>
              <TableHeaderCell>{t('history.firstRow')}</TableHeaderCell>
              <TableHeaderCell>{t('history.target')}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {upload.headers.map((header, i) => (
              <TableRow key={i}>
                <TableCell label={t('history.column')}>{header || t('history.emptyHeader', { n: i + 1 })}</TableCell>
                <TableCell label={t('history.firstRow')}>{upload.sample[0]?.[i] ?? ''}</TableCell>
                <TableCell label={t('history.target')}>
                  <SelectField
                    label={<span className="thuis-visually-hidden">{t('history.targetFor', { column: header || i + 1 })}</span>}
                    value={mapping[String(i)] ?? ''}
                    onChange={(e) => setMapping((m) => ({ ...m, [String(i)]: e.target.value }))}
                    placeholder={t('history.skip')}
                    options={targets}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={commit.isPending} disabled={commit.isPending}>
            {t('history.import')}
          </Button>
          <Button appearance="subtle" onClick={onRestart}>
            {t('history.otherFile')}
          </Button>
        </ButtonGroup>
      </form>
    </Section>
  );
}
