import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.js';
import * as m0002 from './0002_addresses_plan_hours.js';
import * as m0003 from './0003_visits.js';
import * as m0004 from './0004_registrations.js';
import * as m0005 from './0005_letters.js';
import * as m0006 from './0006_registration_imports.js';
import * as m0007 from './0007_signals.js';
import * as m0008 from './0008_actions_referrals.js';
import * as m0009 from './0009_registration_groups.js';
import * as m0010 from './0010_registration_groups_backfill.js';
import * as m0011 from './0011_themes.js';
import * as m0012 from './0012_picture_publications.js';
import * as m0013 from './0013_picture_conversations.js';
import * as m0014 from './0014_publication_figures.js';
import * as m0015 from './0015_account_security.js';
import * as m0016 from './0016_registration_client_per_project.js';
import * as m0017 from './0017_identifying_versions.js';
import * as m0018 from './0018_import_file_format.js';
import * as m0019 from './0019_project_team_contact.js';
import * as m0020 from './0020_background_jobs.js';
import * as m0021 from './0021_activities.js';
import * as m0022 from './0022_action_plans.js';
import * as m0023 from './0023_talent_cards.js';
import * as m0024 from './0024_meaningful_places.js';
import * as m0025 from './0025_interim_evaluations.js';
import * as m0026 from './0026_msc_stories.js';
import * as m0027 from './0027_ripple_maps.js';
import * as m0028 from './0028_surveys.js';
import * as m0029 from './0029_before_after.js';
import * as m0030 from './0030_final_reports.js';
import * as m0031 from './0031_story_comparison_readings.js';
import * as m0032 from './0032_measurement_client_ids.js';
import * as m0033 from './0033_audit_list_households.js';
import * as m0034 from './0034_residents_rights.js';
import * as m0035 from './0035_import_staging.js';
import * as m0036 from './0036_privacy_plan.js';
import * as m0037 from './0037_keyset_paging.js';
import * as m0038 from './0038_preparation.js';
import * as m0039 from './0039_audit_erasure.js';
import * as m0040 from './0040_picture_counts.js';
import * as m0041 from './0041_visit_batches.js';
import * as m0042 from './0042_referral_notifications.js';
import * as m0043 from './0043_poster_meeting.js';
import * as m0044 from './0044_caller_notifications.js';

/** Versioned migrations, in order. Never edit one that is committed: add a new one. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_addresses_plan_hours': m0002,
  '0003_visits': m0003,
  '0004_registrations': m0004,
  '0005_letters': m0005,
  '0006_registration_imports': m0006,
  '0007_signals': m0007,
  '0008_actions_referrals': m0008,
  '0009_registration_groups': m0009,
  '0010_registration_groups_backfill': m0010,
  '0011_themes': m0011,
  '0012_picture_publications': m0012,
  '0013_picture_conversations': m0013,
  '0014_publication_figures': m0014,
  '0015_account_security': m0015,
  '0016_registration_client_per_project': m0016,
  '0017_identifying_versions': m0017,
  '0018_import_file_format': m0018,
  '0019_project_team_contact': m0019,
  '0020_background_jobs': m0020,
  '0021_activities': m0021,
  '0022_action_plans': m0022,
  '0023_talent_cards': m0023,
  '0024_meaningful_places': m0024,
  '0025_interim_evaluations': m0025,
  '0026_msc_stories': m0026,
  '0027_ripple_maps': m0027,
  '0028_surveys': m0028,
  '0029_before_after': m0029,
  '0030_final_reports': m0030,
  '0031_story_comparison_readings': m0031,
  '0032_measurement_client_ids': m0032,
  '0033_audit_list_households': m0033,
  '0034_residents_rights': m0034,
  '0035_import_staging': m0035,
  '0036_privacy_plan': m0036,
  '0037_keyset_paging': m0037,
  '0038_preparation': m0038,
  '0039_audit_erasure': m0039,
  '0040_picture_counts': m0040,
  '0041_visit_batches': m0041,
  '0042_referral_notifications': m0042,
  '0043_poster_meeting': m0043,
  '0044_caller_notifications': m0044,
};
