import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '@thuis/domain';
import { Button, DataTable, DownloadLink, FormProblem, Paragraph, QueryState, Section, SelectField, TextField } from '../../ui';
import { formatShortDate } from '../../lib/dates';
import { preparationApi } from './api';
import { useAgreements, usePreparationChange, useTaskMatrix } from './hooks';
import { RemoveButton } from './RemoveButton';
import { useServerProblem } from './useServerProblem';

const empty = { partyAId: '', partyBId: '', signedOn: '', validUntil: '', note: '' };

/** The collaboration agreements per pair of parties, with their signed document (PDF or DOCX, kept in Thuis). */
export function AgreementsSection({ projectId, canManage }: { projectId: string; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const agreements = useAgreements(projectId);
  const organisations = useTaskMatrix(projectId).data?.organisations ?? [];
  const add = usePreparationChange(projectId, 'agreements', (input: Parameters<typeof preparationApi.addAgreement>[1]) =>
    preparationApi.addAgreement(projectId, input),
  );
  const upload = usePreparationChange(projectId, 'agreements', ({ agreementId, file }: { agreementId: string; file: File }) =>
    preparationApi.uploadDocument(projectId, agreementId, file),
  );
  const remove = usePreparationChange(projectId, 'agreements', (agreementId: string) => preparationApi.removeAgreement(projectId, agreementId));
  const removal = useServerProblem();
  const [values, setValues] = useState(empty);
  const form = useServerProblem();
  const uploadProblem = useServerProblem();
  const set = (key: keyof typeof empty) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const options = organisations.map((o) => ({ value: o.id, label: o.name }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { ...values, signedOn: values.signedOn || null, validUntil: values.validUntil || null };
    if (await form.run(() => add.mutateAsync(input))) setValues(empty);
  };
  const documentCell = (a: Agreement) => (
    <>
      {a.document ? (
        <DownloadLink href={preparationApi.documentUrl(projectId, a.id)}>{t('preparation.agreements.download', { name: a.document.fileName })}</DownloadLink>
      ) : (
        t('preparation.agreements.noDocument')
      )}
      {canManage ? (
        <TextField
          type="file"
          accept=".pdf,.docx"
          label={t('preparation.agreements.upload', { parties: `${a.partyA.name} – ${a.partyB.name}` })}
          description={t('preparation.agreements.uploadHint')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void uploadProblem.run(() => upload.mutateAsync({ agreementId: a.id, file }));
          }}
        />
      ) : null}
    </>
  );
  return (
    <Section title={t('preparation.agreements.title')} id="agreements">
      <Paragraph>{t('preparation.agreements.intro')}</Paragraph>
      <FormProblem problem={uploadProblem.problem} />
      <FormProblem problem={removal.problem} />
      <QueryState query={agreements}>
        {(data) =>
          data.agreements.length === 0 ? (
            <Paragraph>{t('preparation.agreements.none')}</Paragraph>
          ) : (
            <DataTable
              caption={t('preparation.agreements.title')}
              rows={data.agreements}
              rowKey={(a) => a.id}
              columns={[
                { label: t('preparation.agreements.parties'), cell: (a) => `${a.partyA.name} – ${a.partyB.name}` },
                { label: t('fields.signedOn'), cell: (a) => formatShortDate(a.signedOn, i18n.language) || '–' },
                { label: t('fields.validUntil'), cell: (a) => formatShortDate(a.validUntil, i18n.language) || '–' },
                { label: t('fields.note'), cell: (a) => a.note },
                { label: t('preparation.agreements.document'), cell: documentCell },
                ...(canManage
                  ? [
                      {
                        label: t('preparation.remove.column'),
                        cell: (a: Agreement) => {
                          const what = t('preparation.remove.agreement', { parties: `${a.partyA.name} – ${a.partyB.name}` });
                          return (
                            <RemoveButton
                              full={t('preparation.remove.full', { what })}
                              confirm={t('preparation.remove.confirm', { what })}
                              busy={remove.isPending}
                              onRemove={() => removal.run(() => remove.mutateAsync(a.id))}
                            />
                          );
                        },
                      },
                    ]
                  : []),
              ]}
            />
          )
        }
      </QueryState>
      {canManage ? (
        <form className="thuis-form" onSubmit={submit} noValidate aria-label={t('preparation.agreements.add')}>
          <FormProblem problem={form.problem} />
          <div className="thuis-form-row">
            <SelectField
              label={t('fields.partyAId')}
              placeholder={t('common.choose')}
              options={options}
              value={values.partyAId}
              onChange={set('partyAId')}
              error={form.fieldError('partyAId')}
            />
            <SelectField
              label={t('fields.partyBId')}
              placeholder={t('common.choose')}
              options={options}
              value={values.partyBId}
              onChange={set('partyBId')}
              error={form.fieldError('partyBId')}
            />
          </div>
          <div className="thuis-form-row">
            <TextField
              type="date"
              label={t('fields.signedOn')}
              optionalText={t('common.optional')}
              value={values.signedOn}
              onChange={set('signedOn')}
              error={form.fieldError('signedOn')}
            />
            <TextField
              type="date"
              label={t('fields.validUntil')}
              optionalText={t('common.optional')}
              value={values.validUntil}
              onChange={set('validUntil')}
              error={form.fieldError('validUntil')}
            />
          </div>
          <TextField label={t('fields.note')} optionalText={t('common.optional')} value={values.note} onChange={set('note')} error={form.fieldError('note')} />
          <Button type="submit" appearance="primary" busy={add.isPending} disabled={add.isPending}>
            {t('preparation.agreements.add')}
          </Button>
        </form>
      ) : null}
    </Section>
  );
}
