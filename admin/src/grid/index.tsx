import { Route } from 'react-router-dom';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ApartmentIcon from '@mui/icons-material/Apartment';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import GavelIcon from '@mui/icons-material/Gavel';
import GridOnIcon from '@mui/icons-material/GridOn';
import GroupsIcon from '@mui/icons-material/Groups';
import ReportIcon from '@mui/icons-material/ReportProblem';
import StorefrontIcon from '@mui/icons-material/Storefront';
import type { AdminModule } from '../module';
import { GridEventList } from './events/GridEventList';
import { GridEventShow } from './events/GridEventShow';
import { JointMeetingList, MeetingDecisionList } from './meetings/MeetingLists';
import { gridEn } from './messages.en';
import { gridZh } from './messages.zh';
import { OrganisationEdit } from './orgs/OrganisationEdit';
import { OrganisationList } from './orgs/OrganisationList';
import { OrganisationShow } from './orgs/OrganisationShow';
import { gridQueries } from './queries';
import { EVENT_READERS, GRID_ADMINS, MEETING_READERS, ROSTER_READERS } from './roles';
import { DutyRosterPage } from './roster/DutyRosterPage';
import { ResidencyPage } from './roster/ResidencyPage';
import { GridTreePage } from './units/GridTreePage';
import { GridUnitCreate } from './units/GridUnitCreate';
import { GridUnitList } from './units/GridUnitList';
import { GridUnitShow } from './units/GridUnitShow';

/** The grid: its units and organisations, the centre's residency and duty rosters, grid events and joint meetings. */
export const gridModule: AdminModule = {
  name: 'grid',
  resources: [
    {
      name: 'gridUnits',
      list: GridUnitList,
      show: GridUnitShow,
      create: { view: GridUnitCreate, roles: GRID_ADMINS },
      icon: GridOnIcon,
      recordRepresentation: 'name',
    },
    {
      name: 'organisations',
      list: OrganisationList,
      show: OrganisationShow,
      edit: { view: OrganisationEdit, roles: GRID_ADMINS },
      icon: ApartmentIcon,
      recordRepresentation: 'name',
    },
    {
      name: 'gridEvents',
      roles: EVENT_READERS,
      list: GridEventList,
      show: GridEventShow,
      icon: ReportIcon,
      recordRepresentation: 'title',
    },
    {
      name: 'jointMeetings',
      roles: MEETING_READERS,
      list: JointMeetingList,
      icon: GroupsIcon,
      recordRepresentation: 'title',
    },
    {
      name: 'meetingDecisions',
      roles: MEETING_READERS,
      list: MeetingDecisionList,
      icon: GavelIcon,
      recordRepresentation: 'text',
    },
    // Only a picker's source: no list, so no menu entry.
    { name: 'gridPersons', recordRepresentation: 'name' },
  ],
  routes: [
    <Route key="grid-tree" path="/grid-tree" element={<GridTreePage />} />,
    <Route key="duty-roster" path="/duty-roster" element={<DutyRosterPage />} />,
    <Route key="residency" path="/residency" element={<ResidencyPage />} />,
  ],
  menu: [
    { to: '/grid-tree', label: 'onedoor.grid.menu.tree', icon: AccountTreeIcon },
    { to: '/duty-roster', label: 'onedoor.grid.menu.roster', icon: CalendarMonthIcon, roles: ROSTER_READERS },
    { to: '/residency', label: 'onedoor.grid.menu.residency', icon: StorefrontIcon, roles: ROSTER_READERS },
  ],
  messages: { zh: gridZh, en: gridEn },
  queries: gridQueries,
};
