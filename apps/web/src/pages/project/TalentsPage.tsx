import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import {
  matchUpdateInput,
  recordableMatchOutcomes,
  withdrawTalentConsentInput,
  type MatchUpdateInput,
  type ProjectDetail,
  type TalentCard,
  type TalentMatch,
} from '@thuis/domain';
import type { z } from 'zod';
import {
  ActionLabel,
  Alert,
  Button,
  ButtonGroup,
  Card,
  DataList,
  FormButtons,
  FormProblem,
  Heading,
  Paragraph,
  QueryState,
  Section,
  SelectField,
  StatusBadge,
  TextAreaField,
  TextField,
} from '../../ui';
import { formatDate } from '../../lib/dates';
import { mappedZodResolver, translatedZodResolver } from '../../lib/forms';
import { isUuid } from '../../lib/ids';
import { useFormSubmit } from '../../lib/useFormErrors';
import { useSearchParamUpdate } from '../../lib/useSearchParamUpdate';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { useBuildings } from '../../features/addresses/hooks';
import { MatchForm } from '../../features/talents/MatchForm';
import { TalentCardForm } from '../../features/talents/TalentCardForm';
import { useTalentCards, useTalentMatches, useUpdateMatch, useWithdrawTalentConsent } from '../../features/talents/hooks';

const PAGE = 20;
const matchStatuses = ['open', 'overdue', 'closed', 'all'] as const;

export function TalentsPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="talents.read" title={t('talents.title')} lead={t('talents.intro')}>
      {(project) => <TalentsView project={project} />}
    </ProjectSubPage>
  );
}

/** What the page was opened with: a household from its page, or talents copied from the conversation (with consent). */
function usePrefill() {
  const [params] = useSearchParamUpdate();
  const state = useLocation().state as { gives?: unknown } | null;
  const householdId = params.get('householdId');
  const addressId = params.get('addressId');
  return {
    ...(isUuid(householdId) ? { householdId: householdId! } : {}),
    ...(isUuid(addressId) ? { addressId: addressId! } : {}),
    ...(typeof state?.gives === 'string' ? { gives: state.gives } : {}),
  };
}

function TalentsView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const prefill = usePrefill();
  const canManage = project.permissions.includes('talents.manage');
  const [creating, setCreating] = useState(canManage && Object.keys(prefill).length > 0);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      {canManage && !creating ? (
        <div className="thuis-toolbar thuis-no-print">
          <Button
            appearance="primary"
            onClick={() => {
              setNotice(null);
              setCreating(true);
            }}
          >
            {t('talents.newCard')}
          </Button>
        </div>
      ) : null}
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {creating ? (
        <TalentCardForm
          projectId={project.id}
          prefill={prefill}
          onSaved={(saved) => {
            setCreating(false);
            setNotice(t('talents.saved', { name: saved.contactName }));
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      <CardList project={project} onNotice={setNotice} />
      <MatchList project={project} />
    </>
  );
}

function CardList({ project, onNotice }: { project: ProjectDetail; onNotice: (text: string) => void }) {
  const { t } = useTranslation();
  const [params, update] = useSearchParamUpdate();
  const buildings = useBuildings(project.id);
  const filter = {
    talent: params.get('talent') ?? undefined,
    wish: params.get('wish') ?? undefined,
    street: params.get('street') ?? undefined,
    buildingId: isUuid(params.get('buildingId')) ? params.get('buildingId')! : undefined,
    offset: Math.max(0, Number(params.get('offset')) || 0),
    limit: PAGE,
  };
  const cards = useTalentCards(project.id, filter);
  const [talent, setTalent] = useState(filter.talent ?? '');
  const [wish, setWish] = useState(filter.wish ?? '');
  return (
    <Section title={t('talents.listTitle')}>
      <form
        className="thuis-form thuis-filters"
        role="search"
        aria-label={t('talents.searchLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          update({ talent: talent.trim(), wish: wish.trim(), offset: null });
        }}
      >
        <TextField type="search" label={t('talents.searchTalent')} value={talent} onChange={(e) => setTalent(e.target.value)} />
        <TextField type="search" label={t('talents.searchWish')} value={wish} onChange={(e) => setWish(e.target.value)} />
        <SelectField
          label={t('talents.street')}
          placeholder={t('talents.everyStreet')}
          options={(cards.data?.streets ?? []).map((s) => ({ value: s, label: s }))}
          value={filter.street ?? ''}
          onChange={(e) => update({ street: e.target.value, offset: null })}
        />
        <SelectField
          label={t('talents.building')}
          placeholder={t('talents.everyBuilding')}
          options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name ? `${b.code} ${b.name}` : b.code }))}
          value={filter.buildingId ?? ''}
          onChange={(e) => update({ buildingId: e.target.value, offset: null })}
        />
        <ButtonGroup>
          <Button type="submit" appearance="secondary">
            {t('talents.search')}
          </Button>
        </ButtonGroup>
      </form>
      <QueryState query={cards}>
        {(page) =>
          page.cards.length === 0 ? (
            <Paragraph>{t('talents.none')}</Paragraph>
          ) : (
            <>
              <p className="thuis-hint" aria-live="polite">
                {t('talents.shown', { from: filter.offset + 1, to: filter.offset + page.cards.length, total: page.total })}
              </p>
              <ul className="thuis-card-list">
                {page.cards.map((c) => (
                  <TalentCardItem key={c.id} project={project} card={c} onNotice={onNotice} />
                ))}
              </ul>
              <ButtonGroup>
                {filter.offset > 0 ? (
                  <Button appearance="subtle" onClick={() => update({ offset: String(Math.max(0, filter.offset - PAGE)) })}>
                    {t('talents.previous')}
                  </Button>
                ) : null}
                {filter.offset + page.cards.length < page.total ? (
                  <Button appearance="subtle" onClick={() => update({ offset: String(filter.offset + PAGE) })}>
                    {t('talents.next')}
                  </Button>
                ) : null}
              </ButtonGroup>
            </>
          )
        }
      </QueryState>
    </Section>
  );
}

