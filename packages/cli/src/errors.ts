/**
 * Bad usage or bad input the user can fix (exit code 2): printed as its
 * message alone, never with a stack trace.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Exit codes, documented in the README: the only three the CLI returns. */
export const EXIT = { pass: 0, gateFailed: 1, inputError: 2 } as const;

/**
 * Replaces every secret in a text by `***`: platform and portal errors are
 * printed, and a server may echo what it was sent.
 */
export function redact(text: string, secrets: Array<string | undefined>) {
  let result = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) result = result.split(secret).join('***');
  }
  return result;
}
