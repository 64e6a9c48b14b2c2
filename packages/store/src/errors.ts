import { AppError } from '@upfront/core';

export type StoreErrorCode = 'STORE_UNAVAILABLE' | 'STORE_BAD_URL' | 'STORE_CONFLICT' | 'STORE_CORRUPT' | 'STORE_INVALID_INPUT';

/** A persistence failure, with the driver's error as `cause`. */
export class StoreError extends AppError {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, 'Upfront could not read or save your settings. Try again in a moment.', options);
  }
}
