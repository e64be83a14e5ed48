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
  created_at: CreatedAt;
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
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
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

export interface AuditLogTable {
  id: Generated<string>;
  occurred_at: CreatedAt;
  actor_user_id: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  project_id: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface Database {
  organisations: OrganisationTable;
  users: UserTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  projects: ProjectTable;
  project_partners: ProjectPartnerTable;
  project_members: ProjectMemberTable;
  project_phases: ProjectPhaseTable;
  project_social_notes: ProjectSocialNoteTable;
  audit_log: AuditLogTable;
  settings: SettingTable;
}
