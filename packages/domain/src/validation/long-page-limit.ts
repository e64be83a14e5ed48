import { z } from 'zod';

/**
 * The page size of the visit and registration lists: 100 by default (a day's visits at the door),
 * up to 500 for a screen that needs a period whole (a printed week, a batch of letters) in few requests.
 */
export const longPageLimit = z.coerce
  .number('errors.longPageLimit')
  .int('errors.longPageLimit')
  .min(1, 'errors.longPageLimit')
  .max(500, 'errors.longPageLimit')
  .default(100);
