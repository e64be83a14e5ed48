import { permissionsByRole, projectRoles, rolesByOrganisationType, type OrganisationType, type ProjectPermission, type ProjectRole } from '../access/roles.js';
import { referralShareItems } from '../referrals/referrals.js';
import { sha256Hex } from './sha256.js';

/**
 * The privacy plan of a project (handbook, phase 1 and appendix 3), generated from the role table the
 * access module enforces, the project's privacy settings and its partners: what it says cannot drift
 * from what the software does. Its version is the hash of its content, so a change to the roles,
 * the partners or the settings makes a new version that the core parties sign again.
 */

/** A text as a message key with parameters; a parameter may itself be a text or a list of texts. */
export interface PlanText {
  m: string;
  p?: Record<string, string | number | PlanText | PlanText[]>;
}

export type PlanBlock = { kind: 'paragraph'; text: PlanText } | { kind: 'list'; items: PlanText[] };
export interface PlanSection {
  key: 'parties' | 'stored' | 'roles' | 'referrals' | 'retention' | 'rights' | 'contact';
  blocks: PlanBlock[];
}

export interface PlanPartner {
  organisationId: string;
  organisationName: string;
  organisationType: OrganisationType;
  part: 'core' | 'chain';
}

export interface PrivacyPlanInput {
  partners: readonly PlanPartner[];
  /** Months after the project's end after which identities are erased. */
  retentionMonths: number;
  contactName: string;
  contactEmail: string;
}

export interface PrivacyPlan {
  sections: PlanSection[];
  /** SHA-256 of the sections: the version the core parties sign. */
  versionHash: string;
}

/** The core triangle of the approach: each such core partner signs the plan before any visit. */
export const signingOrganisationTypes: readonly OrganisationType[] = ['corporation', 'welfare', 'contractor'];

export function coreParties<P extends PlanPartner>(partners: readonly P[]): P[] {
  return partners.filter((p) => p.part === 'core' && signingOrganisationTypes.includes(p.organisationType));
}

/** What a role may see, in plain categories, each read from one permission of the role table. */
const dataCategories: { key: string; permission: ProjectPermission }[] = [
  { key: 'addresses', permission: 'addresses.read' },
  { key: 'visits', permission: 'visits.read' },
  { key: 'contacts', permission: 'households.contacts.read' },
  { key: 'registrations', permission: 'registrations.read' },
  { key: 'signals', permission: 'signals.read' },
  { key: 'referrals', permission: 'referrals.read' },
  { key: 'referralsOwn', permission: 'referrals.respond' },
  { key: 'talents', permission: 'talents.read' },
  { key: 'stories', permission: 'stories.read' },
  { key: 'reports', permission: 'finalReport.read' },
  { key: 'figures', permission: 'surveys.results.read' },
  { key: 'audit', permission: 'project.audit.read' },
];

const storedItems = ['contacts', 'addresses', 'registrations', 'signals', 'talents', 'audit'] as const;

type RoleTable = Readonly<Record<ProjectRole, readonly ProjectPermission[]>>;

/** The categories a role sees under a role table. */
export function categoriesOfRole(role: ProjectRole, roleTable: RoleTable = permissionsByRole): string[] {
  return dataCategories.filter((c) => roleTable[role].includes(c.permission)).map((c) => c.key);
}

/** The partners whose organisation type may fill a role, by name. */
function partnersForRole(role: ProjectRole, partners: readonly PlanPartner[]): PlanPartner[] {
  return partners.filter((p) => rolesByOrganisationType[role].includes(p.organisationType));
}

/** Partners in a fixed order (core first, then by name), so the same partners give the same plan. */
export function orderedPartners<P extends PlanPartner>(partners: readonly P[]): P[] {
  return [...partners].sort(
    (a, b) =>
      (a.part === b.part ? 0 : a.part === 'core' ? -1 : 1) ||
      a.organisationName.localeCompare(b.organisationName, 'nl') ||
      a.organisationId.localeCompare(b.organisationId),
  );
}

const names = (partners: readonly PlanPartner[]) => partners.map((p) => p.organisationName).join(', ');

