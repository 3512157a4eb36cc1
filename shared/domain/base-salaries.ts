import * as z from 'zod';

/** The base salary (mức lương cơ sở) by period, which prize money is worked out from. */
export const baseSalarySchema = z.object({
  id: z.number(),
  amount: z.number(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  decree: z.string(),
  verified: z.string(),
});
export type BaseSalary = z.infer<typeof baseSalarySchema>;
