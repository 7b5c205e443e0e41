import { Resource } from 'react-admin';
import FolderIcon from '@mui/icons-material/FolderOpen';
import type { AdminModule } from '../module';
import { CaseList } from './CaseList';
import { casesEn, casesZh } from './messages';
import { caseQueries } from './queries';
import { deepMerge } from '../i18n';
import { intakeMenu, intakeMessagesEn, intakeMessagesZh, intakeRoutes } from './intake';

/** Cases: intake, routing, the case page with its actions, the deadline board. */
export const casesModule: AdminModule = {
  name: 'cases',
  resources: () => [<Resource key="cases" name="cases" list={CaseList} icon={FolderIcon} recordRepresentation="number" />],
  routes: [...intakeRoutes],
  menu: [...intakeMenu],
  messages: { zh: deepMerge(casesZh, intakeMessagesZh), en: deepMerge(casesEn, intakeMessagesEn) },
  queries: caseQueries,
};
