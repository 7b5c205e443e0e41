import type { AdminModule } from '../module';

export const peopleModule: AdminModule = {
  name: 'people',
  resources: () => [],
  messages: { zh: {}, en: {} },
  queries: {},
};
