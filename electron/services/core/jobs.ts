import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../../shared/api/errors.ts';
import type { JobStatus } from '../../../shared/domain/jobs.ts';

/**
 * Long work that a screen follows and may stop: it runs in the main process while the screen asks
 * how far it is; each step lets other calls in, and a cancel is seen at the next step.
 */

export interface JobControl {
  /** The work's own count, for the progress bar. */
  progress: (done: number, total: number) => void;
  /** Throws once the user cancelled; called between steps. Also lets other calls be answered. */
  step: () => Promise<void>;
}

const CANCELLED = Symbol('cancelled');
const jobs = new Map<string, JobStatus & { cancel: boolean }>();

export function startJob(label: string, run: (control: JobControl) => Promise<{ message: string; saved: string | null }>): JobStatus {
  const job = {
    id: randomUUID(),
    label,
    state: 'running' as JobStatus['state'],
    done: 0,
    total: 0,
    message: '',
    saved: null as string | null,
    cancel: false,
  };
  jobs.set(job.id, job);
  const control: JobControl = {
    progress: (done, total) => {
      job.done = done;
      job.total = total;
    },
    step: async () => {
      await new Promise((resolve) => setImmediate(resolve));
      if (job.cancel) throw CANCELLED;
    },
  };
  run(control).then(
    (result) => Object.assign(job, { state: 'done', message: result.message, saved: result.saved }),
    (error: unknown) =>
      Object.assign(
        job,
        error === CANCELLED
          ? { state: 'cancelled', message: 'Đã dừng; phần đã ghi dở được xóa.' }
          : {
              state: 'failed',
              message: error instanceof AppError ? error.message : 'Đã xảy ra lỗi không mong đợi; phần đã ghi dở được xóa.',
            },
      ),
  );
  return jobStatus(job.id);
}

export function jobStatus(id: string): JobStatus {
  const job = jobs.get(id);
  if (!job) throw notFound(`việc đang chạy mã ${id}`);
  const { cancel: _cancel, ...status } = job;
  return { ...status };
}

export function cancelJob(id: string): JobStatus {
  const job = jobs.get(id);
  if (!job) throw notFound(`việc đang chạy mã ${id}`);
  if (job.state === 'running') job.cancel = true;
  return jobStatus(id);
}
