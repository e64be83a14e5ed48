import type { uiNl } from './ui.nl';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
/** The shape every language of the UI strings must fill completely (no missing, no extra keys). */
export type UiCatalogue = Strings<typeof uiNl>;
