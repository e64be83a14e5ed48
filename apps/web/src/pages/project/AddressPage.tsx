import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { Address, Household, ProjectDetail } from '@thuis/domain';
import { ActionLabel, Alert, Button, ButtonGroup, ButtonLink, Card, DataList, Heading, Link, Loading, Paragraph, Section, StatusBadge } from '../../ui';
import { formatDate } from '../../lib/dates';
import { useAddress, useHouseholdContact, useHouseholds, useSaveHousehold } from '../../features/addresses/hooks';
import { HouseholdForm } from '../../features/addresses/HouseholdForm';
import { formatAddress } from '../../features/addresses/format';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { residentRequestsUrl } from '../../features/residentRights/api';

export function AddressPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { id = '', addressId = '' } = useParams();
  // The list passes the address along; a direct visit (a bookmark, a reload) fetches it.
  const address = useAddress(id, addressId, (location.state as { address?: Address } | null)?.address).data;
  return (
    <ProjectSubPage
      permission="households.read"
      title={address ? formatAddress(address) : t('households.addressTitle')}
      lead={address ? `${address.postcode} ${address.city}` : undefined}
    >
      {(project) => <AddressView project={project} address={address} />}
    </ProjectSubPage>
  );
}

function AddressView({ project, address }: { project: ProjectDetail; address: Address | undefined }) {
  const { t } = useTranslation();
  const { addressId = '' } = useParams();
  const households = useHouseholds(project.id, addressId);
  const save = useSaveHousehold(project.id, addressId);
  const canManage = project.permissions.includes('households.manage');
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <>
      <p>
        <Link to={`/projects/${project.id}/addresses`}>{t('households.backToList')}</Link>
      </p>
      {address ? (
        <DataList
          className="thuis-project-facts"
          items={[
            { key: 'unit', label: t('fields.unitId'), value: address.unitId },
            { key: 'postcode', label: t('fields.postcode'), value: address.postcode },
            { key: 'city', label: t('fields.city'), value: address.city },
            { key: 'type', label: t('fields.homeType'), value: address.homeType || '–' },
          ]}
        />
      ) : null}
      <Section
        title={t('households.title')}
        actions={
          canManage && !adding ? (
            <Button
              appearance="secondary"
              onClick={() => {
                setSaved(null);
                setAdding(true);
              }}
            >
              {t('households.add')}
            </Button>
          ) : undefined
        }
      >
        <Paragraph>{t('households.intro')}</Paragraph>
        {saved ? <Alert type="ok">{saved}</Alert> : null}
        {adding ? (
          <HouseholdForm
            title={t('households.addTitle')}
            onCancel={() => setAdding(false)}
            onSubmit={async (input) => {
              await save.mutateAsync({ input });
              setAdding(false);
              setSaved(t('households.added'));
            }}
          />
        ) : null}
        {households.isPending ? (
          <Loading>{t('app.loading')}</Loading>
        ) : households.isError ? (
          <Alert type="error">{households.error.message}</Alert>
        ) : households.data.length === 0 ? (
          <Paragraph>{t('households.none')}</Paragraph>
        ) : (
          <ul className="thuis-card-list thuis-household-list">
            {households.data.map((h, i) => (
              <HouseholdCard key={h.id} project={project} addressId={addressId} household={h} number={households.data.length - i} onSaved={setSaved} />
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

function HouseholdCard({
  project,
  addressId,
  household: h,
  number,
  onSaved,
}: {
  project: ProjectDetail;
  addressId: string;
  household: Household;
  number: number;
  onSaved: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const can = (p: ProjectDetail['permissions'][number]) => project.permissions.includes(p);
  const [showContact, setShowContact] = useState(false);
  const [editing, setEditing] = useState(false);
  // Editing needs the current contact data too (the form sends the whole household).
  const contact = useHouseholdContact(project.id, h.id, (showContact || editing) && can('households.contacts.read'));
  const save = useSaveHousehold(project.id, addressId);
  const title = h.current ? t('households.currentTitle') : t('households.formerTitle', { number });
  const period =
    h.movedInOn || h.movedOutOn
      ? t('progress.range', {
          start: h.movedInOn ? formatDate(h.movedInOn, lang) : t('progress.open'),
          end: h.movedOutOn ? formatDate(h.movedOutOn, lang) : t('households.now'),
        })
      : t('progress.notSet');

  if (editing) {
    if (can('households.contacts.read') && contact.isPending)
      return (
        <li>
          <Loading>{t('app.loading')}</Loading>
        </li>
      );
    return (
      <li>
        <HouseholdForm
          title={t('households.editTitle', { household: title })}
          initial={h}
          contact={contact.data}
          onCancel={() => setEditing(false)}
          onSubmit={async (input) => {
            await save.mutateAsync({ householdId: h.id, input });
            setEditing(false);
            setShowContact(false);
            onSaved(t('households.saved'));
          }}
        />
      </li>
    );
  }

  return (
    <Card as="li" className="thuis-household">
      <div className="thuis-phase-card__header">
        <Heading level={3}>{title}</Heading>
        {h.current ? <StatusBadge tone="active">{t('households.current')}</StatusBadge> : null}
      </div>
      <DataList
        className="thuis-datalist--compact"
        items={[
          { key: 'period', label: t('households.period'), value: period },
          { key: 'language', label: t('fields.language'), value: t(`householdLanguages.${h.language}`) },
          { key: 'needs', label: t('households.needs'), value: h.practicalNeeds || '–' },
          { key: 'share', label: t('households.share'), value: h.shareNeedsWithContractor ? t('households.shareYes') : t('households.shareNo') },
        ]}
      />
      {showContact && contact.data ? (
        <DataList
          className="thuis-datalist--compact thuis-contact"
          items={[
            { key: 'name', label: t('fields.contactName'), value: contact.data.name || '–' },
            {
              key: 'phone',
              label: t('fields.contactPhone'),
              value: contact.data.phone ? (
                <a className="utrecht-link utrecht-link--html-a" href={`tel:${contact.data.phone.replace(/[^+0-9]/g, '')}`}>
                  {contact.data.phone}
                </a>
              ) : (
                '–'
              ),
            },
            {
              key: 'email',
              label: t('fields.contactEmail'),
              value: contact.data.email ? (
                <a className="utrecht-link utrecht-link--html-a thuis-break" href={`mailto:${contact.data.email}`}>
                  {contact.data.email}
                </a>
              ) : (
                '–'
              ),
            },
          ]}
        />
      ) : null}
      {showContact && contact.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {showContact && contact.isError ? <Alert type="error">{contact.error.message}</Alert> : null}
      <ButtonGroup>
        {can('households.contacts.read') ? (
          showContact ? (
            <Button appearance="subtle" onClick={() => setShowContact(false)}>
              {t('households.hideContact')}
            </Button>
          ) : (
            <Button appearance="secondary" onClick={() => setShowContact(true)} aria-describedby={`audit-${h.id}`}>
              {t('households.showContact')}
            </Button>
          )
        ) : null}
        {can('households.manage') ? (
          <Button appearance="secondary" onClick={() => setEditing(true)}>
            {t('households.edit', { household: title })}
          </Button>
        ) : null}
        {can('residentsRights.handle') ? (
          <ButtonLink appearance="secondary" to={residentRequestsUrl(project.id, h.id, addressId)}>
            <ActionLabel visible={t('residentRights.fromHousehold')} full={t('residentRights.fromHouseholdFor', { household: title })} />
          </ButtonLink>
        ) : null}
        {can('talents.manage') && h.current ? (
          <ButtonLink appearance="secondary" to={`/projects/${project.id}/talents?householdId=${h.id}`}>
            <ActionLabel visible={t('talents.fromHousehold')} full={t('talents.fromHouseholdFor', { household: title })} />
          </ButtonLink>
        ) : null}
      </ButtonGroup>
      {can('households.contacts.read') ? (
        <p className="thuis-hint" id={`audit-${h.id}`}>
          {t('households.auditHint')}
        </p>
      ) : null}
    </Card>
  );
}
