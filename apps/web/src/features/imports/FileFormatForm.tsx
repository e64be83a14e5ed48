import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { csvDelimiters, textEncodings, type CsvDelimiter, type FileFormat, type TextEncoding } from '@thuis/domain';
import { Button, ButtonGroup, FormProblem, Heading, Paragraph, SelectField } from '../../ui';
import { problemFrom, type FormProblem as Problem } from '../../lib/useFormErrors';

/**
 * How an uploaded CSV file was read (character set and separator, as detected or chosen), and a
 * way to have it read again when the preview shows strange characters or one single column.
 */
export function FileFormatForm({ format, onReread, busy }: { format: FileFormat; onReread: (format: FileFormat) => Promise<unknown>; busy: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [choice, setChoice] = useState<FileFormat>(format);
  const [problem, setProblem] = useState<Problem | null>(null);
  const encodingName = (e: TextEncoding) => t(`fileFormats.encodings.${e}`);
  const delimiterName = (d: CsvDelimiter) => t(`fileFormats.delimiters.${d}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await onReread(choice);
    } catch (e) {
      setProblem(problemFrom(e, t('errors.server')));
    }
  };

  return (
    <form className="thuis-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {t('fileFormat.title')}
      </Heading>
      <Paragraph>{t('fileFormat.summary', { encoding: encodingName(format.encoding), delimiter: delimiterName(format.delimiter) })}</Paragraph>
      <Paragraph>{t('fileFormat.hint')}</Paragraph>
      <FormProblem problem={problem} />
      <div className="thuis-form-row">
        <SelectField
          label={t('fields.encoding')}
          value={choice.encoding}
          onChange={(e) => setChoice((c) => ({ ...c, encoding: e.target.value as TextEncoding }))}
          options={textEncodings.map((e) => ({ value: e, label: encodingName(e) }))}
        />
        <SelectField
          label={t('fields.delimiter')}
          value={choice.delimiter}
          onChange={(e) => setChoice((c) => ({ ...c, delimiter: e.target.value as CsvDelimiter }))}
          options={(Object.keys(csvDelimiters) as CsvDelimiter[]).map((d) => ({ value: d, label: delimiterName(d) }))}
        />
      </div>
      <ButtonGroup>
        <Button type="submit" busy={busy} disabled={busy}>
          {busy ? t('fileFormat.rereading') : t('fileFormat.reread')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
