import type { ColumnType, Generated } from 'kysely';
import type { OrganisationType, PhaseKey, PhaseStatus, ProjectRole } from '@thuis/domain';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type WithDefault<T> = ColumnType<T, T | undefined, T>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface OrganisationTable {
  id: Generated<string>;
  name: string;
  type: OrganisationType;
  created_at: CreatedAt;
}

export interface UserTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  display_name: string;
  phone: WithDefault<string>;
  password_hash: string;
  is_admin: WithDefault<boolean>;
  can_create_projects: WithDefault<boolean>;
  locale: WithDefault<'nl' | 'en'>;
  active: WithDefault<boolean>;
  /** Set when an administrator chose the password (a new account): its owner replaces it first. */
  must_change_password: WithDefault<boolean>;
  created_at: CreatedAt;
}

/** A one-time link to choose a new password, after an administrator's reset. */
export interface PasswordResetTokenTable {
  /** sha256 of the link's secret. */
  token_hash: string;
  user_id: string;
  created_by: string | null;
  created_at: CreatedAt;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  used_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface SessionTable {
  /** sha256 of the cookie's token: a leaked table does not give working cookies. */
  id: string;
  user_id: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface LoginAttemptTable {
  id: Generated<string>;
  email: string;
  ip: string;
  succeeded: boolean;
  attempted_at: CreatedAt;
}

export interface ProjectTable {
  id: Generated<string>;
  name: string;
  neighbourhood: string;
  municipality: string;
  description: ColumnType<string, string | undefined, string>;
  works_kinds: string[];
  starts_on: string;
  ends_on: string | null;
  /** How residents reach the project team (merge fields of the invitation letter). */
  team_phone: WithDefault<string>;
  team_email: WithDefault<string>;
  /** Months identities are kept after `ends_on`; null: the default (packages/domain retention). */
  retention_months: WithDefault<number | null>;
  retention_purged_at: WithDefault<Date | null>;
  /** Who handles residents' privacy requests (the privacy plan's contact). */
  privacy_contact_name: WithDefault<string>;
  privacy_contact_email: WithDefault<string>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** The fit check (go / no-go) of a project, one per project. */
export interface ProjectFitCheckTable {
  project_id: string;
  works_kinds: string[];
  inhabited_share_percent: number;
  relocation_or_demolition_only: boolean;
  social_issues: 'yes' | 'no' | 'unknown';
  partners_available: string[];
  decision: 'go' | 'go_with_conditions' | 'no_go';
  notes: WithDefault<string>;
  decided_on: string;
  decided_by: string | null;
  decided_by_name: string;
  updated_at: Timestamp;
}

/** A core party's sign-off of one version (content hash) of the project's privacy plan. */
export interface PrivacyPlanSignoffTable {
  id: Generated<string>;
  project_id: string;
  organisation_id: string;
  version_hash: string;
  signed_by: string | null;
  signed_by_name: string;
  signed_at: CreatedAt;
}

export interface ProjectPartnerTable {
  project_id: string;
  organisation_id: string;
  part: 'core' | 'chain';
}

export interface ProjectMemberTable {
  project_id: string;
  user_id: string;
  role: ProjectRole;
}

export interface ProjectPhaseTable {
  project_id: string;
  phase: PhaseKey;
  planned_start: string | null;
  planned_end: string | null;
  actual_start: string | null;
  actual_end: string | null;
  status: PhaseStatus;
}

/** Content for the social team only: kept in its own table so no project query can leak it. */
export interface ProjectSocialNoteTable {
  project_id: string;
  text: string;
  updated_at: Timestamp;
  updated_by: string | null;
}

/** Stamped anew by triggers whenever the project's residents' names, streets or team change. */
export interface ProjectIdentifyingVersionTable {
  project_id: string;
  version: Generated<string>;
}

export interface AuditLogTable {
  id: Generated<string>;
  occurred_at: CreatedAt;
  actor_user_id: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  project_id: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
  /** The households a list read showed (with the items of details.ids), found by "who saw household X". */
  household_ids: ColumnType<string[] | null, string[] | null | undefined, never>;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface BuildingTable {
  id: Generated<string>;
  project_id: string;
  code: string;
  name: WithDefault<string>;
}

export interface SubNeighbourhoodTable {
  id: Generated<string>;
  project_id: string;
  name: string;
}

export interface BuildingPhaseTable {
  id: Generated<string>;
  project_id: string;
  name: string;
  intervention: string;
  planned_start: string | null;
  planned_end: string | null;
  actual_start: string | null;
  actual_end: string | null;
}

export interface AddressTable {
  id: Generated<string>;
  project_id: string;
  unit_id: string;
  street: string;
  house_number: number;
  addition: WithDefault<string>;
  postcode: string;
  city: string;
  home_type: WithDefault<string>;
  building_id: string | null;
  sub_neighbourhood_id: string | null;
  building_phase_id: string | null;
  /** WGS84 degrees; both or neither. */
  latitude: WithDefault<number | null>;
  longitude: WithDefault<number | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MeaningfulPlaceTable {
  id: Generated<string>;
  project_id: string;
  kind: string;
  name: string;
  meaning: WithDefault<string>;
  for_whom: WithDefault<string>;
  not_welcome: WithDefault<string>;
  activities: WithDefault<string>;
  changes_asked: WithDefault<string>;
  latitude: number;
  longitude: number;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface HouseholdTable {
  id: Generated<string>;
  address_id: string;
  pseudonym: Generated<string>;
  moved_in_on: string | null;
  moved_out_on: string | null;
  language: WithDefault<string>;
  practical_needs: WithDefault<string>;
  share_needs_with_contractor: WithDefault<boolean>;
  /** The resident objected (GDPR art. 21): left out of planning and matching lists. */
  no_contact: WithDefault<boolean>;
  identity_erased_at: WithDefault<Date | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface HouseholdContactTable {
  household_id: string;
  name: WithDefault<string>;
  phone: WithDefault<string>;
  email: WithDefault<string>;
}

type Json<T> = ColumnType<T, string | undefined, string>;

export interface ImportJobTable {
  id: Generated<string>;
  project_id: string;
  created_by: string | null;
  file_name: string;
  file_kind: 'csv' | 'xlsx';
  file: Buffer;
  /** How the CSV file is read; null for XLSX (and for older uploads: detected). */
  text_encoding: WithDefault<import('@thuis/domain').TextEncoding | null>;
  delimiter: WithDefault<import('@thuis/domain').CsvDelimiter | null>;
  headers: Json<string[]>;
  sample: Json<string[][]>;
  mapping: Json<Record<string, number>>;
  status: 'uploaded' | 'checking' | 'checked' | 'committing' | 'committed' | 'failed';
  total_rows: WithDefault<number>;
  processed_rows: WithDefault<number>;
  problem_count: WithDefault<number>;
  problems: Json<{ row: number; field: string; key: string; value: string }[]>;
  new_count: WithDefault<number>;
  updated_count: WithDefault<number>;
  error: string | null;
  locked_until: Date | null;
  /** Past the point of no return: the staged rows are being turned into addresses. */
  applying: WithDefault<boolean>;
  /** All the file's checked rows are in import_rows. */
  staged: WithDefault<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** An import's checked rows, staged by COPY until they become addresses. */
export interface ImportRowTable {
  job_id: string;
  row: number;
  unit_id: string;
  street: string;
  house_number: number;
  addition: string;
  postcode: string;
  city: string;
  building: string | null;
  home_type: string;
  latitude: number | null;
  longitude: number | null;
}
export interface LetterJobTable {
  id: Generated<string>;
  project_id: string;
  created_by: string;
  visit_ids: Json<string[]>;
  locale: 'nl' | 'en';
  status: 'queued' | 'rendering' | 'done' | 'failed';
  total: number;
  done_count: WithDefault<number>;
  pdf: Buffer | null;
  error: string | null;
  locked_until: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface HourBudgetLineTable {
  project_id: string;
  key: string;
  phase: string;
  mode: 'per_address' | 'fixed';
  hours: ColumnType<number, number, number>;
}

export interface HourBookingTable {
  id: Generated<string>;
  project_id: string;
  user_id: string;
  organisation_id: string;
  phase: string;
  worked_on: string;
  hours: ColumnType<number, number, number>;
  note: WithDefault<string>;
  /** Set when the hours were worked on an activity of the register (phase 4). */
  activity_id: WithDefault<string | null>;
  created_at: CreatedAt;
}

export interface ActivityTable {
  id: Generated<string>;
  project_id: string;
  kind: import('@thuis/domain').ActivityKind;
  title: string;
  description: WithDefault<string>;
  status: import('@thuis/domain').ActivityStatus;
  place: WithDefault<string>;
  starts_on: WithDefault<string | null>;
  ends_on: WithDefault<string | null>;
  recurrence: WithDefault<import('@thuis/domain').ActivityRecurrence>;
  recurrence_note: WithDefault<string>;
  building_phase_id: WithDefault<string | null>;
  resident_organisers: WithDefault<number>;
  resident_organisers_note: WithDefault<string>;
  budget_euros: ColumnType<number | null, number | null | undefined, number | null>;
  budget_hours: ColumnType<number | null, number | null | undefined, number | null>;
  lasts: WithDefault<boolean>;
  successor_owner: WithDefault<string>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ActivityThemeTable {
  activity_id: string;
  theme_id: string;
}

export interface ActivityOwnerTable {
  activity_id: string;
  user_id: string;
}

export interface ActivityPartnerTable {
  id: Generated<string>;
  activity_id: string;
  position: number;
  organisation_id: string | null;
  name: WithDefault<string>;
  request: WithDefault<string>;
  requested_on: WithDefault<string | null>;
  decision: WithDefault<import('@thuis/domain').PartnerDecision>;
  decided_on: WithDefault<string | null>;
  decision_note: WithDefault<string>;
}

export interface ActivityReachTable {
  id: Generated<string>;
  activity_id: string;
  held_on: WithDefault<string | null>;
  participants: number;
  first_timers: number;
  note: WithDefault<string>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface MscStoryTable {
  id: Generated<string>;
  project_id: string;
  teller_kind: import('@thuis/domain').StoryTellerKind;
  period_start: string;
  period_end: string;
  activity_id: WithDefault<string | null>;
  theme_id: WithDefault<string | null>;
  title: string;
  story: string;
  why: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MscSelectionRoundTable {
  id: Generated<string>;
  project_id: string;
  group_kind: import('@thuis/domain').SelectionGroupKind;
  held_on: string;
  participants: number;
  note: WithDefault<string>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface MscRoundStoryTable {
  round_id: string;
  story_id: string;
  selected: WithDefault<boolean>;
  reason: WithDefault<string>;
}

export interface InterimEvaluationTable {
  id: Generated<string>;
  project_id: string;
  kind: import('@thuis/domain').InterimKind;
  phase: import('@thuis/domain').PhaseKey | null;
  building_phase_id: string | null;
  year: number | null;
  held_on: string;
  went_well: WithDefault<string>;
  bottlenecks: WithDefault<string>;
  collab_corporation_contractor: import('@thuis/domain').CollaborationRating | null;
  collab_corporation_welfare: import('@thuis/domain').CollaborationRating | null;
  collab_contractor_welfare: import('@thuis/domain').CollaborationRating | null;
  collaboration_note: WithDefault<string>;
  resident_group_present: WithDefault<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface BeforeAfterSettingTable {
  project_id: string;
  enabled: boolean;
  updated_by: string | null;
  updated_at: Timestamp;
}

/** A household's wellbeing and participation ladder level: on its pseudonym only. */
export interface HouseholdMeasurementTable {
  id: Generated<string>;
  project_id: string;
  household_key: string;
  moment: import('@thuis/domain').MeasurementMoment;
  measured_on: string;
  wellbeing: number | null;
  ladder: number | null;
  building_phase_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  /** The measuring device's own id: stored once however often the outbox sends it. */
  client_id: WithDefault<string | null>;
  updated_at: WithDefault<Date | null>;
}

export interface InterimEvaluationParticipantTable {
  evaluation_id: string;
  user_id: string;
}

export interface VisitTable {
  id: Generated<string>;
  project_id: string;
  address_id: string;
  kind: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  outcome: string | null;
  outcome_at: Date | null;
  note: WithDefault<string>;
  registered: WithDefault<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
  /** The proposal this visit was planned with in one go (see `visit_batches`). */
  batch_id: WithDefault<string | null>;
}

/** The visits planned in one go under a client's request id: a retry returns them instead of planning again. */
export interface VisitBatchTable {
  id: string;
  project_id: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface VisitVisitorTable {
  visit_id: string;
  user_id: string;
}

export interface CalendarTokenTable {
  user_id: string;
  token_hash: string;
  created_at: CreatedAt;
}

export interface RegistrationFormTable {
  id: Generated<string>;
  project_id: string;
  version: number;
  definition: Json<import('@thuis/domain').FormDefinition>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface RegistrationTable {
  id: Generated<string>;
  project_id: string;
  form_id: string;
  client_id: string;
  household_key: string;
  content: Json<import('@thuis/domain').RegistrationContent>;
  building_phase_id: WithDefault<string | null>;
  sub_neighbourhood_id: WithDefault<string | null>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface LetterTemplateTable {
  project_id: string;
  subject: string;
  body: string;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface LetterSentTable {
  visit_id: string;
  project_id: string;
  sent_at: CreatedAt;
  sent_by: string | null;
}

export interface RegistrationImportTable {
  id: Generated<string>;
  project_id: string;
  created_by: string | null;
  file_name: string;
  file: Buffer;
  text_encoding: WithDefault<import('@thuis/domain').TextEncoding | null>;
  delimiter: WithDefault<import('@thuis/domain').CsvDelimiter | null>;
  headers: Json<string[]>;
  row_count: number;
  committed_at: Date | null;
  created_at: CreatedAt;
}

export interface SignalTable {
  id: Generated<string>;
  project_id: string;
  category: string;
  subject: string;
  description: string;
  household_key: string | null;
  reported_by: string | null;
  reported_by_contractor: WithDefault<boolean>;
  building_phase_id: string | null;
  created_at: CreatedAt;
}

export interface ActionTable {
  id: Generated<string>;
  project_id: string;
  signal_id: string | null;
  title: string;
  owner_id: string;
  due_on: string | null;
  status: import('@thuis/domain').ActionStatus;
  note: WithDefault<string>;
  reminded_on: string | null;
  /** The interim evaluation whose agreed adjustment this action is (instead of a signal). */
  interim_evaluation_id: WithDefault<string | null>;
  interim_position: WithDefault<number | null>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ReferralTable {
  id: Generated<string>;
  project_id: string;
  household_id: string;
  signal_id: string | null;
  partner_organisation_id: string;
  question: string;
  share: import('@thuis/domain').ReferralShareItem[];
  consent_given_on: string;
  consent_recorded_by: string | null;
  consent_withdrawn_at: Date | null;
  consent_withdrawn_by: string | null;
  status: WithDefault<import('@thuis/domain').ReferralStatus>;
  referred_by: string | null;
  responded_at: Date | null;
  responded_by: string | null;
  decline_reason: string | null;
  outcome: import('@thuis/domain').ReferralOutcome | null;
  outcome_note: WithDefault<string>;
  completed_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** The outbox of e-mails telling a partner's people of a new referral (one per referral and recipient). */
export interface ReferralNotificationTable {
  referral_id: string;
  user_id: string;
  created_at: CreatedAt;
  attempts: WithDefault<number>;
  locked_until: Date | null;
  sent_at: Date | null;
  last_error: string | null;
}

export interface TalentCardTable {
  id: Generated<string>;
  project_id: string;
  household_id: string;
  contact_name: WithDefault<string>;
  contact_phone: WithDefault<string>;
  contact_email: WithDefault<string>;
  gives: WithDefault<string>;
  wishes: WithDefault<string>;
  limits: WithDefault<string>;
  consent_given_on: string;
  consent_recorded_by: string | null;
  consent_withdrawn_at: Date | null;
  consent_withdrawn_by: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TalentMatchTable {
  id: Generated<string>;
  project_id: string;
  card_a_id: string;
  card_b_id: string;
  kind: import('@thuis/domain').MatchKind;
  consent_a_on: string;
  consent_b_on: string;
  follow_up_on: string | null;
  note: WithDefault<string>;
  outcome: import('@thuis/domain').MatchOutcome | null;
  outcome_note: WithDefault<string>;
  closed_at: Date | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ThemeTable {
  id: Generated<string>;
  project_id: string;
  name: string;
  description: WithDefault<string>;
  conditions: import('@thuis/domain').SocialQualityCondition[];
  valence: import('@thuis/domain').ThemeValence;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** The picture overview's counts per project and filter group, kept by triggers on registrations (migration 0040). */
export interface PictureCountTable {
  project_id: string;
  form_id: string;
  building_phase_id: string | null;
  sub_neighbourhood_id: string | null;
  age_group: string;
  kind: 'registration' | 'answer' | 'card' | 'text';
  key: string;
  answer: string;
  count: number;
}

export interface StatementCodingTable {
  registration_id: string;
  category: import('@thuis/domain').OpenTextCategory;
  project_id: string;
  theme_ids: WithDefault<string[]>;
  is_unique: WithDefault<boolean>;
  coded_by: string | null;
  updated_at: Timestamp;
}

export interface ThemeTopListTable {
  project_id: string;
  valence: import('@thuis/domain').ThemeValence;
  theme_ids: string[];
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface WorkSessionTable {
  id: Generated<string>;
  project_id: string;
  held_on: string;
  notes: WithDefault<string>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface PictureQuoteTable {
  id: Generated<string>;
  project_id: string;
  registration_id: string | null;
  category: import('@thuis/domain').OpenTextCategory;
  text: string;
  theme_id: string | null;
  approved_by: string | null;
  approved_at: Date | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface PicturePublicationTable {
  id: Generated<string>;
  project_id: string;
  kind: import('@thuis/domain').PublicationKind;
  version: number;
  title: string;
  introduction: WithDefault<string>;
  stage: WithDefault<import('@thuis/domain').ReviewStage>;
  content: Json<import('@thuis/domain').PictureContent>;
  /** The true figures and what was hidden: server-side only, never in an answer. */
  figures: ColumnType<import('@thuis/domain').PublishedFigures | null, string | null | undefined, string | null>;
  /** The poster's meeting (when, where, whom to ask); null for the other kinds. */
  meeting: ColumnType<import('@thuis/domain').PosterMeeting | null, string | null | undefined, string | null>;
  published_at: Date | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface PublicationReviewTable {
  id: Generated<string>;
  publication_id: string;
  stage: import('@thuis/domain').ReviewStage;
  note: WithDefault<string>;
  reviewed_by: string | null;
  reviewed_at: CreatedAt;
}

export interface PictureConversationTable {
  id: Generated<string>;
  project_id: string;
  held_on: string;
  with_whom: string;
  participants: number | null;
  notes: WithDefault<string>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ConversationOutcomeTable {
  id: Generated<string>;
  conversation_id: string;
  position: number;
  text: string;
  theme_ids: WithDefault<string[]>;
}

export interface ActionPlanTable {
  id: Generated<string>;
  project_id: string;
  version: number;
  title: string;
  introduction: WithDefault<string>;
  stage: WithDefault<import('@thuis/domain').ReviewStage>;
  created_by: string | null;
  created_at: CreatedAt;
  published_at: Date | null;
}

export interface ActionPlanGoalTable {
  id: Generated<string>;
  plan_id: string;
  position: number;
  kind: import('@thuis/domain').GoalKind;
  title: string;
  description: WithDefault<string>;
  theme_ids: WithDefault<string[]>;
  outcome_ids: WithDefault<string[]>;
  created_by: string | null;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface ActionPlanGoalActivityTable {
  goal_id: string;
  activity_id: string;
  position: number;
}

export interface ActionPlanReviewTable {
  id: Generated<string>;
  plan_id: string;
  stage: import('@thuis/domain').ReviewStage;
  decision: import('@thuis/domain').PlanReviewDecision;
  note: WithDefault<string>;
  reviewed_by: string | null;
  reviewed_at: CreatedAt;
}

export interface FinalReportTable {
  id: Generated<string>;
  project_id: string;
  version: number;
  title: string;
  introduction: WithDefault<string>;
  stage: WithDefault<import('@thuis/domain').ReviewStage>;
  content: Json<import('@thuis/domain').FinalReportContent>;
  /** The true figures and what was hidden: server-side only, never in an answer. */
  figures: ColumnType<import('@thuis/domain').PublishedFigures, string, string>;
  created_by: string | null;
  created_at: CreatedAt;
  published_at: Date | null;
}

export interface FinalReportReviewTable {
  id: Generated<string>;
  report_id: string;
  stage: import('@thuis/domain').ReviewStage;
  decision: import('@thuis/domain').PlanReviewDecision;
  note: WithDefault<string>;
  reviewed_by: string | null;
  reviewed_at: CreatedAt;
}

export interface FinalReportSharingTable {
  id: Generated<string>;
  report_id: string;
  venue: import('@thuis/domain').SharingVenue;
  shared_on: ColumnType<string, string, string>;
  note: WithDefault<string>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface RippleMapTable {
  id: Generated<string>;
  project_id: string;
  title: string;
  activity_id: string | null;
  theme_id: string | null;
  status: WithDefault<import('@thuis/domain').RippleMapStatus>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface RippleNodeTable {
  id: Generated<string>;
  map_id: string;
  level: import('@thuis/domain').RippleLevel;
  text: string;
  x: number;
  y: number;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface RippleEdgeTable {
  id: Generated<string>;
  map_id: string;
  from_node_id: string;
  to_node_id: string;
  created_at: CreatedAt;
}

export interface SurveyVersionTable {
  id: Generated<string>;
  project_id: string;
  template: import('@thuis/domain').SurveyTemplate;
  version: number;
  definition: Json<import('@thuis/domain').SurveyDefinition>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface SurveyRoundTable {
  id: Generated<string>;
  project_id: string;
  survey_version_id: string;
  building_phase_id: string | null;
  opens_on: string;
  closes_on: string;
  created_by: string | null;
  created_at: CreatedAt;
}

/** Anonymous: no household, visit, user, link or caller's address; only the day. */
export interface SurveyResponseTable {
  id: Generated<string>;
  round_id: string;
  building_phase_id: string | null;
  channel: 'tablet' | 'link';
  answers: Json<import('@thuis/domain').SurveyAnswers>;
  submitted_on: WithDefault<string>;
}

export interface SurveyLinkTable {
  token_hash: string;
  round_id: string;
  household_id: string;
  building_phase_id: string | null;
  issued_on: WithDefault<string>;
  expires_at: Timestamp;
  used: WithDefault<boolean>;
}

export interface SurveyResultPublicationTable {
  id: Generated<string>;
  project_id: string;
  figures: Json<import('@thuis/domain').PublishedFigures>;
  published_at: CreatedAt;
}

export interface StoryComparisonReadingTable {
  id: Generated<string>;
  project_id: string;
  figures: Json<import('@thuis/domain').PublishedFigures>;
  read_at: CreatedAt;
}

export interface ResidentRequestTable {
  id: Generated<string>;
  project_id: string;
  household_id: string | null;
  kind: import('@thuis/domain').ResidentRequestKind;
  status: WithDefault<import('@thuis/domain').ResidentRequestStatus>;
  received_on: string;
  due_on: string;
  handled_at: Date | null;
  handled_by: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface OrientationMeetingTable {
  id: Generated<string>;
  project_id: string;
  held_on: string;
  place: string;
  attendees: number;
  notes: WithDefault<string>;
  themes: ColumnType<string[], string, string>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface CollaborationAgreementTable {
  id: Generated<string>;
  project_id: string;
  party_a_id: string;
  party_b_id: string;
  signed_on: string | null;
  valid_until: string | null;
  note: WithDefault<string>;
  file_name: WithDefault<string | null>;
  file_type: WithDefault<'pdf' | 'docx' | null>;
  file: WithDefault<Buffer | null>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TaskMatrixCellTable {
  project_id: string;
  position: number;
  task: string;
  phase: PhaseKey;
  organisation_id: string | null;
}

export interface JointGoalTable {
  id: Generated<string>;
  project_id: string;
  position: number;
  title: string;
  description: WithDefault<string>;
  indicator: WithDefault<string>;
}

export interface InterimGoalReviewTable {
  evaluation_id: string;
  goal_id: string;
  status: import('@thuis/domain').GoalReviewStatus;
  note: WithDefault<string>;
}

export interface CommunicationItemTable {
  id: Generated<string>;
  project_id: string;
  phase: PhaseKey;
  audience: string;
  channel: (typeof import('@thuis/domain').communicationChannels)[number];
  language: string;
  frequency: string;
  owner_id: string | null;
  status: 'proposed' | 'agreed';
  created_by: string | null;
  created_at: CreatedAt;
}

export interface TrainingRecordTable {
  id: Generated<string>;
  project_id: string;
  user_id: string;
  topic: import('@thuis/domain').TrainingTopic;
  trained_on: string;
  hours: ColumnType<number, number | undefined, number>;
  hour_booking_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface Database {
  resident_requests: ResidentRequestTable;
  ripple_maps: RippleMapTable;
  ripple_nodes: RippleNodeTable;
  ripple_edges: RippleEdgeTable;
  survey_versions: SurveyVersionTable;
  survey_rounds: SurveyRoundTable;
  survey_responses: SurveyResponseTable;
  survey_links: SurveyLinkTable;
  survey_result_publications: SurveyResultPublicationTable;
  story_comparison_readings: StoryComparisonReadingTable;
  talent_cards: TalentCardTable;
  talent_matches: TalentMatchTable;
  action_plans: ActionPlanTable;
  action_plan_goals: ActionPlanGoalTable;
  action_plan_goal_activities: ActionPlanGoalActivityTable;
  action_plan_reviews: ActionPlanReviewTable;
  picture_conversations: PictureConversationTable;
  conversation_outcomes: ConversationOutcomeTable;
  picture_quotes: PictureQuoteTable;
  picture_publications: PicturePublicationTable;
  publication_reviews: PublicationReviewTable;
  themes: ThemeTable;
  statement_codings: StatementCodingTable;
  picture_counts: PictureCountTable;
  theme_top_lists: ThemeTopListTable;
  work_sessions: WorkSessionTable;
  signals: SignalTable;
  actions: ActionTable;
  referrals: ReferralTable;
  registration_imports: RegistrationImportTable;
  letter_templates: LetterTemplateTable;
  letters_sent: LetterSentTable;
  referral_notifications: ReferralNotificationTable;
  registration_forms: RegistrationFormTable;
  registrations: RegistrationTable;
  visits: VisitTable;
  visit_visitors: VisitVisitorTable;
  visit_batches: VisitBatchTable;
  calendar_tokens: CalendarTokenTable;
  buildings: BuildingTable;
  sub_neighbourhoods: SubNeighbourhoodTable;
  building_phases: BuildingPhaseTable;
  addresses: AddressTable;
  meaningful_places: MeaningfulPlaceTable;
  households: HouseholdTable;
  household_contacts: HouseholdContactTable;
  import_jobs: ImportJobTable;
  import_rows: ImportRowTable;
  letter_jobs: LetterJobTable;
  hour_budget_lines: HourBudgetLineTable;
  hour_bookings: HourBookingTable;
  activities: ActivityTable;
  activity_themes: ActivityThemeTable;
  activity_owners: ActivityOwnerTable;
  activity_partners: ActivityPartnerTable;
  activity_reach: ActivityReachTable;
  msc_stories: MscStoryTable;
  msc_selection_rounds: MscSelectionRoundTable;
  msc_round_stories: MscRoundStoryTable;
  final_reports: FinalReportTable;
  final_report_reviews: FinalReportReviewTable;
  final_report_sharings: FinalReportSharingTable;
  interim_evaluations: InterimEvaluationTable;
  interim_evaluation_participants: InterimEvaluationParticipantTable;
  before_after_settings: BeforeAfterSettingTable;
  household_measurements: HouseholdMeasurementTable;
  organisations: OrganisationTable;
  users: UserTable;
  sessions: SessionTable;
  password_reset_tokens: PasswordResetTokenTable;
  login_attempts: LoginAttemptTable;
  projects: ProjectTable;
  project_partners: ProjectPartnerTable;
  project_members: ProjectMemberTable;
  project_phases: ProjectPhaseTable;
  project_social_notes: ProjectSocialNoteTable;
  project_identifying_versions: ProjectIdentifyingVersionTable;
  audit_log: AuditLogTable;
  settings: SettingTable;
  project_fit_checks: ProjectFitCheckTable;
  privacy_plan_signoffs: PrivacyPlanSignoffTable;
  orientation_meetings: OrientationMeetingTable;
  collaboration_agreements: CollaborationAgreementTable;
  task_matrix_cells: TaskMatrixCellTable;
  joint_goals: JointGoalTable;
  interim_goal_reviews: InterimGoalReviewTable;
  communication_items: CommunicationItemTable;
  training_records: TrainingRecordTable;
}
