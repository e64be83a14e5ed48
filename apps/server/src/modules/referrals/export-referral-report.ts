import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { writeTable, type ExportFormat } from '../exports/write-table.js';
import { getReferralReport, type ReferralGrouping } from './get-referral-report.js';

/** The referral report as CSV or XLSX: a count and a percentage column per partner, then the totals. */
export async function exportReferralReport(ctx: AppContext, args: { actor: Actor; projectId: string; groupBy: ReferralGrouping; format: ExportFormat; t: Translate }) {
  const { t } = args;
  const report = await getReferralReport(ctx, args);
  const pair = (label: string) => [label, t('referralReport.percent', { column: label })];
  const headers = [
    t('referralReport.group'),
    t('referralReport.homes'),
    t('referralReport.spokenTo'),
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
  return writeTable(args.format, { sheetName: t('referralReport.sheet'), headers, rows });
}
