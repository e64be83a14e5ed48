import { z } from 'zod';
import { uuid } from '../validation/common.js';

/** Bulk letters are made in the background: the page follows the job and then downloads the PDF. */
export const letterJobStatuses = ['queued', 'rendering', 'done', 'failed'] as const;
export const letterJob = z.object({
  id: z.uuid(),
  status: z.enum(letterJobStatuses),
  /** Letters in the batch, and how many are made so far. */
  total: z.number().int(),
  done: z.number().int(),
});
export type LetterJob = z.infer<typeof letterJob>;
export const letterJobParams = z.object({ id: uuid, jobId: uuid });

/** Marking a made batch as sent, a step of its own after printing: how many visits it marked (again: the same). */
export const lettersMarkedSent = z.object({ visits: z.number().int() });
export type LettersMarkedSent = z.infer<typeof lettersMarkedSent>;
