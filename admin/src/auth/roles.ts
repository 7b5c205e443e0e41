import { usePermissions } from 'react-admin';
import { Role } from '../generated/enums';

/** The API's roles (enum Role). The API enforces them; the back office only hides what a role may not do. */
export type { Role };

/** Every role but these: for sets the API words as "everyone signed in except …". */
export function everyRoleBut(...excluded: Role[]): readonly Role[] {
  return Role.filter((r) => !excluded.includes(r));
}

export function hasRole(roles: readonly string[] | undefined, allowed: readonly Role[]): boolean {
  return (roles ?? []).some((r) => (allowed as readonly string[]).includes(r));
}

/** True when the signed-in account holds one of these roles (false while permissions load). */
export function useHasRole(...allowed: Role[]): boolean {
  const { permissions } = usePermissions<string[]>();
  return hasRole(permissions, allowed);
}
