import { nextReviewStage, publicationKinds, type Publication, type PublicationKind, type ReviewStage } from '@thuis/domain';

/** Pure helpers of the versions of the report, the talking poster and the feedback (phase 3, step 3). */

/** Versions per kind, newest first; kinds in their fixed order. */
export function versionsByKind<P extends Pick<Publication, 'kind' | 'version'>>(publications: readonly P[]): { kind: PublicationKind; versions: P[] }[] {
  return publicationKinds.map((kind) => ({
    kind,
    versions: publications.filter((p) => p.kind === kind).sort((a, b) => b.version - a.version),
  }));
}

/**
 * The review of a stage is written when the version leaves it: the team's remarks on the concept,
 * the outside reader's, the resident group's. Null once published.
 */
export function reviewStep(stage: ReviewStage): { noteKey: string; buttonKey: string; next: ReviewStage } | null {
  const next = nextReviewStage(stage);
  if (!next) return null;
  return { noteKey: `picturePublications.note.${stage}`, buttonKey: `picturePublications.next.${stage}`, next };
}

/** The address of a version's PDF (a plain download). */
export function publicationPdfUrl(projectId: string, publicationId: string): string {
  return `/api/projects/${encodeURIComponent(projectId)}/picture/publications/${encodeURIComponent(publicationId)}/pdf`;
}

/** The first words of a text for an accessible name ("Keur citaat goed: “Ik woon hier al…”"). */
export function shortText(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
