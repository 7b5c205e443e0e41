import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import type { AdminModule } from '../module';
import { DocumentLanguage } from './DocumentLanguage';
import { OneDoorMenu } from './Menu';
import { PickerTexts } from './PickerTexts';

export function createLayout(modules: readonly AdminModule[]) {
  const MenuOfModules = () => <OneDoorMenu modules={modules} />;
  return function OneDoorLayout({ children }: { children: ReactNode }) {
    return (
      <PickerTexts>
        <Layout menu={MenuOfModules}>
          <DocumentLanguage />
          {children}
        </Layout>
      </PickerTexts>
    );
  };
}
