import { catalogueEn } from '@thuis/domain';
import { uiEn } from './ui.en';

/** English: the shared catalogue merged with the web app's own strings, loaded only when chosen. */
export const en = { ...catalogueEn, ...uiEn };
