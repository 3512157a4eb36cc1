import * as z from 'zod';

/** One unit's card in Đề cử: its quota, what it sent and when, on time or late, its open warnings. */
export const unitSubmissionSchema = z.object({
  unitId: z.number(),
  unitTitle: z.string(),
  quota: z.object({ collective: z.number(), individual: z.number() }),
  filled: z.object({ collective: z.number(), individual: z.number() }),
  receivedOn: z.string().nullable(),
  state: z.enum(['on-time', 'late', 'not-yet']),
  daysLeft: z.number(),
  warnings: z.number(),
  /** What the unit sent, each with its own received date: files (hash, name) and lists on paper (no file). */
  files: z.array(
    z.object({ submissionId: z.number(), hash: z.string().nullable(), fileName: z.string().nullable(), receivedOn: z.string().nullable() }),
  ),
});
export type UnitSubmission = z.infer<typeof unitSubmissionSchema>;
