import type { Actor, Locale, ReportSectionDraft } from '@thuis/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Translate } from '../../../platform/i18n/translate.js';

/** What every section provider gets: the project, who makes the version (the social team), and the report's language. */
export interface SectionSource {
  ctx: AppContext;
  actor: Actor;
  projectId: string;
  locale: Locale;
  t: Translate;
}

/**
 * One part of the final report. It reads its own module and answers its blocks, frozen into the
 * version as they are; counts go in `figures` (keys `<key>:…`) and are pointed at from table cells,
 * so the small-cell rule runs over all sections together. Null: the part has nothing to show.
 */
export type SectionProvider = (source: SectionSource) => Promise<ReportSectionDraft | null>;
