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
import {
  ActionLabel,
  Alert,
  Button,
  FormProblem,
  Loading,
  Paragraph,
  Section,
  SelectField,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '../../ui';
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

  const saveList = async (next: TeamInput) => {
    feedback.clear();
    try {
      await save.mutateAsync(next);
      feedback.ok(t('team.saved'));
      return true;
    } catch (error) {
      feedback.fail(error);
      return false;
    }
  };

  return (
    <Section title={t('team.title')} id="team">
      <Paragraph>{t('team.intro')}</Paragraph>
      <FormProblem problem={feedback.problem} />
      {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
      {team.isPending ? (
        <Loading>{t('app.loading')}</Loading>
      ) : team.isError ? (
        <Alert type="error">{team.error.message}</Alert>
      ) : members.length === 0 ? (
        <Paragraph>{t('team.none')}</Paragraph>
      ) : (
        <Table caption={t('team.title')}>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t('team.name')}</TableHeaderCell>
              <TableHeaderCell>{t('team.organisation')}</TableHeaderCell>
              <TableHeaderCell>{t('team.role')}</TableHeaderCell>
              {canManage ? <TableHeaderCell>{t('common.actions')}</TableHeaderCell> : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {members.map((m) => (
              <TableRow key={m.userId}>
                <TableCell label={t('team.name')}>{m.displayName}</TableCell>
                <TableCell label={t('team.organisation')}>{m.organisationName}</TableCell>
                <TableCell label={t('team.role')}>
                  {canManage ? (
                    <SelectField
                      className="thuis-inline-field"
                      label={<span className="thuis-visually-hidden">{t('team.roleOf', { name: m.displayName })}</span>}
                      value={m.role}
                      disabled={save.isPending}
                      options={rolesFor(typeOf.get(m.organisationId)).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                      onChange={(e) =>
                        void saveList(
                          toInput(members.map((x) => (x.userId === m.userId ? { ...x, role: e.target.value as ProjectRole } : x))),
                        )
                      }
                    />
                  ) : (
                    t(`roles.${m.role}`)
                  )}
                </TableCell>
                {canManage ? (
                  <TableCell label={t('common.actions')}>
                    <Button
                      appearance="subtle"
                      danger
                      disabled={save.isPending}
                      onClick={() => void saveList(toInput(members.filter((x) => x.userId !== m.userId)))}
                    >
                      <ActionLabel visible={t('common.remove')} full={t('team.remove', { name: m.displayName })} />
                    </Button>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
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
      {contacts.isPending ? (
        <Loading>{t('app.loading')}</Loading>
      ) : contacts.isError ? (
        <Alert type="error">{contacts.error.message}</Alert>
      ) : contacts.data.length === 0 ? (
        <Paragraph>{t('team.noContacts')}</Paragraph>
      ) : (
        <Table caption={t('team.contactsTitle')}>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t('team.name')}</TableHeaderCell>
              <TableHeaderCell>{t('team.email')}</TableHeaderCell>
              <TableHeaderCell>{t('team.phone')}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {contacts.data.map((c) => (
              <TableRow key={c.userId}>
                <TableCell label={t('team.name')}>{c.displayName}</TableCell>
                <TableCell label={t('team.email')}>
                  <a className="utrecht-link utrecht-link--html-a thuis-break" href={`mailto:${c.email}`}>
                    {c.email}
                  </a>
                </TableCell>
                <TableCell label={t('team.phone')}>
                  {c.phone ? (
                    <a className="utrecht-link utrecht-link--html-a" href={`tel:${c.phone.replace(/[^+0-9]/g, '')}`}>
                      {c.phone}
                    </a>
                  ) : (
                    '–'
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}
