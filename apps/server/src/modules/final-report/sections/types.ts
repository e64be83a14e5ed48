import type { Actor, ReportSectionDraft, ReportText } from '@thuis/domain';
import type { AppContext } from '../../../platform/context.js';

/** What every section provider gets: the project and who makes the version (the social team). No language: texts are stored without one. */
export interface SectionSource {
  ctx: AppContext;
  actor: Actor;
  projectId: string;
}

/**
 * One part of the final report. It reads its own module and answers its blocks, frozen into the
 * version as they are: texts as message keys with parameters (`msg`), numbers and ISO dates, worded
 * in the reader's language when the version is read; counts go in `figures` (keys `<key>:…`) and are
 * pointed at from table cells, so the small-cell rule runs over all sections together. Null: the
 * part has nothing to show.
 */
export type SectionProvider = (source: SectionSource) => Promise<ReportSectionDraft | null>;

/** A message of the server catalogue, worded when the version is read. */
export const msg = (m: string, p?: Record<string, ReportText | number>): ReportText => (p ? { m, p } : { m });
