/**
 * Roles and permissions of Thuis: the single table every access decision is read from.
 * A user has one organisation and, per project, one role. Being an administrator is an
 * account property and grants no project content by itself.
 */
export const organisationTypes = [
  'corporation',
  'welfare',
  'contractor',
  'municipality',
  'neighbourhood_team',
  'care_partner',
  'research',
  'residents_group',
] as const;
export type OrganisationType = (typeof organisationTypes)[number];

export const projectRoles = [
  'project_leader',
  'housing_consultant',
  'community_worker',
  'site_manager',
  'contractor_social_worker',
  'partner_contact',
  'resident_group',
  'policy_viewer',
] as const;
export type ProjectRole = (typeof projectRoles)[number];

/** The social team: the people who hold the social conversation and its follow-up. */
export const socialTeamRoles: readonly ProjectRole[] = ['project_leader', 'housing_consultant', 'community_worker'];

/** Which organisation types may fill a role; a contractor can never be put in the social team. */
export const rolesByOrganisationType: Record<ProjectRole, readonly OrganisationType[]> = {
  project_leader: ['corporation', 'welfare'],
  housing_consultant: ['corporation'],
  community_worker: ['welfare'],
  site_manager: ['contractor'],
  contractor_social_worker: ['contractor'],
  partner_contact: ['welfare', 'municipality', 'neighbourhood_team', 'care_partner'],
  resident_group: ['residents_group'],
  policy_viewer: ['municipality', 'corporation', 'research'],
};

export function roleFitsOrganisation(role: ProjectRole, type: OrganisationType): boolean {
  return rolesByOrganisationType[role].includes(type);
}

export const projectPermissions = [
  'project.read',
  'project.update',
  'project.partners.read',
  'project.partners.manage',
  'project.team.read',
  'project.team.contacts.read',
  'project.team.manage',
  'project.phases.read',
  'project.phases.manage',
  'project.socialNotes.read',
  'project.socialNotes.update',
  'project.audit.read',
  'plan.read',
  'addresses.read',
  'addresses.manage',
  'households.read',
  'households.manage',
  'households.contacts.read',
  'hours.read',
  'hours.book',
  'hours.manage',
  'visits.read',
  'visits.plan',
  'visits.record',
  'registrations.read',
  'registrations.write',
  'registrations.form.manage',
  'signals.report',
  'signals.read',
  'actions.manage',
  'referrals.read',
  'referrals.make',
  'referrals.respond',
  'picture.work',
  'talents.read',
  'talents.manage',
  'places.read',
  'places.manage',
  'activities.read',
  'activities.manage',
  /** Start versions of the action plan and send them through review (the social team). */
  'actionPlan.work',
  /** Propose and edit goals and activities in a concept of the action plan (also the resident project group). */
  'actionPlan.propose',
  /** Most Significant Change: record stories and hold selection rounds (the social team). */
  'stories.write',
  /** Read every story as told, selected or not (the social team). */
  'stories.read',
  /** Read the selected stories with the reasons of the rounds (the project and the resident project group). */
  'stories.selected.read',
  /**
   * Record a selection round. The social team records any group's round from every story; the
   * resident project group records its own round, reading only the stories it may see (the selected ones).
   */
  'stories.select',
  /** The comparison of tellers and selecting groups; counts under the small-cell rule outside the social team (policy too). */
  'stories.compare',
  /** Read finished ripple maps (they hold no personal data after the identifying check). */
  'ripples.read',
  /** Draw ripple maps in the group session: see drafts, add and move nodes and arrows (the resident group co-draws). */
  'ripples.draw',
  /** Finish, reopen and delete a ripple map (the social team). */
  'ripples.finish',
  /** Read the final evaluation report: the versions one's role sees (published for the project; the team all). */
  'finalReport.read',
  /** Make versions of the final report and record where a published one was shared (the social team). */
  'finalReport.work',
  /** Record the review of a stage of the final report (the team; the resident project group its own stage). */
  'finalReport.review',
  /** Read the interim evaluations (the whole project team and the resident project group). */
  'evaluations.read',
  /** Write interim evaluations and their agreed adjustments (the social team). */
  'evaluations.write',
  /** Survey results, aggregated under the small-cell rule: the whole project, resident group and policy. */
  'surveys.results.read',
  /** Survey versions, rounds, resident links and their letters (the social team). */
  'surveys.manage',
  /** Answer a survey on the team's tablet. */
  'surveys.respond',
  /** The raw (anonymous) responses of a round. */
  'surveys.responses.read',
  /** Residents' requests under the GDPR (access, rectification, erasure, objection): the social team handles them. */
  'residentsRights.handle',
  /** Sign off the project's privacy plan on behalf of one's own organisation (the core parties' professionals). */
  'privacyPlan.sign',
  /** Phase 1: the orientation meetings and the training register (the social team). */
  'preparation.read',
  /** Phase 1: record orientation, agreements, task matrix, joint goals, communication plan and training (the project leader). */
  'preparation.manage',
  /** The collaboration agreements, the task matrix and the joint goals: the parties (social team, contractor, partners). */
  'agreements.read',
  /** The communication plan: the parties and the resident project group, with whom it is made. */
  'communication.read',
  /** Propose an item for the communication plan (the resident project group). */
  'communication.propose',
] as const;
export type ProjectPermission = (typeof projectPermissions)[number];

