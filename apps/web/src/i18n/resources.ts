import { en } from './en';
import { nl } from './nl';

/** Both languages at once, for tests; the app itself loads English only when it is chosen (see index.ts). */
export const resources = {
  nl: { translation: nl },
  en: { translation: en },
} as const;
