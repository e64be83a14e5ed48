import { activitiesSection } from './activities.js';
import { beforeAfterSection } from './before-after.js';
import { hoursSection } from './hours.js';
import { interimEvaluationsSection } from './interim-evaluations.js';
import { phasesSection } from './phases.js';
import { reachSection } from './reach.js';
import { referralsSection } from './referrals.js';
import { rippleMapsSection } from './ripple-maps.js';
import { signalsSection } from './signals.js';
import { storiesSection } from './stories.js';
import { surveyTrendsSection } from './survey-trends.js';
import { themesSection } from './themes.js';
import type { SectionProvider } from './types.js';

export type { SectionProvider, SectionSource } from './types.js';

/**
 * The parts of the final report, in the report's order. A new part is one file in this folder
 * exporting a `SectionProvider` and one line here: its blocks and figures are frozen into every
 * version made after, under the same small-cell protection as the rest.

 */
export const sectionProviders: readonly SectionProvider[] = [
  phasesSection,
  reachSection,
  signalsSection,
  referralsSection,
  themesSection,
  activitiesSection,
  storiesSection,
  rippleMapsSection,
  surveyTrendsSection,
  beforeAfterSection,
  interimEvaluationsSection,
  hoursSection,
];
