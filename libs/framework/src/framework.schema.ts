import { z } from 'zod';

// Keys are stable identifiers stored in assessments: lowercase kebab-case segments, dots allowed
// for question keys (`<detail-key>.q1`).
const keySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/, 'must be kebab-case');
const textSchema = z.string().trim().min(1);

export const standardSchema = z.strictObject({
  title: textSchema,
  url: z.url({ protocol: /^https$/ }),
});

export const anchorQuestionSchema = z.strictObject({
  key: keySchema,
  text: textSchema.refine((t) => t.endsWith('?'), 'an anchor question ends with "?"'),
});

export const detailSchema = z.strictObject({
  key: keySchema,
  title: textSchema,
  anchorQuestions: z.array(anchorQuestionSchema).min(1),
  rightsImplications: textSchema,
  targetScenario: textSchema,
  standards: z.array(standardSchema).min(1),
});

export const subElementSchema = z
  .strictObject({
    key: keySchema,
    title: textSchema,
    details: z.array(detailSchema).min(1),
  })
  .refine(
    (s) => s.details.reduce((n, d) => n + d.anchorQuestions.length, 0) >= 2,
    'a sub-element has at least two anchor questions',
  );

export const elementSchema = z.strictObject({
  key: keySchema,
  title: textSchema,
  description: textSchema,
  url: z.url({ protocol: /^https$/ }),
  subElements: z.array(subElementSchema).min(1),
});

export const frameworkContentSchema = z.strictObject({
  version: z.string().regex(/^\d{4}\.\d+\.\d+$/, 'version is YYYY.MINOR.PATCH'),
  title: textSchema,
  source: standardSchema,
  elements: z.array(elementSchema).length(8),
});

export type Standard = z.infer<typeof standardSchema>;
export type AnchorQuestion = z.infer<typeof anchorQuestionSchema>;
export type FrameworkDetail = z.infer<typeof detailSchema>;
export type FrameworkSubElement = z.infer<typeof subElementSchema>;
export type FrameworkElement = z.infer<typeof elementSchema>;
export type FrameworkContent = z.infer<typeof frameworkContentSchema>;
export type Framework = FrameworkContent & { contentHash: string };
