import { z } from 'zod';
import { worksKind, phaseKey } from '../projects/schemas.js';
import { isoDate, optionalIsoDate, optionalText, requiredText, uuid } from '../validation/common.js';
import { addressImportFields } from './import-rows.js';
import { fileFormat, MAX_IMPORT_COLUMNS } from '../imports/file-format.js';

// ---- groupings -------------------------------------------------------------------------------

export const buildingInput = z.object({ code: requiredText(40), name: optionalText(120).default('') });
export type BuildingInput = z.output<typeof buildingInput>;
export const building = z.object({ id: z.uuid(), code: z.string(), name: z.string(), addressCount: z.number().int() });
export const buildingList = z.object({ buildings: z.array(building) });
export type Building = z.infer<typeof building>;

export const subNeighbourhoodInput = z.object({ name: requiredText(120) });
export const subNeighbourhood = z.object({ id: z.uuid(), name: z.string(), addressCount: z.number().int() });
export const subNeighbourhoodList = z.object({ subNeighbourhoods: z.array(subNeighbourhood) });
export type SubNeighbourhood = z.infer<typeof subNeighbourhood>;

export const buildingPhaseInput = z
  .object({
    name: requiredText(120),
    intervention: worksKind,
    plannedStart: optionalIsoDate,
    plannedEnd: optionalIsoDate,
    actualStart: optionalIsoDate,
    actualEnd: optionalIsoDate,
  })
  .superRefine((p, ctx) => {
    if (p.plannedStart && p.plannedEnd && p.plannedEnd < p.plannedStart)
      ctx.addIssue({ code: 'custom', path: ['plannedEnd'], message: 'errors.endBeforeStart' });
    if (p.actualStart && p.actualEnd && p.actualEnd < p.actualStart) ctx.addIssue({ code: 'custom', path: ['actualEnd'], message: 'errors.endBeforeStart' });
    if (p.actualEnd && !p.actualStart) ctx.addIssue({ code: 'custom', path: ['actualStart'], message: 'errors.startNeededForEnd' });
  });
export type BuildingPhaseInput = z.output<typeof buildingPhaseInput>;
export const buildingPhase = z.object({
  id: z.uuid(),
  name: z.string(),
  intervention: worksKind,
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  addressCount: z.number().int(),
});
export const buildingPhaseList = z.object({ buildingPhases: z.array(buildingPhase) });
export type BuildingPhase = z.infer<typeof buildingPhase>;

export const groupingParams = z.object({ id: uuid, groupingId: uuid });

// ---- addresses -------------------------------------------------------------------------------

