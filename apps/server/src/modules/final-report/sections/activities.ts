import { createActivityRepository } from '../../activities/repository.js';
import { msg, type SectionProvider } from './types.js';

/** The activities of the register with kind, status and reach (participants, first-timers). */
export const activitiesSection: SectionProvider = async ({ ctx, projectId }) => {
  const activities = await createActivityRepository(ctx.db).summary(projectId);
  const values: Record<string, number> = {};
  for (const a of activities) {
    values[`activities:participants:${a.id}`] = a.reach.participants;
    values[`activities:first:${a.id}`] = a.reach.firstTimers;
  }
  values['activities:participants:total'] = activities.reduce((sum, a) => sum + a.reach.participants, 0);
  values['activities:first:total'] = activities.reduce((sum, a) => sum + a.reach.firstTimers, 0);
  return {
    key: 'activities',
    blocks: [
      activities.length
        ? {
            kind: 'table',
            caption: msg('finalReportPdf.activitiesCaption'),
            headers: [
              msg('finalReportPdf.activity'),
              msg('finalReportPdf.kindAndStatus'),
              msg('finalReportPdf.participants'),
              msg('finalReportPdf.firstTimers'),
            ],
            rows: [
              ...activities.map((a) => [
                a.title,
                {
                  join: [
                    msg(`actionPlanPdf.activityKinds.${a.kind}`),
                    ', ',
                    msg(`actionPlanPdf.activityStatuses.${a.status}`),
                    ...(a.lasts ? [' (', msg('finalReportPdf.lasts'), ')'] : []),
                  ],
                },
                { figure: `activities:participants:${a.id}` },
                { figure: `activities:first:${a.id}` },
              ]),
              [msg('finalReportPdf.total'), '', { figure: 'activities:participants:total' }, { figure: 'activities:first:total' }],
            ],
          }
        : { kind: 'paragraph', text: msg('finalReportPdf.noActivities') },
    ],
    figures: {
      values,
      relations: activities.length
        ? [
            { members: activities.map((a) => `activities:participants:${a.id}`), total: 'activities:participants:total' },
            { members: activities.map((a) => `activities:first:${a.id}`), total: 'activities:first:total' },
          ]
        : [],
    },
  };
};
