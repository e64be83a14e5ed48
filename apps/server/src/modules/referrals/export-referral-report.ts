import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { writeTable, type Column, type ExportFormat } from '../exports/write-table.js';
import { getReferralReport, type ReferralGrouping } from './get-referral-report.js';

/** The referral report as CSV or XLSX: a count and a percentage column per partner, then the totals (referrals, households). */
export async function exportReferralReport(
  ctx: AppContext,
  args: { actor: Actor; projectId: string; groupBy: ReferralGrouping; format: ExportFormat; t: Translate },
) {
  const { t } = args;
  const report = await getReferralReport(ctx, args);
  // Each partner and the two totals as a count and a percentage of the households spoken to.
  const pair = (label: string): Column[] => [
    { header: label, kind: 'number' },
    { header: t('referralReport.percent', { column: label }), kind: 'number' },
  ];
  const columns: Column[] = [
    { header: t('referralReport.group') },
    { header: t('referralReport.homes'), kind: 'number' },
    { header: t('referralReport.spokenTo'), kind: 'number' },
    ...report.partners.flatMap((p) => pair(p.name)),
    ...pair(t('referralReport.total')),
    ...pair(t('referralReport.householdsReferred')),
  ];
  const rows = [...report.rows, report.total].map((row) => [
    row.name,
    row.homes,
    row.spokenTo,
    ...row.perPartner.flatMap((c) => [c.count, c.percent]),
    row.total.count,
    row.total.percent,
    row.householdsReferred.count,
    row.householdsReferred.percent,
  ]);
  return writeTable(args.format, { sheetName: t('referralReport.sheet'), columns, rows });
}
