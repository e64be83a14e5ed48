import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Address, ProjectDetail } from '@thuis/domain';
import {
  Alert,
  Button,
  ButtonGroup,
  CheckboxField,
  DownloadLink,
  Link,
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
  TextField,
} from '../../ui';
import { formatNumber } from '../../lib/numbers';
import type { AddressQuery } from '../../features/addresses/api';
import { exportUrl } from '../../features/exports/api';
import { useAddresses, useBuildingPhases, useBuildings, useSubNeighbourhoods } from '../../features/addresses/hooks';
import { AssignForm } from '../../features/addresses/AssignForm';
import { formatAddress, isContractorRole } from '../../features/addresses/format';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';

export const ADDRESS_PAGE_SIZE = 50;
const NO_PHASE = 'none';

/** The filters live in the address bar, so a filtered list can be shared and survives a reload. */
function queryFromParams(params: URLSearchParams): AddressQuery {
  const get = (key: string) => params.get(key) ?? undefined;
  const phase = get('buildingPhaseId');
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  return {
    buildingId: get('buildingId'),
    subNeighbourhoodId: get('subNeighbourhoodId'),
    buildingPhaseId: phase === NO_PHASE ? undefined : phase,
    unassigned: phase === NO_PHASE ? 'buildingPhase' : undefined,
    street: get('street'),
    search: get('search'),
    offset: (page - 1) * ADDRESS_PAGE_SIZE,
    limit: ADDRESS_PAGE_SIZE,
  };
}

export function AddressesPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="addresses.read" title={t('addresses.title')} lead={t('addresses.intro')}>
      {(project) => <AddressesView project={project} />}
    </ProjectSubPage>
  );
}

function AddressesView({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const query = queryFromParams(params);
  const page = useAddresses(project.id, query);
  const buildings = useBuildings(project.id);
  const subs = useSubNeighbourhoods(project.id);
  const phases = useBuildingPhases(project.id);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const can = (p: ProjectDetail['permissions'][number]) => project.permissions.includes(p);
  const showNeeds = isContractorRole(project.myRole);

  const names = {
    building: new Map((buildings.data ?? []).map((b) => [b.id, b.name ? `${b.code} ${b.name}` : b.code])),
    sub: new Map((subs.data ?? []).map((s) => [s.id, s.name])),
    phase: new Map((phases.data ?? []).map((p) => [p.id, p.name])),
  };

  const applyFilters = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['buildingId', 'subNeighbourhoodId', 'buildingPhaseId', 'street', 'search']) {
      const value = String(data.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    setParams(next);
  };

  const goToPage = (n: number) => {
    const next = new URLSearchParams(params);
    if (n <= 1) next.delete('page');
    else next.set('page', String(n));
    setParams(next);
  };

  const rows = page.data?.addresses ?? [];
  const total = page.data?.total ?? 0;
  const pageNumber = Math.floor(query.offset / ADDRESS_PAGE_SIZE) + 1;
  const pageCount = Math.max(1, Math.ceil(total / ADDRESS_PAGE_SIZE));
  const allOnPage = rows.length > 0 && rows.every((a) => selected.has(a.id));

  const toggle = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });

  return (
    <>
      <div className="thuis-toolbar">
        <DownloadLink href={exportUrl(project.id, 'addresses', 'csv')}>{t('addresses.exportCsv')}</DownloadLink>
        <DownloadLink href={exportUrl(project.id, 'addresses', 'xlsx')}>{t('addresses.exportXlsx')}</DownloadLink>
      </div>

      <form className="thuis-form thuis-filter-form" onSubmit={applyFilters} aria-label={t('addresses.filters')} key={params.toString()}>
        <SelectField
          name="buildingId"
          label={t('addresses.filterBuilding')}
          placeholder={t('addresses.all')}
          defaultValue={params.get('buildingId') ?? ''}
          options={(buildings.data ?? []).map((b) => ({ value: b.id, label: names.building.get(b.id) ?? b.code }))}
        />
        <SelectField
          name="subNeighbourhoodId"
          label={t('addresses.filterSubNeighbourhood')}
          placeholder={t('addresses.all')}
          defaultValue={params.get('subNeighbourhoodId') ?? ''}
          options={(subs.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
        <SelectField
          name="buildingPhaseId"
          label={t('addresses.filterBuildingPhase')}
          placeholder={t('addresses.all')}
          defaultValue={params.get('buildingPhaseId') ?? ''}
          options={[{ value: NO_PHASE, label: t('addresses.noBuildingPhase') }, ...(phases.data ?? []).map((p) => ({ value: p.id, label: p.name }))]}
        />
        <SelectField
          name="street"
          label={t('addresses.filterStreet')}
          placeholder={t('addresses.all')}
          defaultValue={params.get('street') ?? ''}
          options={[...new Set([...(page.data?.streets ?? []), ...(query.street ? [query.street] : [])])].map((s) => ({ value: s, label: s }))}
        />
        <TextField
          name="search"
          type="search"
          label={t('addresses.search')}
          description={t('addresses.searchHint')}
          defaultValue={params.get('search') ?? ''}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary">
            {t('addresses.applyFilters')}
          </Button>
          <Button appearance="subtle" onClick={() => setParams(new URLSearchParams())}>
            {t('addresses.clearFilters')}
          </Button>
        </ButtonGroup>
      </form>

      {can('addresses.manage') && page.data ? (
        <AssignForm
          projectId={project.id}
          selectedIds={[...selected]}
          streets={page.data.streets}
          buildings={buildings.data ?? []}
          subNeighbourhoods={subs.data ?? []}
          buildingPhases={phases.data ?? []}
          onAssigned={() => setSelected(new Set())}
        />
      ) : null}
      {page.isPending ? (
        <Loading>{t('app.loading')}</Loading>
      ) : page.isError ? (
        <Alert type="error">{page.error.message}</Alert>
      ) : (
        <Section title={t('addresses.listTitle')}>
          <Paragraph>
            <span role="status">
              {total === 0
                ? t('addresses.noneFound')
                : t('addresses.range', {
                    from: formatNumber(query.offset + 1, lang),
                    to: formatNumber(query.offset + rows.length, lang),
                    total: formatNumber(total, lang),
                  })}
            </span>
            {can('addresses.manage') && selected.size > 0 ? (
              <>
                {' '}
                {t('addresses.selectedCount', { count: selected.size })}{' '}
                <Button appearance="subtle" onClick={() => setSelected(new Set())}>
                  {t('addresses.clearSelection')}
                </Button>
              </>
            ) : null}
          </Paragraph>
          {rows.length > 0 && can('addresses.manage') ? (
            <CheckboxField
              className="thuis-select-page"
              label={t('addresses.selectPage')}
              checked={allOnPage}
              onChange={(e) =>
                toggle(
                  rows.map((a) => a.id),
                  e.target.checked,
                )
              }
            />
          ) : null}
          {rows.length > 0 ? (
            <Table caption={t('addresses.caption', { page: pageNumber, pages: pageCount })}>
              <TableHead>
                <TableRow>
                  {can('addresses.manage') ? (
                    <TableHeaderCell>
                      <span className="thuis-visually-hidden">{t('addresses.selectColumn')}</span>
                    </TableHeaderCell>
                  ) : null}
                  <TableHeaderCell>{t('addresses.address')}</TableHeaderCell>
                  <TableHeaderCell>{t('fields.postcode')}</TableHeaderCell>
                  <TableHeaderCell>{t('fields.city')}</TableHeaderCell>
                  <TableHeaderCell>{t('fields.unitId')}</TableHeaderCell>
                  <TableHeaderCell>{t('fields.homeType')}</TableHeaderCell>
                  <TableHeaderCell>{t('fields.buildingId')}</TableHeaderCell>
                  <TableHeaderCell>{t('fields.subNeighbourhoodId')}</TableHeaderCell>
                  <TableHeaderCell>{t('fields.buildingPhaseId')}</TableHeaderCell>
                  {showNeeds ? <TableHeaderCell>{t('addresses.sharedNeeds')}</TableHeaderCell> : null}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((a) => (
                  <AddressRow
                    key={a.id}
                    address={a}
                    projectId={project.id}
                    selectable={can('addresses.manage')}
                    selected={selected.has(a.id)}
                    onSelect={(on) => toggle([a.id], on)}
                    linkToHouseholds={can('households.read')}
                    showNeeds={showNeeds}
                    names={{
                      building: a.buildingId ? (names.building.get(a.buildingId) ?? '') : '',
                      sub: a.subNeighbourhoodId ? (names.sub.get(a.subNeighbourhoodId) ?? '') : '',
                      phase: a.buildingPhaseId ? (names.phase.get(a.buildingPhaseId) ?? '') : '',
                    }}
                  />
                ))}
              </TableBody>
            </Table>
          ) : null}
          {pageCount > 1 ? (
            <nav className="thuis-pagination" aria-label={t('addresses.pagination')}>
              <Button disabled={pageNumber <= 1} onClick={() => goToPage(pageNumber - 1)}>
                {t('addresses.previous')}
              </Button>
              <span>{t('addresses.pageOf', { page: pageNumber, pages: pageCount })}</span>
              <Button disabled={pageNumber >= pageCount} onClick={() => goToPage(pageNumber + 1)}>
                {t('addresses.next')}
              </Button>
            </nav>
          ) : null}
        </Section>
      )}
    </>
  );
}

