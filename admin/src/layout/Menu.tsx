import { Menu, usePermissions, useTranslate } from 'react-admin';
import type { MenuLink } from '../module';
import { hasRole } from '../auth/roles';

/** The dashboard, every workflow screen the role may use, then the resources. */
export function OneDoorMenu({ links }: { links: readonly MenuLink[] }) {
  const { permissions } = usePermissions<string[]>();
  const translate = useTranslate();
  return (
    <Menu>
      <Menu.DashboardItem />
      {links.filter((l) => !l.roles || hasRole(permissions, l.roles as never)).map((l) => (
        <Menu.Item key={l.to} to={l.to} primaryText={translate(l.label)} leftIcon={<l.icon />} />
      ))}
      <Menu.ResourceItems />
    </Menu>
  );
}
