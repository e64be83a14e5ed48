import type { Locale, PictureContent, PublicationKind } from '@thuis/domain';
import type { WorkerTask } from '../jobs/worker.js';
import { translatorFor } from '../i18n/translate.js';
import { renderPictureReport, renderResidentFeedback, type PictureMeta } from './picture-pdf.js';
import { renderTalkingPoster } from './talking-poster-pdf.js';

export interface PicturePdfInput {
  kind: PublicationKind;
  content: PictureContent;
  meta: PictureMeta;
  locale: Locale;
}

const renderers = { report: renderPictureReport, poster: renderTalkingPoster, feedback: renderResidentFeedback };

/** A version of the picture (report, poster or resident feedback) as PDF, laid out in a worker thread so no request waits on it. */
const renderPicture: WorkerTask<PicturePdfInput, Uint8Array> = ({ kind, content, meta, locale }) => renderers[kind](content, meta, translatorFor(locale));
export default renderPicture;
