import type { FigureRelation, ReportCell, ReportText } from '@thuis/domain';
import { getReferralReport } from '../../referrals/get-referral-report.js';
import { msg, type SectionProvider } from './types.js';

/** The referral table in the workshop's format: per building phase and in all, households spoken to and referrals per partner. */
export const referralsSection: SectionProvider = async ({ ctx, actor, projectId }) => {
  // "No building phase" and "whole project" are worded when the version is read (see `name`).
  const report = await getReferralReport(ctx, { actor, projectId, groupBy: 'building_phase', t: (key) => key });
  const values: Record<string, number> = {};
  const relations: FigureRelation[] = [];
  const rows = [...report.rows, { ...report.total, groupId: 'total' }];
  for (const r of rows) {
    values[`referrals:spoken:${r.groupId}`] = r.spokenTo;
    values[`referrals:households:${r.groupId}`] = r.householdsReferred.count;
    for (const c of r.perPartner) values[`referrals:partner:${r.groupId}:${c.partnerId}`] = c.count;
  }
  if (report.rows.length) {
    relations.push({ members: report.rows.map((r) => `referrals:spoken:${r.groupId}`), total: 'referrals:spoken:total' });
    relations.push({ members: report.rows.map((r) => `referrals:households:${r.groupId}`), total: 'referrals:households:total' });
    for (const p of report.partners)
      relations.push({ members: report.rows.map((r) => `referrals:partner:${r.groupId}:${p.id}`), total: `referrals:partner:total:${p.id}` });
  }
  const name = (r: (typeof rows)[number]): ReportText =>
    r.groupId === 'total' ? msg('visits.projectTotal') : r.groupId === 'none' ? msg('visits.noGroup') : r.name;
  const row = (r: (typeof rows)[number]): ReportCell[] => [
    name(r),
    { figure: `referrals:spoken:${r.groupId}` },
    ...report.partners.map((p) => ({ figure: `referrals:partner:${r.groupId}:${p.id}`, of: `referrals:spoken:${r.groupId}` })),
    { figure: `referrals:households:${r.groupId}`, of: `referrals:spoken:${r.groupId}` },
  ];
  return {
    key: 'referrals',
    blocks: [
      {
        kind: 'table',
        caption: msg('finalReportPdf.referralsCaption'),
        headers: [msg('finalReportPdf.group'), msg('finalReportPdf.spokenTo'), ...report.partners.map((p) => p.name), msg('finalReportPdf.householdsReferred')],
        rows: rows.map(row),
      },
    ],
    figures: { values, relations },
  };
};
