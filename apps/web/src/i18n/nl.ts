import { catalogueNl } from '@thuis/domain';
import { uiNl } from './ui.nl';

/** Dutch, the default and fallback language: the shared catalogue merged with the web app's own strings. */
export const nl = { ...catalogueNl, ...uiNl };
