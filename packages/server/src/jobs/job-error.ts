import { AppError } from '@upfront/core';

export type JobErrorCode = 'JOBS_UNAVAILABLE' | 'JOBS_NOT_STARTED' | 'JOBS_DIGEST_FAILED';

/** A failure of the job queue or of one job, with the original error as `cause`. */
export class JobError extends AppError {
  constructor(
    readonly code: JobErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, 'Upfront could not prepare your digest this time; it tries again later.', options);
  }
}
