/** The parts of a report row the table and chart read (the shape of `referralReportResponse` rows). */
export interface ReportCell {
  partnerId: string;
  count: number;
  percent: number | null;
}
export interface ReportRow {
  groupId: string;
  name: string;
  homes: number;
  spokenTo: number;
  perPartner: ReportCell[];
  total: ReportCell;
  householdsReferred: ReportCell;
}

/** "36 (9%)" as in the workshop's table; just "0" when nobody was spoken to (no percentage to give). */
export function cellText(cell: Pick<ReportCell, 'count' | 'percent'>, number: (n: number) => string, percent: (p: number) => string): string {
  return cell.percent === null ? number(cell.count) : `${number(cell.count)} (${percent(cell.percent)})`;
}

/** The count of one partner in a row (0 when the row has no cell for it). */
export function partnerCell(row: Pick<ReportRow, 'perPartner' | 'spokenTo'>, partnerId: string): ReportCell {
  return row.perPartner.find((c) => c.partnerId === partnerId) ?? { partnerId, count: 0, percent: row.spokenTo > 0 ? 0 : null };
}

/** The groups the chart shows: every group, or the project as a whole when nothing is grouped yet. */
export function chartRows<R extends ReportRow>(rows: readonly R[], total: R): R[] {
  return rows.length > 0 ? [...rows] : [total];
}

/** The spoken summary of the chart: per group the share of each partner, then the total. */
export function chartSummary(
  rows: readonly ReportRow[],
  partners: readonly { id: string; name: string }[],
  text: {
    group: (values: { name: string; spokenTo: string; parts: string; total: string }) => string;
    part: (values: { partner: string; value: string }) => string;
    cell: (cell: ReportCell) => string;
    number: (value: number) => string;
  },
): string {
  return rows
    .map((r) =>
      text.group({
        name: r.name,
        spokenTo: text.number(r.spokenTo),
        parts: partners.map((p) => text.part({ partner: p.name, value: text.cell(partnerCell(r, p.id)) })).join(', '),
        total: text.cell(r.total),
      }),
    )
    .join(' ');
}
