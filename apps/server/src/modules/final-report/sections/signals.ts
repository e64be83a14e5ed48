import { actionStatuses, signalCategories } from '@thuis/domain';
import { createFinalReportRepository } from '../repository.js';
import { msg, type SectionProvider } from './types.js';

/** Signals per category and the actions on the action list per status. */
export const signalsSection: SectionProvider = async ({ ctx, projectId }) => {
  const repository = createFinalReportRepository(ctx.db);
  const [signals, actions] = await Promise.all([repository.signalCounts(projectId), repository.actionCounts(projectId)]);
  const values: Record<string, number> = {};
  for (const c of signalCategories) values[`signals:signal:${c}`] = signals.find((s) => s.category === c)?.count ?? 0;
  values['signals:signal:total'] = signals.reduce((sum, s) => sum + s.count, 0);
  for (const s of actionStatuses) values[`signals:action:${s}`] = actions.find((a) => a.status === s)?.count ?? 0;
  values['signals:action:total'] = actions.reduce((sum, a) => sum + a.count, 0);
  return {
    key: 'signals',
    blocks: [
      {
        kind: 'table',
        caption: msg('finalReportPdf.signalsCaption'),
        headers: [msg('finalReportPdf.category'), msg('finalReportPdf.count')],
        rows: [
          ...signalCategories.map((c) => [msg(`signalCategories.${c}`), { figure: `signals:signal:${c}` }]),
          [msg('finalReportPdf.total'), { figure: 'signals:signal:total' }],
        ],
      },
      {
        kind: 'table',
        caption: msg('finalReportPdf.actionsCaption'),
        headers: [msg('finalReportPdf.status'), msg('finalReportPdf.count')],
        rows: [
          ...actionStatuses.map((s) => [msg(`actionStatuses.${s}`), { figure: `signals:action:${s}` }]),
          [msg('finalReportPdf.total'), { figure: 'signals:action:total' }],
        ],
      },
    ],
    figures: {
      values,
      relations: [
        { members: signalCategories.map((c) => `signals:signal:${c}`), total: 'signals:signal:total' },
        { members: actionStatuses.map((s) => `signals:action:${s}`), total: 'signals:action:total' },
      ],
    },
  };
};
