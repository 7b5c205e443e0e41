import type { AdminModule } from '../module';
import { dashboardEn } from './messages.en';
import { dashboardZh } from './messages.zh';

/** The dashboard (首页/数据看板): App.tsx mounts `Dashboard` as react-admin's dashboard; no resources of its own. */
export const dashboardModule: AdminModule = {
  name: 'dashboard',
  resources: [],
  messages: { zh: dashboardZh, en: dashboardEn },
  queries: {},
};
