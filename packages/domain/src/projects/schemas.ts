import { z } from 'zod';
import { projectRoles, projectPermissions } from '../access/roles.js';
import { organisationType } from '../organisations/schemas.js';
import { optionalEmail, optionalIsoDate, isoDate, optionalText, phone, requiredText, uuid } from '../validation/common.js';
import { phaseDateProblems, phaseKeys, phaseStatuses } from './phases.js';
import { cursorDate, keysetCursor, pageLimit, pageOf } from '../validation/paging.js';

export const worksKinds = ['major_maintenance_occupied', 'sustainability', 'renovation_with_relocation', 'demolition_new_build'] as const;
export const worksKind = z.enum(worksKinds, 'errors.choice');

export const projectInput = z
  .object({
    name: requiredText(200),
    neighbourhood: requiredText(200),
    municipality: requiredText(120),
    description: optionalText(2000).default(''),
    worksKinds: z.array(worksKind).min(1, 'errors.pickAtLeastOne').max(worksKinds.length),
    startsOn: isoDate,
    endsOn: optionalIsoDate,
    /** The team's phone number and e-mail address for residents, as the invitation letter gives them. */
    teamPhone: phone.default(''),
    teamEmail: optionalEmail.default(''),
  })
  .superRefine((p, ctx) => {
    if (p.endsOn && p.endsOn < p.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'errors.endBeforeStart' });
    if (new Set(p.worksKinds).size !== p.worksKinds.length) ctx.addIssue({ code: 'custom', path: ['worksKinds'], message: 'errors.duplicate' });
  });
export type ProjectInput = z.output<typeof projectInput>;

export const projectRole = z.enum(projectRoles, 'errors.choice');
export const phaseKey = z.enum(phaseKeys, 'errors.choice');
export const phaseStatus = z.enum(phaseStatuses, 'errors.choice');

export const partnerParts = ['core', 'chain'] as const;
export const partnerPart = z.enum(partnerParts, 'errors.choice');

export const partnersInput = z
  .object({
    partners: z.array(z.object({ organisationId: uuid, part: partnerPart })).max(100),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.partners.forEach((p, i) => {
      if (seen.has(p.organisationId)) ctx.addIssue({ code: 'custom', path: ['partners', i, 'organisationId'], message: 'errors.duplicate' });
      seen.add(p.organisationId);
    });
  });
export type PartnersInput = z.infer<typeof partnersInput>;

export const teamInput = z
  .object({
    members: z.array(z.object({ userId: uuid, role: projectRole })).max(200),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.members.forEach((m, i) => {
      if (seen.has(m.userId)) ctx.addIssue({ code: 'custom', path: ['members', i, 'userId'], message: 'errors.duplicate' });
      seen.add(m.userId);
    });
  });
export type TeamInput = z.infer<typeof teamInput>;

export const phaseInput = z
  .object({
    plannedStart: optionalIsoDate,
    plannedEnd: optionalIsoDate,
    actualStart: optionalIsoDate,
    actualEnd: optionalIsoDate,
    status: phaseStatus,
  })
  .superRefine((p, ctx) => {
    for (const problem of phaseDateProblems(p)) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.key });
  });
export type PhaseInput = z.infer<typeof phaseInput>;

export const phaseParams = z.object({ id: uuid, phase: phaseKey });

export const socialNotesInput = z.object({ text: z.string().max(20000, 'errors.tooLong') });
export const socialNotes = z.object({ text: z.string(), updatedAt: z.string().nullable() });

export const phase = z.object({
  phase: phaseKey,
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  status: phaseStatus,
});
export type Phase = z.infer<typeof phase>;

export const projectSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  neighbourhood: z.string(),
  municipality: z.string(),
  description: z.string(),
  worksKinds: z.array(worksKind),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  teamPhone: z.string(),
  teamEmail: z.string(),
  myRole: projectRole,
  currentPhase: phaseKey.nullable(),
});
export type ProjectSummary = z.infer<typeof projectSummary>;
/** A project on the list of one's projects: only what the list shows. */
export const projectListItem = projectSummary.pick({
  id: true,
  name: true,
  neighbourhood: true,
  municipality: true,
  startsOn: true,
  endsOn: true,
  myRole: true,
  currentPhase: true,
});
export type ProjectListItem = z.infer<typeof projectListItem>;
/** A page of one's projects, newest start first, then by name. */
export const projectPage = pageOf(projectListItem);
export const projectListQuery = z.object({
  /** Part of the project's name. */
  search: optionalText(120).optional(),
  limit: pageLimit,
  cursor: keysetCursor(z.tuple([cursorDate, z.string().max(300), z.uuid()])),
});
export type ProjectListQuery = z.output<typeof projectListQuery>;

export const projectDetail = projectSummary.extend({
  phases: z.array(phase),
  permissions: z.array(z.enum(projectPermissions)),
});
export type ProjectDetail = z.infer<typeof projectDetail>;

export const partner = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  organisationType,
  part: partnerPart,
});
export const partnerList = z.object({ partners: z.array(partner) });
export type Partner = z.infer<typeof partner>;

export const teamMember = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  role: projectRole,
});
export const teamList = z.object({ members: z.array(teamMember) });
export type TeamMember = z.infer<typeof teamMember>;

export const teamContact = z.object({ userId: z.uuid(), displayName: z.string(), email: z.string(), phone: z.string() });
export const teamContactList = z.object({ contacts: z.array(teamContact) });

export const teamCandidate = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  organisationType,
});
export const teamCandidateList = z.object({ candidates: z.array(teamCandidate) });
export type TeamCandidate = z.infer<typeof teamCandidate>;

export const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  actorOrganisation: z.string().nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  /** For an account event: whose account it is about. */
  subjectName: z.string().nullable(),
  /** What was done or read (field names, choices); never personal data itself. */
  details: z.record(z.string(), z.unknown()),
});
/** The project's audit log, newest first; `before` pages back from an entry's id. */
export const auditQuery = z.object({
  resourceType: z.string().max(40).optional(),
  resourceId: z.string().max(40).optional(),
  /** Who saw household X: its own reads and every list read that showed it. */
  householdId: z.uuid().optional(),
  action: z.string().max(40).optional(),
  before: z.string().regex(/^\d+$/, 'errors.invalid').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const auditList = z.object({ entries: z.array(auditEntry), more: z.boolean() });
