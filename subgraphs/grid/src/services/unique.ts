import { badInput, isUniqueViolation } from '@onedoor/subgraph-kit';

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
  badInput(
    'input.code',
    `The code '${code}' is already used by ${holder ? `${what} '${holder}'` : `another ${what}`}; choose a different code.`,
    { reason: 'DUPLICATE' },
  );
