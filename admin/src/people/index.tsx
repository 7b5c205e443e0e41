import { Route } from 'react-router-dom';
import PersonIcon from '@mui/icons-material/Person';
import BadgeIcon from '@mui/icons-material/Badge';
import UploadIcon from '@mui/icons-material/Upload';
import MergeIcon from '@mui/icons-material/MergeType';
import InsightsIcon from '@mui/icons-material/Insights';
import type { AdminModule } from '../module';
import { AccountScreen } from './accounts/AccountScreen';
import { DuplicatesScreen } from './persons/DuplicatesScreen';
import { ImportScreen } from './import/ImportScreen';
import { MediatorList } from './pools/MediatorList';
import { MediatorShow } from './pools/MediatorShow';
import { peopleEn } from './messages.en';
import { peopleZh } from './messages.zh';
import { PersonCreate } from './persons/PersonCreate';
import { PersonList } from './persons/PersonList';
import { PersonShow } from './persons/PersonShow';
import { PoolOverview } from './pools/PoolOverview';
import { peopleQueries } from './queries';
import { PERSON_MERGERS, PERSON_READERS, PERSON_REGISTRARS, POOL_ANALYSTS, POOL_MANAGERS } from './roles';

/** People: registered persons, duplicates, the pools (人才库) with their import, and accounts. */
export const peopleModule: AdminModule = {
  name: 'people',
  resources: [
    {
      name: 'persons',
      roles: PERSON_READERS,
      list: PersonList,
      show: PersonShow,
      create: { view: PersonCreate, roles: PERSON_REGISTRARS },
      icon: PersonIcon,
      recordRepresentation: 'name',
    },
    {
      name: 'mediators',
      list: MediatorList,
      show: MediatorShow,
      icon: BadgeIcon,
      recordRepresentation: (r: { person?: { name: string } }) => r.person?.name ?? '',
    },
  ],
  routes: [
    <Route key="people-duplicates" path="/persons/duplicates" element={<DuplicatesScreen />} />,
    <Route key="people-import" path="/mediators/import" element={<ImportScreen />} />,
    <Route key="people-pools" path="/mediators/pools" element={<PoolOverview />} />,
    <Route key="people-account" path="/accounts/:id" element={<AccountScreen />} />,
  ],
  menu: [
    { to: '/mediators/pools', label: 'onedoor.people.menu.pools', icon: InsightsIcon, roles: POOL_ANALYSTS },
    { to: '/mediators/import', label: 'onedoor.people.menu.import', icon: UploadIcon, roles: POOL_MANAGERS },
    { to: '/persons/duplicates', label: 'onedoor.people.menu.duplicates', icon: MergeIcon, roles: PERSON_MERGERS },
  ],
  messages: { zh: peopleZh, en: peopleEn },
  queries: peopleQueries,
};
