import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerParts, type Partner, type PartnersInput, type ProjectDetail } from '@thuis/domain';
import { ActionLabel, Alert, Button, DataTable, FormProblem, Loading, Paragraph, QueryState, Section, SelectField } from '../../ui';
import { useActionFeedback } from '../../lib/useActionProblem';
import { useOrganisations } from '../organisations/hooks';
import { usePartners, useSavePartners } from './hooks';

type Part = Partner['part'];

function toInput(partners: readonly Pick<Partner, 'organisationId' | 'part'>[]): PartnersInput {
  return { partners: partners.map(({ organisationId, part }) => ({ organisationId, part })) };
}

export function PartnersSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const canManage = project.permissions.includes('project.partners.manage');
  const partners = usePartners(project.id);
  const save = useSavePartners(project.id);
  const feedback = useActionFeedback();

  const saveList = (next: PartnersInput, successText: string) => feedback.run(() => save.mutateAsync(next), successText);

  const list = partners.data ?? [];
  const partLabels = partnerParts.map((p) => ({ value: p, label: t(`partnerParts.${p}`) }));

  return (
    <Section title={t('partners.title')} id="partners">
      <Paragraph>{t('partners.intro')}</Paragraph>
      <FormProblem problem={feedback.problem} />
      {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
      <QueryState query={partners} empty={t('partners.none')}>
        {() => (
          <DataTable
            caption={t('partners.title')}
            rows={list}
            rowKey={(p) => p.organisationId}
            columns={[
              { label: t('partners.organisation'), cell: (p) => p.organisationName },
              { label: t('partners.type'), cell: (p) => t(`organisationTypes.${p.organisationType}`) },
              {
                label: t('partners.part'),
                cell: (p) =>
                  canManage ? (
                    <SelectField
                      className="thuis-inline-field"
                      label={<span className="thuis-visually-hidden">{t('partners.partOf', { name: p.organisationName })}</span>}
                      value={p.part}
                      disabled={save.isPending}
                      options={partLabels}
                      onChange={(e) =>
                        void saveList(
                          toInput(list.map((x) => (x.organisationId === p.organisationId ? { ...x, part: e.target.value as Part } : x))),
                          t('partners.saved'),
                        )
                      }
                    />
                  ) : (
                    t(`partnerParts.${p.part}`)
                  ),
              },
              canManage && {
                label: t('common.actions'),
                cell: (p) => (
                  <Button
                    appearance="subtle"
                    danger
                    disabled={save.isPending}
                    onClick={() => void saveList(toInput(list.filter((x) => x.organisationId !== p.organisationId)), t('partners.saved'))}
                  >
                    <ActionLabel visible={t('common.remove')} full={t('partners.remove', { name: p.organisationName })} />
                  </Button>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      {canManage && partners.data ? <AddPartner current={list} onAdd={(next) => saveList(toInput(next), t('partners.saved'))} /> : null}
    </Section>
  );
}

function AddPartner({ current, onAdd }: { current: readonly Partner[]; onAdd: (next: Pick<Partner, 'organisationId' | 'part'>[]) => Promise<boolean> }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const [organisationId, setOrganisationId] = useState('');
  const [part, setPart] = useState<Part>('chain');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  if (organisations.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (organisations.isError) return <Alert type="error">{organisations.error.message}</Alert>;
  const taken = new Set(current.map((p) => p.organisationId));
  const available = organisations.data.filter((o) => !taken.has(o.id));
  if (available.length === 0) return <Paragraph>{t('partners.allAdded')}</Paragraph>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!organisationId) {
      setError(`${t('fields.organisationId')}: ${t('errors.required')}`);
      return;
    }
    setError(undefined);
    setBusy(true);
    const ok = await onAdd([...current, { organisationId, part }]);
    setBusy(false);
    if (ok) setOrganisationId('');
  };

  return (
    <form className="thuis-form thuis-inline-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('partners.addTitle')}>
      <SelectField
        label={t('fields.organisationId')}
        placeholder={t('common.choose')}
        value={organisationId}
        onChange={(e) => setOrganisationId(e.target.value)}
        error={error}
        options={available.map((o) => ({ value: o.id, label: `${o.name} (${t(`organisationTypes.${o.type}`)})` }))}
      />
      <SelectField
        label={t('fields.part')}
        value={part}
        onChange={(e) => setPart(e.target.value as Part)}
        options={partnerParts.map((p) => ({ value: p, label: t(`partnerParts.${p}`) }))}
      />
      <Button type="submit" appearance="primary" busy={busy} disabled={busy}>
        {t('partners.add')}
      </Button>
    </form>
  );
}
