import * as z from 'zod';

/** A long piece of work started from a screen (writing every dossier …): how far it is, and how it ended. */
export const jobStatusSchema = z.object({
  id: z.string(),
  label: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  done: z.number(),
  total: z.number(),
  /** A sentence for the user once it ended: what was written, or why it failed. */
  message: z.string(),
  /** The folder or file it wrote, when it wrote one. */
  saved: z.string().nullable(),
});
export type JobStatus = z.infer<typeof jobStatusSchema>;
