/**
 * Base of every error an adapter throws: a typed `code` (SCREAMING_SNAKE with an area prefix),
 * a log-facing `message`, a user-safe `publicMessage`, and the original error as `cause`.
 */
export abstract class AppError extends Error {
  abstract readonly code: string;
  constructor(
    message: string,
    readonly publicMessage: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}
