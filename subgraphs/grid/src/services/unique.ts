import { badInput } from '@onedoor/subgraph-kit';

/** Postgres' unique_violation, found on the error itself or on a driver error it wraps. */
function isUniqueViolation(error: unknown): boolean {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/**
 * Runs a write whose code was checked for uniqueness first; a concurrent insert of the same code
 * can still win between check and write, and then the caller gets the same answer as if it had lost the check.
 */
export async function withUniqueCode<T>(code: string, what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode(code, what);
    throw error;
  }
}

export const duplicateCode = (code: string, what: string, holder?: string) =>
  badInput('input.code', `The code '${code}' is already used by ${holder ? `${what} '${holder}'` : `another ${what}`}; choose a different code.`);
