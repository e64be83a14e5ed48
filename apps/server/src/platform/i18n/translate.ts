import i18next, { type TFunction } from 'i18next';
import { catalogues, type Locale } from '@thuis/domain';

const instance = i18next.createInstance();
await instance.init({
  resources: { nl: { translation: catalogues.nl }, en: { translation: catalogues.en } },
  lng: 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export function translatorFor(locale: Locale): Translate {
  const t: TFunction = instance.getFixedT(locale);
  return (key, params) => t(key, params ?? {}) as string;
}

/** The language of a request: the first supported tag of Accept-Language, else the user's own, else Dutch. */
export function requestLocale(acceptLanguage: string | undefined, userLocale?: Locale): Locale {
  const tags = (acceptLanguage ?? '').split(',').map((part) => part.split(';')[0]!.trim().slice(0, 2).toLowerCase());
  const found = tags.find((tag): tag is Locale => tag === 'nl' || tag === 'en');
  return found ?? userLocale ?? 'nl';
}
