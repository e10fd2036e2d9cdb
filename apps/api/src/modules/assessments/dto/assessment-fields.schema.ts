import { isCountryCode } from '@idgov/framework';
import { z } from 'zod';

export const titleSchema = z
  .string()
  .trim()
  .min(1, 'Title must not be empty')
  .max(200, 'Title must be at most 200 characters');

export const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, 'Country must be an ISO 3166-1 alpha-2 code, such as ZM');

export const scopeSchema = z.string().trim().max(5000, 'Scope must be at most 5000 characters');

export const nationalUseCasesSchema = z
  .array(
    z
      .string()
      .trim()
      .min(1, 'A national use case must not be empty')
      .max(200, 'A national use case must be at most 200 characters'),
  )
  .max(50, 'At most 50 national use cases')
  .transform((items) => [...new Set(items)]);
