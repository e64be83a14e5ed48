import type { nl } from './nl.js';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
/** The shape every language must fill completely. */
export type Catalogue = Strings<typeof nl>;
