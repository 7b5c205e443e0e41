import type { AdminModule } from '../module';

export const fundsModule: AdminModule = {
  name: 'funds',
  resources: () => [],
  messages: { zh: {}, en: {} },
  queries: {},
};
