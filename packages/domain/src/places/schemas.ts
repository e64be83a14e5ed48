import { z } from 'zod';
import { optionalText, requiredText, uuid } from '../validation/common.js';

/** The kinds of meaningful place on the magazine's opportunity map. */
export const placeKinds = ['community_centre', 'bench', 'vegetable_garden', 'model_home', 'coffee_cart_spot', 'square', 'other'] as const;
export type PlaceKind = (typeof placeKinds)[number];

export const latitude = z.number('errors.number').min(-90, 'errors.latitude').max(90, 'errors.latitude');
export const longitude = z.number('errors.number').min(-180, 'errors.longitude').max(180, 'errors.longitude');

/** The free texts of a place: every one passes the identifying-details check, since the whole project reads them. */
export const placeTextFields = ['name', 'meaning', 'forWhom', 'notWelcome', 'activities', 'changesAsked'] as const;

export const placeInput = z.object({
  kind: z.enum(placeKinds, 'errors.choice'),
  name: requiredText(120),
  meaning: optionalText(2000).default(''),
  forWhom: optionalText(1000).default(''),
  notWelcome: optionalText(1000).default(''),
  /** Free text until the activity register links activities to places. */
  activities: optionalText(2000).default(''),
  changesAsked: optionalText(2000).default(''),
  latitude,
  longitude,
});
export type PlaceInput = z.output<typeof placeInput>;

export const place = z.object({
  id: z.uuid(),
  kind: z.enum(placeKinds),
  name: z.string(),
  meaning: z.string(),
  forWhom: z.string(),
  notWelcome: z.string(),
  activities: z.string(),
  changesAsked: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  updatedAt: z.string(),
});
export type Place = z.infer<typeof place>;
export const placeList = z.object({ places: z.array(place) });
export const placeParams = z.object({ id: uuid, placeId: uuid });

/** A home on the map: its address and position, nothing about who lives there. */
export const mapHome = z.object({
  id: z.uuid(),
  street: z.string(),
  houseNumber: z.number().int(),
  addition: z.string(),
  postcode: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
export type MapHome = z.infer<typeof mapHome>;
export const mapHomeFilter = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(5000).default(2000),
});
export const mapHomePage = z.object({ homes: z.array(mapHome), total: z.number().int(), withoutPosition: z.number().int() });

export const homePositionInput = z.object({ latitude, longitude });
export const homePositionParams = z.object({ id: uuid, addressId: uuid });

/** The background map the server is configured with; null: homes and places on a plain background. */
export const mapTiles = z.object({
  tiles: z.object({ url: z.string(), attribution: z.string(), maxZoom: z.number().int() }).nullable(),
});
export type MapTiles = z.infer<typeof mapTiles>;
