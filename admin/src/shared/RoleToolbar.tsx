import type { ReactElement } from 'react';
import { TopToolbar, usePermissions } from 'react-admin';
import { hasRole, type Role } from '../auth/roles';

/** A button (keyed) and the roles that see it. The API refuses the others anyway; the page only hides them. */
export type RoleButton = [readonly Role[], ReactElement];

/** The buttons the signed-in account's roles may use. */
export function RoleButtons({ buttons }: { buttons: readonly RoleButton[] }) {
  const { permissions } = usePermissions<string[]>();
  return <>{buttons.filter(([roles]) => hasRole(permissions, roles)).map(([, button]) => button)}</>;
}

/** A page's toolbar of the actions the viewer's roles may take. */
export function RoleToolbar({ buttons }: { buttons: readonly RoleButton[] }) {
  return (
    <TopToolbar>
      <RoleButtons buttons={buttons} />
    </TopToolbar>
  );
}