export const accountPermissions = ['organisation.list', 'organisation.manage', 'user.manage', 'project.create'] as const;
export type AccountPermission = (typeof accountPermissions)[number];

export type Permission = ProjectPermission | AccountPermission;

const everyMember: readonly ProjectPermission[] = [
  'project.read',
  'project.partners.read',
  'project.team.read',
  'project.phases.read',
  'plan.read',
  /** Meaningful places carry no names: the whole project, contractor and resident group too, reads them. */
  'places.read',
  'activities.read',
  'stories.compare',
  /** Finished ripple maps go into the final report: the whole project, the resident group and policy read them. */
  'ripples.read',
  'surveys.results.read',
];
/** Selected MSC stories go to the project and the resident project group; policy sees only the comparison. */
const projectMember: readonly ProjectPermission[] = [...everyMember, 'stories.selected.read', 'finalReport.read'];
/** The contractor sees addresses, planning and the practical needs residents agreed to share. */
const contractor: readonly ProjectPermission[] = [
  ...projectMember,
  'addresses.read',
  'visits.read',
  'visits.record',
  'signals.report',
  'evaluations.read',
  'privacyPlan.sign',
  'agreements.read',
  'communication.read',
];
const socialTeam: readonly ProjectPermission[] = [
  ...projectMember,
  'project.team.contacts.read',
  'project.socialNotes.read',
  'project.socialNotes.update',
  'addresses.read',
  'households.read',
  'households.manage',
  'households.contacts.read',
  'hours.read',
  'hours.book',
  'visits.read',
  'visits.plan',
  'visits.record',
  'registrations.read',
  'registrations.write',
  'signals.report',
  'signals.read',
  'actions.manage',
  'referrals.read',
  'referrals.make',
  'picture.work',
  /** Talent cards and matches name households: the social team only. */
  'talents.read',
  'talents.manage',
  'places.manage',
  'activities.manage',
  'actionPlan.work',
  'actionPlan.propose',
  /** Raw MSC stories: the social team only. */
  'stories.write',
  'stories.read',
  'stories.select',
  'ripples.draw',
  'ripples.finish',
  'finalReport.work',
  'finalReport.review',
  'evaluations.read',
  'evaluations.write',
  'surveys.manage',
  'surveys.respond',
  'surveys.responses.read',
  'residentsRights.handle',
  'privacyPlan.sign',
  'preparation.read',
  'agreements.read',
  'communication.read',
];

/** Role → permission table (ARCHITECTURE.md "one access module"). Anything not listed is denied. */
export const permissionsByRole: Record<ProjectRole, readonly ProjectPermission[]> = {
  project_leader: [
    ...socialTeam,
    'project.update',
    'project.partners.manage',
    'project.team.manage',
    'project.phases.manage',
    'project.audit.read',
    'addresses.manage',
    'hours.manage',
    'registrations.form.manage',
    'preparation.manage',
    'communication.propose',
  ],
  housing_consultant: socialTeam,
  community_worker: socialTeam,
  site_manager: contractor,
  contractor_social_worker: contractor,
  /** A partner sees referrals addressed to its own organisation, with only what was consented. */
  partner_contact: [...projectMember, 'referrals.respond', 'agreements.read', 'communication.read'],
  /**
   * The resident project group co-creates the evaluation (DOMAIN.md): it draws ripple maps with the
   * team, takes part in the interim evaluations and reads them (their texts pass the identifying check),
   * and reviews the final report at its own stage.
   */
  resident_group: [
    ...projectMember,
    'actionPlan.propose',
    'stories.select',
    'ripples.draw',
    'evaluations.read',
    'finalReport.review',
    'communication.read',
    'communication.propose',
  ],
  /** Policy reads the published final report without the stories and evaluations told in the project (see the report's download). */
  policy_viewer: [...everyMember, 'finalReport.read'],
};

/** The project roles that hold a permission (e.g. who answers referrals, for a query over memberships). */
export function rolesWithPermission(permission: ProjectPermission): ProjectRole[] {
  return projectRoles.filter((role) => permissionsByRole[role].includes(permission));
}
