import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  projectRoles,
  roleFitsOrganisation,
  type OrganisationType,
  type ProjectDetail,
  type ProjectRole,
  type TeamInput,
  type TeamMember,
} from '@thuis/domain';
import { ActionLabel, Alert, Button, DataTable, FormProblem, Loading, Paragraph, QueryState, Section, SelectField } from '../../ui';
import { useActionFeedback } from '../../lib/useActionProblem';
import { usePartners } from '../partners/hooks';
import { useSaveTeam, useTeam, useTeamCandidates, useTeamContacts } from './hooks';

function toInput(members: readonly Pick<TeamMember, 'userId' | 'role'>[]): TeamInput {
  return { members: members.map(({ userId, role }) => ({ userId, role })) };
}

/** The roles a person of this kind of organisation may have (all roles when the type is unknown). */
export function rolesFor(type: OrganisationType | undefined): ProjectRole[] {
  return type ? projectRoles.filter((r) => roleFitsOrganisation(r, type)) : [...projectRoles];
}

export function TeamSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const canManage = project.permissions.includes('project.team.manage');
  const team = useTeam(project.id);
  const partners = usePartners(project.id);
  const save = useSaveTeam(project.id);
  const feedback = useActionFeedback();
  const typeOf = new Map<string, OrganisationType>((partners.data ?? []).map((p) => [p.organisationId, p.organisationType]));
  const members = team.data ?? [];

  const saveList = (next: TeamInput) => feedback.run(() => save.mutateAsync(next), t('team.saved'));

  return (
    <Section title={t('team.title')} id="team">
      <Paragraph>{t('team.intro')}</Paragraph>
      <FormProblem problem={feedback.problem} />
      {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
      <QueryState query={team} empty={t('team.none')}>
        {() => (
          <DataTable
            caption={t('team.title')}
            rows={members}
            rowKey={(m) => m.userId}
            columns={[
              { label: t('team.name'), cell: (m) => m.displayName },
              { label: t('team.organisation'), cell: (m) => m.organisationName },
              {
                label: t('team.role'),
                cell: (m) =>
                  canManage ? (
                    <SelectField
                      className="thuis-inline-field"
                      label={<span className="thuis-visually-hidden">{t('team.roleOf', { name: m.displayName })}</span>}
                      value={m.role}
                      disabled={save.isPending}
                      options={rolesFor(typeOf.get(m.organisationId)).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                      onChange={(e) => void saveList(toInput(members.map((x) => (x.userId === m.userId ? { ...x, role: e.target.value as ProjectRole } : x))))}
                    />
                  ) : (
                    t(`roles.${m.role}`)
                  ),
              },
              canManage && {
                label: t('common.actions'),
                cell: (m) => (
                  <Button
                    appearance="subtle"
                    danger
                    disabled={save.isPending}
                    onClick={() => void saveList(toInput(members.filter((x) => x.userId !== m.userId)))}
                  >
                    <ActionLabel visible={t('common.remove')} full={t('team.remove', { name: m.displayName })} />
                  </Button>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      {canManage && team.data ? <AddMember projectId={project.id} members={members} onAdd={(next) => saveList(toInput(next))} /> : null}
    </Section>
  );
}

function AddMember({
  projectId,
  members,
  onAdd,
}: {
  projectId: string;
  members: readonly TeamMember[];
  onAdd: (next: Pick<TeamMember, 'userId' | 'role'>[]) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const candidates = useTeamCandidates(projectId, true);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('');
  const [errors, setErrors] = useState<{ userId?: string; role?: string }>({});
  const [busy, setBusy] = useState(false);

  if (candidates.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (candidates.isError) return <Alert type="error">{candidates.error.message}</Alert>;
  const inTeam = new Set(members.map((m) => m.userId));
  const available = candidates.data.filter((c) => !inTeam.has(c.userId));
  if (available.length === 0) return <Paragraph>{t('team.noCandidates')}</Paragraph>;
  const candidate = available.find((c) => c.userId === userId);
  const roles = candidate ? rolesFor(candidate.organisationType) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!userId) next.userId = `${t('fields.userId')}: ${t('errors.required')}`;
    if (!role) next.role = `${t('fields.role')}: ${t('errors.required')}`;
    setErrors(next);
    if (next.userId || next.role) return;
    setBusy(true);
    const ok = await onAdd([...members, { userId, role: role as ProjectRole }]);
    setBusy(false);
    if (ok) {
      setUserId('');
      setRole('');
    }
  };

  return (
    <form className="thuis-form thuis-inline-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('team.addTitle')}>
      <SelectField
        label={t('team.person')}
        placeholder={t('common.choose')}
        value={userId}
        error={errors.userId}
        onChange={(e) => {
          const next = available.find((c) => c.userId === e.target.value);
          setUserId(e.target.value);
          const fitting = next ? rolesFor(next.organisationType) : [];
          setRole((current) => (fitting.includes(current as ProjectRole) ? current : fitting.length === 1 ? (fitting[0] ?? '') : ''));
        }}
        options={available.map((c) => ({ value: c.userId, label: t('team.personOption', { name: c.displayName, organisation: c.organisationName }) }))}
      />
      <SelectField
        label={t('fields.role')}
        placeholder={t('common.choose')}
        value={role}
        error={errors.role}
        description={!candidate ? t('team.chooseFirst') : roles.length === 0 ? t('team.noRoleFits') : undefined}
        disabled={!candidate || roles.length === 0}
        onChange={(e) => setRole(e.target.value)}
        options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
      <Button type="submit" appearance="primary" busy={busy} disabled={busy}>
        {t('team.add')}
      </Button>
    </form>
  );
}

export function TeamContactsSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const contacts = useTeamContacts(project.id, true);
  return (
    <Section title={t('team.contactsTitle')} id="contacten">
      <Paragraph>{t('team.contactsIntro')}</Paragraph>
      <QueryState query={contacts} empty={t('team.noContacts')}>
        {(list) => (
          <DataTable
            caption={t('team.contactsTitle')}
            rows={list}
            rowKey={(c) => c.userId}
            columns={[
              { label: t('team.name'), cell: (c) => c.displayName },
              {
                label: t('team.email'),
                cell: (c) => (
                  <a className="utrecht-link utrecht-link--html-a thuis-break" href={`mailto:${c.email}`}>
                    {c.email}
                  </a>
                ),
              },
              {
                label: t('team.phone'),
                cell: (c) =>
                  c.phone ? (
                    <a className="utrecht-link utrecht-link--html-a" href={`tel:${c.phone.replace(/[^+0-9]/g, '')}`}>
                      {c.phone}
                    </a>
                  ) : (
                    '–'
                  ),
              },
            ]}
          />
        )}
      </QueryState>
    </Section>
  );
}
