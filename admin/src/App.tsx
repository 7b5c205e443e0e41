import { Admin, CustomRoutes } from 'react-admin';
import { authProvider } from './auth/authProvider';
import { store } from './auth/store';
import { createDataProvider } from './data/provider';
import { createI18nProvider } from './i18n';
import { createLayout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { resourcesFor } from './module';
import { modules } from './modules';
import { Dashboard } from './dashboard/Dashboard';
import { theme } from './layout/theme';

const i18nProvider = createI18nProvider(modules);
const dataProvider = createDataProvider(
  Object.fromEntries(modules.flatMap((m) => Object.entries(m.queries))),
  i18nProvider.translate,
);
const Layout = createLayout(modules);

/** The back office: react-admin over the gateway, no telemetry, Chinese first. */
export function App() {
  return (
    <Admin
      title="OneDoor"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      store={store}
      layout={Layout}
      loginPage={LoginPage}
      dashboard={Dashboard}
      theme={theme}
      requireAuth
      disableTelemetry
    >
      {(permissions: string[] | undefined) => [
        ...modules.flatMap((m) => resourcesFor(m, permissions ?? [])),
        <CustomRoutes key="workflows">{modules.flatMap((m) => m.routes ?? [])}</CustomRoutes>,
      ]}
    </Admin>
  );
}
