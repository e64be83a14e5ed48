import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  addressImportFields,
  requiredAddressImportFields,
  type AddressImportField,
  type ColumnMapping,
  type ImportJob,
  type ProjectDetail,
} from '@thuis/domain';
import {
  Alert,
  Button,
  ButtonGroup,
  FormProblem,
  Heading,
  Link,
  Loading,
  Paragraph,
  ProgressBar,
  SelectField,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  TextField,
} from '../../ui';
import { formatNumber } from '../../lib/numbers';
import { problemFrom, type FormProblem as Problem } from '../../lib/useFormErrors';
import { useCommitImport, useImportJob, useSaveMapping, useSetImportFormat, useUploadImport } from '../../features/addresses/hooks';
import { FileFormatForm } from '../../features/imports/FileFormatForm';
import { importStep, mappingFromForm, type ImportStep } from '../../features/addresses/importSteps';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';

export function ImportPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="addresses.manage" title={t('imports.title')} lead={t('imports.intro')}>
      {(project) => <ImportWizard project={project} />}
    </ProjectSubPage>
  );
}

function ImportWizard({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const importId = params.get('import');
  const job = useImportJob(project.id, importId);
  const step: ImportStep = importStep(importId ? job.data : undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previous = useRef<ImportStep>(step);

  // Moves focus to the new step's heading, so keyboard and screen reader users notice the change.
  useEffect(() => {
    if (previous.current !== step) headingRef.current?.focus();
    previous.current = step;
  }, [step]);

  const restart = () => setParams(new URLSearchParams());
  const steps: { key: ImportStep[]; label: string }[] = [
    { key: ['upload'], label: t('imports.steps.upload') },
    { key: ['mapping'], label: t('imports.steps.mapping') },
    { key: ['checking', 'report'], label: t('imports.steps.check') },
    { key: ['committing', 'done'], label: t('imports.steps.import') },
  ];
  const currentIndex = steps.findIndex((s) => s.key.includes(step));

  return (
    <>
      <ol className="thuis-wizard-steps" aria-label={t('imports.stepsLabel')}>
        {steps.map((s, i) => (
          <li
            key={s.label}
            className={i === currentIndex ? 'thuis-wizard-steps__step--current' : i < currentIndex ? 'thuis-wizard-steps__step--done' : undefined}
            aria-current={i === currentIndex ? 'step' : undefined}
          >
            <span className="thuis-wizard-steps__number">{i + 1}</span> {s.label}
          </li>
        ))}
      </ol>
      <Heading level={2} className="thuis-wizard-heading" id="import-step">
        <span ref={headingRef} tabIndex={-1}>
          {t(`imports.headings.${step}`)}
        </span>
      </Heading>
      {importId && job.isPending ? (
        <Loading>{t('app.loading')}</Loading>
      ) : importId && job.isError ? (
        <>
          <Alert type="error">{job.error.message}</Alert>
          <Button onClick={restart}>{t('imports.otherFile')}</Button>
        </>
      ) : step === 'upload' ? (
        <UploadStep projectId={project.id} onUploaded={(id) => setParams(new URLSearchParams({ import: id }))} />
      ) : job.data ? (
        <JobStep projectId={project.id} job={job.data} step={step} onRestart={restart} />
      ) : null}
    </>
  );
}

function UploadStep({ projectId, onUploaded }: { projectId: string; onUploaded: (importId: string) => void }) {
  const { t } = useTranslation();
  const upload = useUploadImport(projectId);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!file) {
      setError(`${t('fields.file')}: ${t('imports.chooseFile')}`);
      return;
    }
    setError(undefined);
    try {
      const job = await upload.mutateAsync(file);
      onUploaded(job.id);
    } catch (e) {
      const p = problemFrom(e, t('errors.server'));
      const fileField = p.details.find((d) => d.path === 'file');
      if (fileField) setError(fileField.message);
      setProblem({ ...p, details: p.details.filter((d) => d.path !== 'file') });
    }
  };

  return (
    <form className="thuis-form" onSubmit={(e) => void submit(e)} noValidate>
      <Paragraph>{t('imports.uploadIntro')}</Paragraph>
      <FormProblem problem={problem} />
      <TextField
        type="file"
        name="file"
        label={t('fields.file')}
        description={t('imports.fileHint')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        error={error}
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={upload.isPending} disabled={upload.isPending}>
          {upload.isPending ? t('imports.uploading') : t('imports.upload')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function JobStep({ projectId, job, step, onRestart }: { projectId: string; job: ImportJob; step: ImportStep; onRestart: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // A new reading of the file brings other columns: the mapping form starts again from its suggestion.
  if (step === 'mapping') return <MappingStep key={`${job.format?.encoding}-${job.format?.delimiter}`} projectId={projectId} job={job} onRestart={onRestart} />;
  if (step === 'checking' || step === 'committing')
    return (
      <ProgressBar
        label={step === 'checking' ? t('imports.checkingLabel') : t('imports.committingLabel')}
        value={job.processedRows}
        max={job.totalRows}
        text={t('imports.progress', { processed: formatNumber(job.processedRows, lang), total: formatNumber(job.totalRows, lang) })}
      />
    );
  if (step === 'report') return <ReportStep projectId={projectId} job={job} onRestart={onRestart} />;
  if (step === 'done')
    return (
      <>
        <Alert type="ok">
          {t('imports.done', {
            count: formatNumber(job.newCount + job.updatedCount, lang),
            new: formatNumber(job.newCount, lang),
            updated: formatNumber(job.updatedCount, lang),
          })}
        </Alert>
        <ButtonGroup>
          <Link to={`/projects/${projectId}/addresses`}>{t('imports.toAddresses')}</Link>
          <Button onClick={onRestart}>{t('imports.another')}</Button>
        </ButtonGroup>
      </>
    );
  // failed
  return (
    <>
      <Alert type="error">{t('imports.failed')}</Alert>
      <Button appearance="primary" onClick={onRestart}>
        {t('imports.otherFile')}
      </Button>
    </>
  );
}

function MappingStep({ projectId, job, onRestart }: { projectId: string; job: ImportJob; onRestart: () => void }) {
  const { t } = useTranslation();
  const save = useSaveMapping(projectId, job.id);
  const reread = useSetImportFormat(projectId, job.id);
  const [values, setValues] = useState<Record<AddressImportField, string>>(
    () =>
      Object.fromEntries(addressImportFields.map((f) => [f, job.mapping[f] === undefined ? '' : String(job.mapping[f])])) as Record<AddressImportField, string>,
  );
  const [errors, setErrors] = useState<Partial<Record<AddressImportField, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const headerOptions = job.headers.map((h, i) => ({ value: String(i), label: h || t('imports.column', { number: i + 1 }) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const missing = requiredAddressImportFields.filter((f) => values[f] === '');
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((f) => [f, `${t(`fields.${f}`)}: ${t('imports.mapRequired')}`])));
      document.getElementById(`map-${missing[0]}`)?.focus();
      return;
    }
    setErrors({});
    const mapping: ColumnMapping = mappingFromForm(values);
    try {
      await save.mutateAsync(mapping);
    } catch (e) {
      const p = problemFrom(e, t('errors.server'));
      const next: Partial<Record<AddressImportField, string>> = {};
      const rest = p.details.filter((d) => {
        const field = d.path.replace(/^mapping\.?/, '') as AddressImportField;
        if ((addressImportFields as readonly string[]).includes(field)) {
          next[field] = d.message;
          return false;
        }
        return true;
      });
      setErrors(next);
      setProblem({ ...p, details: rest });
    }
  };

  return (
    <>
      <Paragraph>{t('imports.mappingIntro', { file: job.fileName, rows: job.totalRows })}</Paragraph>
      <Paragraph>{t('imports.coordinatesHint')}</Paragraph>
      <form className="thuis-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="import-step">
        <FormProblem problem={problem} />
        <div className="thuis-form-row">
          {addressImportFields.map((field) => (
            <SelectField
              key={field}
              id={`map-${field}`}
              label={t(`fields.${field}`)}
              optionalText={requiredAddressImportFields.includes(field) ? undefined : t('common.optional')}
              placeholder={t('imports.doNotImport')}
              value={values[field]}
              error={errors[field]}
              onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
              options={headerOptions}
            />
          ))}
        </div>
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={save.isPending} disabled={save.isPending}>
            {t('imports.check')}
          </Button>
          <Button appearance="subtle" onClick={onRestart}>
            {t('imports.otherFile')}
          </Button>
        </ButtonGroup>
      </form>
      {job.format ? <FileFormatForm format={job.format} busy={reread.isPending} onReread={(format) => reread.mutateAsync(format)} /> : null}
      {job.sample.length > 0 ? (
        <>
          <Heading level={3}>{t('imports.preview')}</Heading>
          <Table caption={t('imports.previewCaption', { count: job.sample.length })} stack={false}>
            <TableHead>
              <TableRow>
                {job.headers.map((h, i) => (
                  <TableHeaderCell key={i}>{h || t('imports.column', { number: i + 1 })}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {job.sample.map((row, r) => (
                <TableRow key={r}>
                  {job.headers.map((_, c) => (
                    <TableCell key={c}>{row[c] ?? ''}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : null}
    </>
  );
}

function ReportStep({ projectId, job, onRestart }: { projectId: string; job: ImportJob; onRestart: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const commit = useCommitImport(projectId, job.id);
  const [problem, setProblem] = useState<Problem | null>(null);

  if (job.problemCount > 0)
    return (
      <>
        <Alert type="error" title={t('imports.problemsTitle', { count: job.problemCount })}>
          <Paragraph>{t('imports.problemsText')}</Paragraph>
        </Alert>
        <Paragraph>
          {t('imports.counts', {
            total: formatNumber(job.totalRows, lang),
            problems: formatNumber(job.problemCount, lang),
          })}
          {job.problems.length < job.problemCount ? ` ${t('imports.firstProblems', { shown: formatNumber(job.problems.length, lang) })}` : ''}
        </Paragraph>
        <ul className="thuis-problem-list" aria-label={t('imports.problemsListLabel')}>
          {job.problems.map((p, i) => (
            <li key={`${p.row}-${p.field}-${i}`}>
              {t('imports.problemLine', { row: p.row, field: t(`fields.${p.field}`), message: stripFieldPrefix(p.message, t(`fields.${p.field}`)) })}
              {p.value ? <span className="thuis-muted"> {t('imports.problemValue', { value: p.value })}</span> : null}
            </li>
          ))}
        </ul>
        <ButtonGroup>
          <Button appearance="primary" onClick={onRestart}>
            {t('imports.otherFile')}
          </Button>
        </ButtonGroup>
      </>
    );

  return (
    <>
      <Alert type="ok">{t('imports.ready', { new: formatNumber(job.newCount, lang), updated: formatNumber(job.updatedCount, lang) })}</Alert>
      <FormProblem problem={problem} />
      <ButtonGroup>
        <Button
          appearance="primary"
          busy={commit.isPending}
          disabled={commit.isPending}
          onClick={() => {
            setProblem(null);
            commit.mutate(undefined, { onError: (e) => setProblem(problemFrom(e, t('errors.server'))) });
          }}
        >
          {t('imports.commit')}
        </Button>
        <Button appearance="subtle" onClick={onRestart}>
          {t('imports.otherFile')}
        </Button>
      </ButtonGroup>
    </>
  );
}

/** The server's message may already start with "Rij 3, Postcode: "; the list names row and field itself. */
function stripFieldPrefix(message: string, field: string): string {
  const at = message.indexOf(`${field}: `);
  return at >= 0 && at < 40 ? message.slice(at + field.length + 2) : message;
}
