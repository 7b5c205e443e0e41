import type { AdminModule } from '../module';

export const dashboardModule: AdminModule = {
  name: 'dashboard',
  resources: () => [],
  messages: { zh: {}, en: {} },
  queries: {},
};
