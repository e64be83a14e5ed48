import { importScenario } from './import.ts';
import { startup } from './startup.mjs';

export const scenarios = { startup, import: importScenario };
