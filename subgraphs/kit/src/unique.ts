/**
 * Postgres' unique_violation (23505), found on the error itself or on a driver error it wraps: a
 * write checked for uniqueness first can still lose to a concurrent one between check and write.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
