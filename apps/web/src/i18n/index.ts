import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@thuis/domain';
import { nl } from './nl';

export const supportedLocales = ['nl', 'en'] as const satisfies readonly Locale[];
export const defaultLocale: Locale = 'nl';
const storageKey = 'thuis.locale';

/**
 * Dutch is always in the bundle (default and fallback); English is a separate file fetched when it is
 * chosen, so the first page does not carry both catalogues. The service worker keeps it for offline use.
 */
async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'nl' || i18next.hasResourceBundle(locale, 'translation')) return;
  const { en } = await import('./en');
  i18next.addResourceBundle('en', 'translation', en);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

export function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Private mode or storage switched off: the choice lasts for this page only.
  }
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : defaultLocale;
}

function applyToDocument(locale: string): void {
  document.documentElement.lang = locale;
}

export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', applyToDocument);
  const lng = storedLocale() ?? defaultLocale;
  await i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl } },
    lng: defaultLocale,
    fallbackLng: defaultLocale,
    supportedLngs: [...supportedLocales],
    interpolation: { escapeValue: false },
  });
  if (lng !== defaultLocale) {
    await loadLocale(lng);
    await i18next.changeLanguage(lng);
  }
  applyToDocument(i18next.language);
  return i18next;
}

/** Switches the language of the page and remembers it on this device. */
export async function changeLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  await loadLocale(locale);
  await i18next.changeLanguage(locale);
}

export { i18next };
