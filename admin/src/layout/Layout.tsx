import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import type { MenuLink } from '../module';
import { OneDoorMenu } from './Menu';

export function createLayout(links: readonly MenuLink[]) {
  const MenuWithLinks = () => <OneDoorMenu links={links} />;
  return function OneDoorLayout({ children }: { children: ReactNode }) {
    return <Layout menu={MenuWithLinks}>{children}</Layout>;
  };
}
