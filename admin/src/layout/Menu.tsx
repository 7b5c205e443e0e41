import { Menu, usePermissions, useSidebarState, useTranslate } from 'react-admin';
import { ListSubheader } from '@mui/material';
import { type AdminModule, resourcesFor } from '../module';
import { hasRole } from '../auth/roles';

/**
 * The dashboard, then each domain under its own heading: its workflow screens, then its resources. The
 * dashboard's entry says what its page says (`onedoor.menu.dashboard`), not react-admin's generic word.
 */
export function OneDoorMenu({ modules }: { modules: readonly AdminModule[] }) {
  const { permissions } = usePermissions<string[]>();
  const [open] = useSidebarState();
  const translate = useTranslate();
  const roles = permissions ?? [];
  return (
    <Menu>
      <Menu.DashboardItem primaryText="onedoor.menu.dashboard" />
      {modules.map((m) => {
        const links = (m.menu ?? []).filter((l) => !l.roles || hasRole(roles, l.roles));
        // Resources without a list (pickers' lookups) have no menu entry, as in react-admin's own menu.
        const resources = resourcesFor(m, roles)
          .filter((r) => r.props.list)
          .map((r) => r.props.name);
        if (links.length === 0 && resources.length === 0) return null;
        return [
          open ? (
            <ListSubheader
              key={`${m.name}-heading`}
              disableSticky
              sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}
            >
              {translate(`onedoor.menu.${m.name}`)}
            </ListSubheader>
          ) : null,
          ...links.map((l) => (
            <Menu.Item key={l.to} to={l.to} primaryText={translate(l.label)} leftIcon={<l.icon />} />
          )),
          ...resources.map((name) => <Menu.ResourceItem key={name} name={name} />),
        ];
      })}
    </Menu>
  );
}
