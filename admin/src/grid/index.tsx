import type { AdminModule } from '../module';

export const gridModule: AdminModule = {
  name: 'grid',
  resources: () => [],
  messages: { zh: {}, en: {} },
  queries: {},
};
