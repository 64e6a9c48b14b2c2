import { AppError } from '../errors/app-error.js';

/** Why a message could not be composed: the caller asked for something the composer does not write. */
export type ComposeErrorCode = 'COMPOSE_UNSUPPORTED_KIND';

/** A broken invariant of composition (e.g. a meeting brief handed to `composeMessage`). */
export class ComposeError extends AppError {
  constructor(
    readonly code: ComposeErrorCode,
    message: string,
  ) {
    super(message, 'This message cannot be written.');
  }
}