export const addressFilter = z.object({
  buildingId: uuid.optional(),
  subNeighbourhoodId: uuid.optional(),
  buildingPhaseId: uuid.optional(),
  /** `none` lists the addresses not yet in a building phase. */
  unassigned: z.enum(['buildingPhase', 'building', 'subNeighbourhood']).optional(),
  street: optionalText(120).optional(),
  search: optionalText(120).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AddressFilter = z.output<typeof addressFilter>;

export const address = z.object({
  id: z.uuid(),
  unitId: z.string(),
  street: z.string(),
  houseNumber: z.number().int(),
  addition: z.string(),
  postcode: z.string(),
  city: z.string(),
  homeType: z.string(),
  buildingId: z.uuid().nullable(),
  subNeighbourhoodId: z.uuid().nullable(),
  buildingPhaseId: z.uuid().nullable(),
  /** Practical needs for the works the current household agreed to share (shown to the contractor). */
  sharedPracticalNeeds: z.string().nullable(),
  /** The household living there today objected to contact (GDPR art. 21): no visit may be planned here. */
  noContact: z.boolean(),
});
export type Address = z.infer<typeof address>;
export const addressPage = z.object({
  addresses: z.array(address),
  total: z.number().int(),
  streets: z.array(z.string()),
});

/** Bulk assignment: the selected ids, or every address of a street or building; null clears the field. */
export const assignInput = z
  .object({
    selection: z.discriminatedUnion('by', [
      z.object({ by: z.literal('ids'), addressIds: z.array(uuid).min(1, 'errors.pickAtLeastOne').max(100_000) }),
      z.object({ by: z.literal('street'), street: requiredText(120) }),
      z.object({ by: z.literal('building'), buildingId: uuid }),
    ]),
    buildingId: uuid.nullable().optional(),
    subNeighbourhoodId: uuid.nullable().optional(),
    buildingPhaseId: uuid.nullable().optional(),
  })
  .refine((v) => v.buildingId !== undefined || v.subNeighbourhoodId !== undefined || v.buildingPhaseId !== undefined, {
    message: 'errors.nothingToAssign',
    path: ['buildingPhaseId'],
  });
export type AssignInput = z.output<typeof assignInput>;
export const assignResult = z.object({ updated: z.number().int() });

// ---- households ------------------------------------------------------------------------------

export const householdLanguages = ['nl', 'en', 'tr', 'ar', 'pl', 'ti', 'so', 'uk', 'other'] as const;

export const householdInput = z
  .object({
    movedInOn: optionalIsoDate,
    movedOutOn: optionalIsoDate,
    language: z.enum(householdLanguages, 'errors.choice'),
    practicalNeeds: optionalText(2000).default(''),
    shareNeedsWithContractor: z.boolean().default(false),
    contactName: optionalText(120).default(''),
    contactPhone: z
      .string()
      .trim()
      .max(20, 'errors.tooLong')
      .regex(/^(\+?[0-9][0-9 -]{7,18})?$/, 'errors.phone')
      .default(''),
    contactEmail: z.union([z.literal(''), z.string().trim().toLowerCase().pipe(z.email('errors.email'))]).default(''),
  })
  .superRefine((h, ctx) => {
    if (h.movedInOn && h.movedOutOn && h.movedOutOn < h.movedInOn) ctx.addIssue({ code: 'custom', path: ['movedOutOn'], message: 'errors.endBeforeStart' });
    if (h.shareNeedsWithContractor && h.practicalNeeds === '') ctx.addIssue({ code: 'custom', path: ['practicalNeeds'], message: 'errors.nothingToShare' });
  });
export type HouseholdInput = z.output<typeof householdInput>;

/** A household without its contact data: what the social team's lists show. */
export const household = z.object({
  id: z.uuid(),
  addressId: z.uuid(),
  movedInOn: z.string().nullable(),
  movedOutOn: z.string().nullable(),
  language: z.enum(householdLanguages),
  practicalNeeds: z.string(),
  shareNeedsWithContractor: z.boolean(),
  current: z.boolean(),
});
export const householdList = z.object({ households: z.array(household) });
export type Household = z.infer<typeof household>;
export const householdContact = z.object({ householdId: z.uuid(), name: z.string(), phone: z.string(), email: z.string() });
export const householdParams = z.object({ id: uuid, addressId: uuid });
export const householdItemParams = z.object({ id: uuid, householdId: uuid });

// ---- import ----------------------------------------------------------------------------------

export const importStatuses = ['uploaded', 'checking', 'checked', 'committing', 'committed', 'failed'] as const;
export const importField = z.enum(addressImportFields);
export const columnMapping = z.partialRecord(
  importField,
  z
    .number()
    .int()
    .min(0)
    .max(MAX_IMPORT_COLUMNS - 1),
);

export const importProblem = z.object({ row: z.number().int(), field: importField, message: z.string(), value: z.string() });
export const importJob = z.object({
  id: z.uuid(),
  fileName: z.string(),
  /** How the CSV file was read (detected, or as the user chose); null for XLSX. */
  format: fileFormat.nullable(),
  status: z.enum(importStatuses),
  headers: z.array(z.string()),
  sample: z.array(z.array(z.string())),
  mapping: columnMapping,
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  problemCount: z.number().int(),
  /** The first problems, translated, naming row and field. */
  problems: z.array(importProblem),
  newCount: z.number().int(),
  updatedCount: z.number().int(),
  createdAt: z.string(),
});
export type ImportJob = z.infer<typeof importJob>;
export const importParams = z.object({ id: uuid, importId: uuid });
export const mappingInput = z.object({ mapping: columnMapping });

// ---- plan and hours --------------------------------------------------------------------------

export const planWarning = z.object({ kind: z.string(), buildingPhaseId: z.string().optional(), message: z.string() });
export const projectPlan = z.object({
  phases: z.array(
    z.object({
      phase: phaseKey,
      plannedStart: z.string().nullable(),
      plannedEnd: z.string().nullable(),
      actualStart: z.string().nullable(),
      actualEnd: z.string().nullable(),
      status: z.string(),
    }),
  ),
  buildingPhases: z.array(buildingPhase),
  warnings: z.array(planWarning),
});

export const hourBudgetLine = z.object({
  key: z.enum(['preparation', 'intake', 'analysis', 'sharing', 'connecting', 'evaluation']),
  phase: phaseKey,
  mode: z.enum(['per_address', 'fixed']),
  hours: z.number().min(0, 'errors.notNegative').max(100_000, 'errors.tooLarge'),
});
export const hourBudgetInput = z.object({ lines: z.array(hourBudgetLine).length(6) });
export const hourBookingInput = z.object({
  phase: phaseKey,
  workedOn: isoDate,
  hours: z
    .number()
    .gt(0, 'errors.positive')
    .max(24, 'errors.hoursPerDay')
    .refine((h) => Number.isInteger(h * 4), 'errors.quarterHours'),
  note: optionalText(500).default(''),
});
export type HourBookingInput = z.output<typeof hourBookingInput>;
export const hoursOverviewResponse = z.object({
  addressCount: z.number().int(),
  lines: z.array(hourBudgetLine),
  phases: z.array(
    z.object({
      phase: phaseKey,
      budget: z.number(),
      actual: z.number(),
      byOrganisation: z.array(z.object({ organisationId: z.uuid(), organisationName: z.string(), hours: z.number() })),
    }),
  ),
  myBookings: z.array(z.object({ id: z.uuid(), phase: phaseKey, workedOn: z.string(), hours: z.number(), note: z.string() })),
});
