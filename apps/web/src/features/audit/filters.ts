import { accountEventActions } from '@thuis/domain';

/**
 * The filters of the project's audit log, as kept in the page's address (so a link, e.g. from a
 * referral, can open the lines about one item).
 */
export interface AuditFilters {
  resourceType?: string;
  resourceId?: string;
  /** Who saw one household: its own lines and every list read that showed it. */
  householdId?: string;
  action?: string;
}

export const auditFilterKeys = ['resourceType', 'resourceId', 'householdId', 'action'] as const;

/**
 * What the server records (`resourceType` of recordAudit and recordListRead calls), each with a
 * translation under `auditPage.resourceTypes` or `auditLabels.resourceTypes`; details.test.ts fails
 * on a type the server code uses that is missing here. Other values are shown as they are.
 */
export const auditResourceTypes = [
  'project',
  'project_partners',
  'project_team',
  'project_phase',
  'social_notes',
  'team_contacts',
  'addresses',
  'address_import',
  'address_groupings',
  'buildings',
  'sub_neighbourhoods',
  'building_phases',
  'addresses_export',
  'household',
  'household_contact',
  'household_contacts_letters',
  'household_contacts_export',
  'letter_template',
  'hour_budget',
  'hour_booking',
  'hours_export',
  'visit',
  'visit_outcome',
  'registration_form',
  'registration',
  'registrations',
  'signal',
  'action',
  'referral',
  'account',
  'address_practical_needs',
  'action_plan',
  'action_plan_goal',
  'activity',
  'activity_reach',
  'address_position',
  'before_after_settings',
  'calendar_feed',
  'collaboration_agreement',
  'communication_item',
  'final_report',
  'final_report_sharing',
  'fit_check',
  'household_export',
  'household_measurement',
  'interim_evaluation',
  'joint_goals',
  'meaningful_place',
  'msc_selection_round',
  'msc_story',
  'organisation',
  'orientation_meeting',
  'picture_conversation',
  'picture_publication',
  'picture_quote',
  'privacy_plan_signoff',
  'privacy_settings',
  'project_retention',
  'resident_request',
  'ripple_edge',
  'ripple_map',
  'ripple_node',
  'session',
  'statement_coding',
  'survey_letters',
  'survey_links',
  'survey_round',
  'survey_version',
  'talent_card',
  'talent_match',
  'task_matrix',
  'theme',
  'theme_top_list',
  'training_record',
  'user',
  'user_contacts',
  'user_locale',
  'work_session',
] as const;

/** The `action` values of recordAudit calls, each translated under `auditPage.actions` or `auditLabels.actions`. */
export const auditActions = [
  'create',
  'update',
  'delete',
  'read',
  'export',
  'upload',
  'commit',
  'import',
  'accept',
  'decline',
  'complete',
  'withdraw_consent',
  'approve',
  'download',
  'logout',
  'review',
  'retention_purge',
  ...accountEventActions,
] as const;

/** The action of a read of personal data (the server records every such read). */
export const readAction = 'read';

// The server takes up to 40 characters; codes are snake_case, ids are uuids or numbers.
const code = /^[a-z][a-z0-9_]{0,39}$/;
const id = /^[A-Za-z0-9-]{1,40}$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the filters from the query string; malformed values are left out, unknown codes kept. */
export function auditFiltersFromParams(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  const resourceType = params.get('resourceType');
  if (resourceType && code.test(resourceType)) filters.resourceType = resourceType;
  const resourceId = params.get('resourceId');
  if (resourceId && id.test(resourceId)) filters.resourceId = resourceId;
  const householdId = params.get('householdId');
  if (householdId && uuid.test(householdId)) filters.householdId = householdId;
  const action = params.get('action');
  if (action && code.test(action)) filters.action = action;
  return filters;
}

/** The query string for GET /audit, in a fixed order; `before` asks for the lines older than that entry. */
export function auditQueryString(filters: AuditFilters, before?: string | null): string {
  const params = new URLSearchParams();
  for (const key of auditFilterKeys) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (before) params.set('before', before);
  return params.toString();
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return auditFilterKeys.some((key) => !!filters[key]);
}

/** The link to the lines about one item, e.g. who has read a referral. */
export function auditLink(projectId: string, filters: AuditFilters): string {
  const query = auditQueryString(filters);
  return `/projects/${projectId}/audit${query ? `?${query}` : ''}`;
}
