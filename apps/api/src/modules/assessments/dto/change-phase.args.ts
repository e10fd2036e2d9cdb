import { z } from 'zod';

// A reason is needed only to override unmet checks; given, it must say something.
export const overrideReasonSchema = z
  .object({
    overrideReason: z
      .string()
      .trim()
      .min(1, 'Give a reason for moving on although checks are unmet')
      .max(500, 'The reason must be at most 500 characters')
      .nullish(),
  })
  .transform((v) => ({ reason: v.overrideReason ?? null }));
