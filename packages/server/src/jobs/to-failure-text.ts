/** What a queue keeps about a failed attempt: the error's code and log-facing message, never its cause or stack. */
export function toFailureText(error: unknown): string {
  const code = typeof (error as { code?: unknown } | null)?.code === 'string' ? `${(error as { code: string }).code}: ` : '';
  return `${code}${error instanceof Error ? error.message : String(error)}`;
}