function AddressRow({
  address: a,
  projectId,
  selectable,
  selected,
  onSelect,
  linkToHouseholds,
  showNeeds,
  names,
}: {
  address: Address;
  projectId: string;
  selectable: boolean;
  selected: boolean;
  onSelect: (on: boolean) => void;
  linkToHouseholds: boolean;
  showNeeds: boolean;
  names: { building: string; sub: string; phase: string };
}) {
  const { t } = useTranslation();
  const label = formatAddress(a);
  const dash = '–';
  return (
    <TableRow>
      {selectable ? (
        <TableCell>
          <CheckboxField
            className="thuis-inline-field"
            label={<span className="thuis-visually-hidden">{t('addresses.select', { address: label })}</span>}
            checked={selected}
            onChange={(e) => onSelect(e.target.checked)}
          />
        </TableCell>
      ) : null}
      <TableCell label={t('addresses.address')}>
        {linkToHouseholds ? (
          <Link to={`/projects/${projectId}/addresses/${a.id}`} state={{ address: a }}>
            {label}
          </Link>
        ) : (
          label
        )}
      </TableCell>
      <TableCell label={t('fields.postcode')} className="thuis-nowrap">
        {a.postcode}
      </TableCell>
      <TableCell label={t('fields.city')}>{a.city}</TableCell>
      <TableCell label={t('fields.unitId')}>{a.unitId}</TableCell>
      <TableCell label={t('fields.homeType')}>{a.homeType || dash}</TableCell>
      <TableCell label={t('fields.buildingId')}>{names.building || dash}</TableCell>
      <TableCell label={t('fields.subNeighbourhoodId')}>{names.sub || dash}</TableCell>
      <TableCell label={t('fields.buildingPhaseId')}>{names.phase || dash}</TableCell>
      {showNeeds ? <TableCell label={t('addresses.sharedNeeds')}>{a.sharedPracticalNeeds || dash}</TableCell> : null}
    </TableRow>
  );
}
