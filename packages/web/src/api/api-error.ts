import type { Problem } from '@upfront/contracts';

/** A failed API call, carrying the server's `Problem` (or one made up for network failures). */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(`${problem.code}: ${problem.detail}`);
    this.name = 'ApiError';
    this.problem = problem;
  }
}
