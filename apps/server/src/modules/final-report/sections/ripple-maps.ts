import { createRippleRepository } from '../../ripples/repository.js';
import { finishedRippleMaps } from '../../ripples/to-ripple-map.js';
import { msg, type SectionProvider } from './types.js';

/** The finished ripple maps, frozen with their effects and arrows; the PDF worker lays them out and draws them. */
export const rippleMapsSection: SectionProvider = async ({ ctx, projectId }) => {
  const maps = await finishedRippleMaps(createRippleRepository(ctx.db), projectId);
  return {
    key: 'ripples',
    blocks: maps.length
      ? maps.map((m) => ({
          kind: 'rippleMap' as const,
          title: m.title,
          subject: m.activity
            ? msg('finalReportPdf.aboutActivity', { title: m.activity.title })
            : m.theme
              ? msg('finalReportPdf.aboutTheme', { name: m.theme.name })
              : '',
          nodes: m.nodes,
          edges: m.edges,
        }))
      : [{ kind: 'paragraph', text: msg('finalReportPdf.noRippleMaps') }],
  };
};
