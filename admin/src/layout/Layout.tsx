import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import type { AdminModule } from '../module';
import { OneDoorMenu } from './Menu';

export function createLayout(modules: readonly AdminModule[]) {
  const MenuOfModules = () => <OneDoorMenu modules={modules} />;
  return function OneDoorLayout({ children }: { children: ReactNode }) {
    return <Layout menu={MenuOfModules}>{children}</Layout>;
  };
}
