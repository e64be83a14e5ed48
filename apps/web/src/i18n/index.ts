import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues, type Locale } from '@thuis/domain';
import { uiEn } from './ui.en';
import { uiNl } from './ui.nl';

export const supportedLocales = ['nl', 'en'] as const satisfies readonly Locale[];
export const defaultLocale: Locale = 'nl';
const storageKey = 'thuis.locale';

/** The shared catalogue (errors, fields, roles, phases…) merged with the web app's own strings. */
export const resources = {
  nl: { translation: { ...catalogues.nl, ...uiNl } },
  en: { translation: { ...catalogues.en, ...uiEn } },
} as const;

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
  await i18next.use(initReactI18next).init({
    resources,
    lng: storedLocale() ?? defaultLocale,
    fallbackLng: defaultLocale,
    supportedLngs: [...supportedLocales],
    interpolation: { escapeValue: false },
  });
  applyToDocument(i18next.language);
  return i18next;
}

/** Switches the language of the page and remembers it on this device. */
export async function changeLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  await i18next.changeLanguage(locale);
}

export { i18next };
