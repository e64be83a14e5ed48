import { startup } from './startup.mjs';

export const scenarios = { startup };