export function generatePrivacyPlan(input: PrivacyPlanInput, roleTable: RoleTable = permissionsByRole): PrivacyPlan {
  const partners = orderedPartners(input.partners);
  const roles = projectRoles.filter((role) => partnersForRole(role, partners).length > 0);
  const referrers = projectRoles.filter((role) => roleTable[role].includes('referrals.make'));
  const receivers = partners.filter((p) => rolesByOrganisationType.partner_contact.includes(p.organisationType));
  const sections: PlanSection[] = [
    {
      key: 'parties',
      blocks: [
        { kind: 'paragraph', text: { m: 'privacyPlan.doc.partiesIntro' } },
        partners.length
          ? {
              kind: 'list',
              items: partners.map((p) => ({
                m: 'privacyPlan.doc.party',
                p: { name: p.organisationName, type: { m: `organisationTypes.${p.organisationType}` }, part: { m: `partnerParts.${p.part}` } },
              })),
            }
          : { kind: 'paragraph', text: { m: 'privacyPlan.doc.noParties' } },
      ],
    },
    {
      key: 'stored',
      blocks: [
        { kind: 'paragraph', text: { m: 'privacyPlan.doc.storedIntro' } },
        { kind: 'list', items: storedItems.map((item) => ({ m: `privacyPlan.doc.stored.${item}` })) },
      ],
    },
    {
      key: 'roles',
      blocks: [
        { kind: 'paragraph', text: { m: 'privacyPlan.doc.rolesIntro' } },
        {
          kind: 'list',
          items: roles.map((role) => {
            const sees = categoriesOfRole(role, roleTable);
            return {
              m: 'privacyPlan.doc.role',
              p: {
                role: { m: `roles.${role}` },
                organisations: names(partnersForRole(role, partners)),
                sees: sees.length ? sees.map((c) => ({ m: `privacyPlan.doc.sees.${c}` })) : [{ m: 'privacyPlan.doc.sees.nothing' }],
              },
            };
          }),
        },
      ],
    },
    {
      key: 'referrals',
      blocks: [
        { kind: 'paragraph', text: { m: 'privacyPlan.doc.consent' } },
        {
          kind: 'paragraph',
          text: { m: 'privacyPlan.doc.referrers', p: { roles: referrers.map((role) => ({ m: `roles.${role}` })) } },
        },
        {
          kind: 'paragraph',
          text: { m: 'privacyPlan.doc.shareItems', p: { items: referralShareItems.map((item) => ({ m: `referralShareItems.${item}` })) } },
        },
        receivers.length
          ? { kind: 'paragraph', text: { m: 'privacyPlan.doc.receivers', p: { organisations: names(receivers) } } }
          : { kind: 'paragraph', text: { m: 'privacyPlan.doc.noReceivers' } },
      ],
    },
    {
      key: 'retention',
      blocks: [{ kind: 'paragraph', text: { m: 'privacyPlan.doc.retention', p: { months: input.retentionMonths } } }],
    },
    {
      key: 'rights',
      blocks: [
        { kind: 'paragraph', text: { m: 'privacyPlan.doc.rightsIntro' } },
        { kind: 'list', items: ['access', 'rectification', 'erasure', 'objection'].map((r) => ({ m: `privacyPlan.doc.rights.${r}` })) },
      ],
    },
    {
      key: 'contact',
      blocks: [
        {
          kind: 'paragraph',
          text:
            input.contactName || input.contactEmail
              ? { m: 'privacyPlan.doc.contact', p: { name: input.contactName || '–', email: input.contactEmail || '–' } }
              : { m: 'privacyPlan.doc.noContact' },
        },
      ],
    },
  ];
  return { sections, versionHash: sha256Hex(JSON.stringify(sections)) };
}

const sharedByAll = new Set(['reports', 'figures', 'audit']);

/** The leaflet at the door: the same plan in plain words, per organisation what it may see of you. */
export function privacyLeaflet(input: PrivacyPlanInput, roleTable: RoleTable = permissionsByRole): PlanSection[] {
  const partners = orderedPartners(input.partners);
  const sees = (p: PlanPartner) => {
    const categories = new Set(
      projectRoles.filter((role) => rolesByOrganisationType[role].includes(p.organisationType)).flatMap((role) => categoriesOfRole(role, roleTable)),
    );
    // What every member sees (the anonymous picture and figures, the log) would only lengthen each line.
    return dataCategories.filter((c) => categories.has(c.key) && !sharedByAll.has(c.key)).map((c) => ({ m: `privacyLeaflet.sees.${c.key}` }));
  };
  return [
    {
      key: 'stored',
      blocks: [
        { kind: 'paragraph', text: { m: 'privacyLeaflet.story' } },
        { kind: 'paragraph', text: { m: 'privacyLeaflet.stored' } },
      ],
    },
    {
      key: 'roles',
      blocks: [
        { kind: 'paragraph', text: { m: 'privacyLeaflet.whoSees' } },
        {
          kind: 'list',
          items: partners.map((p) => {
            const items = sees(p);
            return { m: 'privacyLeaflet.organisation', p: { name: p.organisationName, sees: items.length ? items : [{ m: 'privacyLeaflet.sees.nothing' }] } };
          }),
        },
      ],
    },
    { key: 'referrals', blocks: [{ kind: 'paragraph', text: { m: 'privacyLeaflet.consent' } }] },
    { key: 'retention', blocks: [{ kind: 'paragraph', text: { m: 'privacyLeaflet.retention', p: { months: input.retentionMonths } } }] },
    {
      key: 'rights',
      blocks: [{ kind: 'list', items: ['access', 'rectification', 'erasure', 'objection'].map((r) => ({ m: `privacyLeaflet.rights.${r}` })) }],
    },
    {
      key: 'contact',
      blocks: [
        {
          kind: 'paragraph',
          text:
            input.contactName || input.contactEmail
              ? { m: 'privacyLeaflet.contact', p: { name: input.contactName || '–', email: input.contactEmail || '–' } }
              : { m: 'privacyLeaflet.noContact' },
        },
      ],
    },
  ];
}

/** A text in the reader's language: parameters worded first, lists joined with commas. */
export function wordPlanText(text: PlanText, t: (key: string, params?: Record<string, unknown>) => string): string {
  const params = Object.fromEntries(
    Object.entries(text.p ?? {}).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.map((v) => wordPlanText(v, t)).join(', ') : typeof value === 'object' ? wordPlanText(value, t) : value,
    ]),
  );
  return t(text.m, params);
}
