import { z } from 'zod';
import { requiredText, uuid } from '../validation/common.js';

/**
 * Ripple effects mapping ("rimpelingen", handbook phase 5 and appendix 12): in a group session the
 * team and residents map, per activity or top-5 theme, the effects at three levels.
 */
export const rippleLevels = ['direct', 'indirect', 'lasting'] as const;
export type RippleLevel = (typeof rippleLevels)[number];

/** A draft is still being drawn (only who draws sees it); a finished map is read by the whole project. */
export const rippleMapStatuses = ['draft', 'finished'] as const;
export type RippleMapStatus = (typeof rippleMapStatuses)[number];

/** Positions on the drawing, in the editor's units; kept within a generous canvas. */
const coordinate = z.number('errors.number').min(-10_000, 'errors.tooLarge').max(10_000, 'errors.tooLarge');

/** What a map is about: one activity of the register, or one theme of the top 5s (or neither, just a title). */
export const rippleMapInput = z.object({
  title: requiredText(120),
  activityId: uuid.nullable().default(null),
  themeId: uuid.nullable().default(null),
});
export type RippleMapInput = z.output<typeof rippleMapInput>;

export const rippleMapStatusInput = z.object({ status: z.enum(rippleMapStatuses, 'errors.choice') });

export const rippleNodeInput = z.object({
  level: z.enum(rippleLevels, 'errors.choice'),
  text: requiredText(200),
  x: coordinate,
  y: coordinate,
});
export type RippleNodeInput = z.output<typeof rippleNodeInput>;

/** An arrow from a cause to its effect. */
export const rippleEdgeInput = z.object({ fromNodeId: uuid, toNodeId: uuid });
export type RippleEdgeInput = z.output<typeof rippleEdgeInput>;

export const rippleNode = z.object({ id: z.uuid(), level: z.enum(rippleLevels), text: z.string(), x: z.number(), y: z.number() });
export type RippleNode = z.infer<typeof rippleNode>;
export const rippleEdge = z.object({ id: z.uuid(), fromNodeId: z.uuid(), toNodeId: z.uuid() });
export type RippleEdge = z.infer<typeof rippleEdge>;

export const rippleMapSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.enum(rippleMapStatuses),
  activity: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  theme: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  nodeCount: z.number().int(),
  updatedAt: z.string(),
});
export type RippleMapSummary = z.infer<typeof rippleMapSummary>;
export const rippleMapDetail = rippleMapSummary.extend({ nodes: z.array(rippleNode), edges: z.array(rippleEdge) });
export type RippleMapDetail = z.infer<typeof rippleMapDetail>;

export const rippleMapQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const rippleMapPage = z.object({ maps: z.array(rippleMapSummary), total: z.number().int() });
export type RippleMapPage = z.infer<typeof rippleMapPage>;

/** What a map can be drawn about: the register's activities and the themes in the top 5s. */
export const rippleSubjects = z.object({
  activities: z.array(z.object({ id: z.uuid(), title: z.string() })),
  themes: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type RippleSubjects = z.infer<typeof rippleSubjects>;

export const rippleMapParams = z.object({ id: uuid, mapId: uuid });
export const rippleNodeParams = z.object({ id: uuid, mapId: uuid, nodeId: uuid });
export const rippleEdgeParams = z.object({ id: uuid, mapId: uuid, edgeId: uuid });
