import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ProjectDetail, referralReportResponse } from '@thuis/domain';
import type { z } from 'zod';
import {
  ButtonGroup,
  DownloadLink,
  Link,
  Loading,
  Paragraph,
  QueryState,
  Section,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '../../ui';
import { formatNumber } from '../../lib/numbers';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { referralReportExportUrl, type ReferralGrouping } from '../../features/referrals/api';
import { useReferralReport } from '../../features/referrals/hooks';
import { cellText, chartRows, chartSummary, partnerCell, type ReportCell, type ReportRow } from '../../features/referrals/report';

const ReferralChart = lazy(() => import('../../features/referrals/ReferralChart'));

type Report = z.output<typeof referralReportResponse>;
const groupings: readonly ReferralGrouping[] = ['building_phase', 'building'];

export function ReferralReportPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="referrals.read" title={t('referralReportPage.title')} lead={t('referralReportPage.intro')}>
      {(project) => <ReportView project={project} />}
    </ProjectSubPage>
  );
}

function ReportView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const groupBy: ReferralGrouping = groupings.find((g) => g === params.get('groupBy')) ?? 'building_phase';
  const report = useReferralReport(project.id, groupBy);

  return (
    <>
      <nav className="thuis-subnav thuis-view-switch thuis-no-print" aria-label={t('referralReportPage.groupings')}>
        <ul>
          {groupings.map((g) => (
            <li key={g}>
              <Link
                to={{ search: new URLSearchParams({ ...Object.fromEntries(params), groupBy: g }).toString() }}
                aria-current={g === groupBy ? 'page' : undefined}
                className={['thuis-nav__link', g === groupBy ? 'thuis-nav__link--current' : ''].join(' ')}
                replace
              >
                {t(`referralReportPage.groupBy.${g}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <QueryState query={report}>{(data) => <ReportSection project={project} report={data} groupBy={groupBy} />}</QueryState>
    </>
  );
}

function useFormats() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const number = useCallback((n: number) => formatNumber(n, lang), [lang]);
  const percent = useCallback((p: number) => t('referralReportPage.percent', { value: formatNumber(p, lang, 0) }), [t, lang]);
  const cell = useCallback((c: Pick<ReportCell, 'count' | 'percent'>) => cellText(c, number, percent), [number, percent]);
  return { number, percent, cell };
}

function ReportSection({ project, report, groupBy }: { project: ProjectDetail; report: Report; groupBy: ReferralGrouping }) {
  const { t } = useTranslation();
  const f = useFormats();
  const caption = t(`referralReportPage.caption.${groupBy}`);
  const rows: ReportRow[] = [...report.rows, report.total];
  const charted = useMemo(() => chartRows(report.rows, report.total), [report]);
  const summary = chartSummary(charted, report.partners, {
    group: (v) => t('referralReportPage.chartGroup', v),
    part: (v) => t('referralReportPage.chartPart', v),
    cell: f.cell,
    number: f.number,
  });

  const columns = [
    t('referralReport.group'),
    t('referralReport.homes'),
    t('referralReport.spokenTo'),
    ...report.partners.map((p) => p.name),
    t('referralReport.total'),
    t('referralReport.householdsReferred'),
  ];

  return (
    <Section
      title={caption}
      actions={
        <ButtonGroup className="thuis-no-print">
          <DownloadLink href={referralReportExportUrl(project.id, groupBy, 'csv')}>{t('referralReportPage.exportCsv')}</DownloadLink>
          <DownloadLink href={referralReportExportUrl(project.id, groupBy, 'xlsx')}>{t('referralReportPage.exportXlsx')}</DownloadLink>
        </ButtonGroup>
      }
    >
      <Paragraph>{t('referralReportPage.percentOf')}</Paragraph>
      {report.partners.length === 0 ? (
        <Paragraph>{t('referralReportPage.noPartners')}</Paragraph>
      ) : (
        <Suspense fallback={<Loading>{t('app.loading')}</Loading>}>
          <ReferralChart rows={charted} partners={report.partners} formatPercent={f.percent} summary={summary} />
        </Suspense>
      )}
      <Table caption={caption}>
        <TableHead>
          <TableRow>
            {columns.map((c, i) => (
              <TableHeaderCell key={`${i}-${c}`}>{c}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const whole = row === report.total;
            const strong = (text: string) => (whole ? <strong>{text}</strong> : text);
            return (
              <TableRow key={whole ? 'project' : row.groupId}>
                <TableCell label={columns[0]}>{strong(row.name)}</TableCell>
                <TableCell label={columns[1]} className="thuis-number">
                  {strong(f.number(row.homes))}
                </TableCell>
                <TableCell label={columns[2]} className="thuis-number">
                  {strong(f.number(row.spokenTo))}
                </TableCell>
                {report.partners.map((p) => (
                  <TableCell key={p.id} label={p.name} className="thuis-number thuis-nowrap">
                    {strong(f.cell(partnerCell(row, p.id)))}
                  </TableCell>
                ))}
                <TableCell label={t('referralReport.total')} className="thuis-number thuis-nowrap">
                  {strong(f.cell(row.total))}
                </TableCell>
                <TableCell label={t('referralReport.householdsReferred')} className="thuis-number thuis-nowrap">
                  {strong(f.cell(row.householdsReferred))}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Section>
  );
}
