import { privacyLeaflet, wordPlanText, type Actor, type Locale } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { translatorFor } from '../../platform/i18n/translate.js';
import { runInWorker } from '../../platform/jobs/worker.js';
import type { PrivacyLeafletPdfInput } from '../../platform/pdf/privacy-leaflet-pdf.js';
import { loadPrivacyPlan, shortVersion } from './load-privacy-plan.js';

/** The leaflet of the current plan in plain language, laid out in a worker, in the asked language. */
export async function downloadPrivacyLeaflet(ctx: AppContext, { actor, projectId, locale }: { actor: Actor; projectId: string; locale: Locale }) {
  await ctx.access.require(actor, 'project.read', projectId);
  const { settings, input, plan } = await loadPrivacyPlan(ctx.db, projectId);
  const t = translatorFor(locale);
  const word = (text: Parameters<typeof wordPlanText>[0]) => wordPlanText(text, t);
  const pdfInput: PrivacyLeafletPdfInput = {
    title: t('privacyLeaflet.title'),
    intro: t('privacyLeaflet.intro'),
    projectName: settings.name,
    sections: privacyLeaflet(input).map((s) => ({
      title: t(`privacyLeaflet.sections.${s.key}`),
      blocks: s.blocks.map((b) => (b.kind === 'paragraph' ? { kind: 'paragraph', text: word(b.text) } : { kind: 'list', items: b.items.map(word) })),
    })),
    footer: t('privacyLeaflet.version', { project: settings.name, version: shortVersion(plan.versionHash) }),
  };
  const pdf = Buffer.from(
    await runInWorker<PrivacyLeafletPdfInput, Uint8Array>(new URL('../../platform/pdf/render-privacy-leaflet.ts', import.meta.url), pdfInput),
  );
  return { pdf, fileName: t('privacyLeaflet.fileName') };
}
