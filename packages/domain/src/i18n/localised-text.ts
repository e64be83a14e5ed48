/** A text a team wrote in Dutch and, where it took the trouble, in English (form questions, answers, cards). */
export interface LocalisedText {
  nl: string;
  en?: string;
}

/** The text in the reader's language; English falls back to the Dutch when none was written. */
export function localisedText(text: LocalisedText | null | undefined, language: string): string {
  if (!text) return '';
  return language === 'en' && text.en ? text.en : text.nl;
}
