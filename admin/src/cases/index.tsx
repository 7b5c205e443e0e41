import { Resource } from 'react-admin';
import FolderIcon from '@mui/icons-material/FolderOpen';
import type { AdminModule } from '../module';
import { CaseList } from './CaseList';
import { casesEn, casesZh } from './messages';
import { caseQueries } from './queries';

/** Cases: intake, routing, the case page with its actions, the deadline board. */
export const casesModule: AdminModule = {
  name: 'cases',
  resources: () => [<Resource key="cases" name="cases" list={CaseList} icon={FolderIcon} recordRepresentation="number" />],
  messages: { zh: casesZh, en: casesEn },
  queries: caseQueries,
};