function TalentCardItem({ project, card: c, onNotice }: { project: ProjectDetail; card: TalentCard; onNotice: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<'view' | 'edit' | 'match' | 'withdraw'>('view');
  const canManage = project.permissions.includes('talents.manage');
  const name = `${c.contactName}, ${c.address}`;
  if (mode === 'edit')
    return (
      <li>
        <TalentCardForm projectId={project.id} card={c} onSaved={() => setMode('view')} onCancel={() => setMode('view')} />
      </li>
    );
  if (mode === 'match')
    return (
      <li>
        <MatchForm
          projectId={project.id}
          card={c}
          onSaved={(m) => {
            setMode('view');
            onNotice(t('talents.matchSaved', { a: m.a.contactName, b: m.b.contactName }));
          }}
          onCancel={() => setMode('view')}
        />
      </li>
    );
  return (
    <Card as="li" className="thuis-talent-card">
      <div className="thuis-phase-card__header">
        <Heading level={3}>{name}</Heading>
        {c.openMatches > 0 ? <StatusBadge tone="active">{t('talents.openMatches', { count: c.openMatches })}</StatusBadge> : null}
      </div>
      <DataList
        className="thuis-datalist--compact"
        items={[
          { key: 'contact', label: t('talents.contactLegend'), value: [c.contactPhone, c.contactEmail].filter(Boolean).join(' · ') || '–' },
          ...(c.buildingCode ? [{ key: 'building', label: t('talents.building'), value: c.buildingCode }] : []),
          { key: 'gives', label: t('fields.gives'), value: <span className="thuis-preline">{c.gives || '–'}</span> },
          { key: 'wishes', label: t('fields.wishes'), value: <span className="thuis-preline">{c.wishes || '–'}</span> },
          { key: 'limits', label: t('fields.limits'), value: <span className="thuis-preline">{c.limits || '–'}</span> },
          { key: 'consent', label: t('fields.consentGivenOn'), value: formatDate(c.consentGivenOn, i18n.language) },
        ]}
      />
      {mode === 'withdraw' ? (
        <WithdrawForm projectId={project.id} card={c} name={name} onDone={() => onNotice(t('talents.withdrawn'))} onCancel={() => setMode('view')} />
      ) : canManage ? (
        <ButtonGroup>
          <Button appearance="secondary" onClick={() => setMode('match')}>
            <ActionLabel visible={t('talents.match')} full={t('talents.matchFor', { name })} />
          </Button>
          <Button appearance="subtle" onClick={() => setMode('edit')}>
            <ActionLabel visible={t('talents.edit')} full={t('talents.editFor', { name })} />
          </Button>
          <Button appearance="subtle" danger onClick={() => setMode('withdraw')}>
            <ActionLabel visible={t('talents.withdraw')} full={t('talents.withdrawFor', { name })} />
          </Button>
        </ButtonGroup>
      ) : null}
    </Card>
  );
}

type WithdrawValues = z.input<typeof withdrawTalentConsentInput>;

/** Confirming a withdrawal: the card and its open matches leave every list at once. */
function WithdrawForm({
  projectId,
  card,
  name,
  onDone,
  onCancel,
}: {
  projectId: string;
  card: TalentCard;
  name: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawTalentConsent(projectId);
  const form = useForm<WithdrawValues, unknown, z.output<typeof withdrawTalentConsentInput>>({
    resolver: translatedZodResolver(withdrawTalentConsentInput, t),
    defaultValues: { note: '' },
  });
  const { submit, problem } = useFormSubmit(form, ['note'], async (values) => {
    await withdraw.mutateAsync({ cardId: card.id, note: values.note });
    onDone();
  });
  const title = t('talents.withdrawTitle', { name });
  return (
    <form onSubmit={submit} noValidate className="thuis-form thuis-inline-confirm" aria-label={title}>
      <FormProblem problem={problem} />
      <Alert type="warning" title={t('talents.withdrawConfirmTitle')}>
        {t('talents.withdrawExplain')}
      </Alert>
      <TextAreaField
        label={t('fields.note')}
        optionalText={t('common.optional')}
        rows={2}
        error={form.formState.errors.note?.message}
        {...form.register('note')}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" danger busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
          {t('talents.withdrawConfirm')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function MatchList({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const [params, update] = useSearchParamUpdate();
  const asked = params.get('matches');
  const status = matchStatuses.find((s) => s === asked) ?? 'open';
  const offset = Math.max(0, Number(params.get('matchOffset')) || 0);
  const matches = useTalentMatches(project.id, { status, offset, limit: PAGE });
  return (
    <Section title={t('talents.matchesTitle')}>
      {matches.data && matches.data.overdue > 0 ? <Alert type="warning">{t('talents.overdueCount', { count: matches.data.overdue })}</Alert> : null}
      <SelectField
        label={t('talents.matchStatus')}
        options={matchStatuses.map((s) => ({ value: s, label: t(`talents.matchStatuses.${s}`) }))}
        value={status}
        onChange={(e) => update({ matches: e.target.value, matchOffset: null })}
      />
      <QueryState query={matches}>
        {(page) =>
          page.matches.length === 0 ? (
            <Paragraph>{t('talents.noMatches')}</Paragraph>
          ) : (
            <>
              <ul className="thuis-card-list">
                {page.matches.map((m) => (
                  <MatchItem key={m.id} project={project} match={m} />
                ))}
              </ul>
              <ButtonGroup>
                {offset > 0 ? (
                  <Button appearance="subtle" onClick={() => update({ matchOffset: String(Math.max(0, offset - PAGE)) })}>
                    {t('talents.previous')}
                  </Button>
                ) : null}
                {offset + page.matches.length < page.total ? (
                  <Button appearance="subtle" onClick={() => update({ matchOffset: String(offset + PAGE) })}>
                    {t('talents.next')}
                  </Button>
                ) : null}
              </ButtonGroup>
            </>
          )
        }
      </QueryState>
    </Section>
  );
}

function MatchItem({ project, match: m }: { project: ProjectDetail; match: TalentMatch }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [editing, setEditing] = useState(false);
  const name = t('talents.matchName', { a: m.a.contactName, b: m.b.contactName });
  return (
    <Card as="li" className="thuis-talent-match">
      <div className="thuis-phase-card__header">
        <Heading level={3}>{name}</Heading>
        {m.overdue ? (
          <StatusBadge tone="danger">{t('talents.overdue')}</StatusBadge>
        ) : m.outcome ? (
          <StatusBadge tone="done">{t(`matchOutcomes.${m.outcome}`)}</StatusBadge>
        ) : (
          <StatusBadge tone="active">{t('talents.matchStatuses.open')}</StatusBadge>
        )}
      </div>
      <DataList
        className="thuis-datalist--compact"
        items={[
          { key: 'kind', label: t('talents.kind'), value: t(`matchKinds.${m.kind}`) },
          { key: 'homes', label: t('talents.homes'), value: `${m.a.address} · ${m.b.address}` },
          {
            key: 'consent',
            label: t('talents.consents'),
            value: t('talents.consentsValue', {
              a: m.a.contactName,
              aOn: formatDate(m.a.consentOn, lang),
              b: m.b.contactName,
              bOn: formatDate(m.b.consentOn, lang),
            }),
          },
          { key: 'followUp', label: t('fields.followUpOn'), value: m.followUpOn ? formatDate(m.followUpOn, lang) : '–' },
          ...(m.note ? [{ key: 'note', label: t('fields.note'), value: <span className="thuis-preline">{m.note}</span> }] : []),
          ...(m.outcome
            ? [
                {
                  key: 'outcome',
                  label: t('fields.outcome'),
                  value: <span className="thuis-preline">{[t(`matchOutcomes.${m.outcome}`), m.outcomeNote].filter(Boolean).join(': ')}</span>,
                },
              ]
            : []),
        ]}
      />
      {editing ? (
        <MatchUpdateForm projectId={project.id} match={m} name={name} onDone={() => setEditing(false)} />
      ) : !m.outcome && project.permissions.includes('talents.manage') ? (
        <Button appearance="secondary" onClick={() => setEditing(true)}>
          <ActionLabel visible={t('talents.followUp')} full={t('talents.followUpFor', { name })} />
        </Button>
      ) : null}
    </Card>
  );
}

type UpdateValues = { followUpOn: string; note: string; outcome: string; outcomeNote: string };

/** The follow-up: a new date, a note, or the outcome that closes the match. */
function MatchUpdateForm({ projectId, match, name, onDone }: { projectId: string; match: TalentMatch; name: string; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useUpdateMatch(projectId);
  const form = useForm<UpdateValues, unknown, MatchUpdateInput>({
    resolver: mappedZodResolver(matchUpdateInput, t, (values: UpdateValues) => ({
      ...values,
      followUpOn: values.followUpOn || null,
      outcome: values.outcome || null,
    })),
    defaultValues: { followUpOn: match.followUpOn ?? '', note: match.note, outcome: '', outcomeNote: '' },
  });
  const { submit, problem } = useFormSubmit(form, ['followUpOn', 'note', 'outcome', 'outcomeNote'], async (values) => {
    await save.mutateAsync({ matchId: match.id, input: values });
    onDone();
  });
  const { errors, isSubmitting } = form.formState;
  const title = t('talents.followUpFor', { name });
  return (
    <form onSubmit={submit} noValidate className="thuis-form thuis-inline-confirm" aria-label={title}>
      <FormProblem problem={problem} />
      <TextField
        type="date"
        label={t('fields.followUpOn')}
        optionalText={t('common.optional')}
        error={errors.followUpOn?.message}
        {...form.register('followUpOn')}
      />
      <TextAreaField
        label={t('fields.note')}
        description={t('talents.noteHint')}
        optionalText={t('common.optional')}
        rows={2}
        error={errors.note?.message}
        {...form.register('note')}
      />
      <SelectField
        label={t('fields.outcome')}
        description={t('talents.outcomeHint')}
        placeholder={t('talents.stillRunning')}
        options={recordableMatchOutcomes.map((o) => ({ value: o, label: t(`matchOutcomes.${o}`) }))}
        error={errors.outcome?.message}
        {...form.register('outcome')}
      />
      <TextAreaField
        label={t('fields.outcomeNote')}
        optionalText={t('common.optional')}
        rows={2}
        error={errors.outcomeNote?.message}
        {...form.register('outcomeNote')}
      />
      <FormButtons busy={isSubmitting} submitLabel={t('talents.saveFollowUp')} onCancel={onDone} />
    </form>
  );
}
