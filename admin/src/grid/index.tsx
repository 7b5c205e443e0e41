import { Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ApartmentIcon from '@mui/icons-material/Apartment';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import GavelIcon from '@mui/icons-material/Gavel';
import GridOnIcon from '@mui/icons-material/GridOn';
import GroupsIcon from '@mui/icons-material/Groups';
import ReportIcon from '@mui/icons-material/ReportProblem';
import StorefrontIcon from '@mui/icons-material/Storefront';
import { hasRole } from '../auth/roles';
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
  resources: (roles) => {
    const isAdmin = hasRole(roles, GRID_ADMINS);
    return [
      <Resource
        key="gridUnits"
        name="gridUnits"
        list={GridUnitList}
        show={GridUnitShow}
        create={isAdmin ? GridUnitCreate : undefined}
        icon={GridOnIcon}
        recordRepresentation="name"
      />,
      <Resource
        key="organisations"
        name="organisations"
        list={OrganisationList}
        show={OrganisationShow}
        edit={isAdmin ? OrganisationEdit : undefined}
        icon={ApartmentIcon}
        recordRepresentation="name"
      />,
      ...(hasRole(roles, EVENT_READERS)
        ? [
            <Resource
              key="gridEvents"
              name="gridEvents"
              list={GridEventList}
              show={GridEventShow}
              icon={ReportIcon}
              recordRepresentation="title"
            />,
          ]
        : []),
      ...(hasRole(roles, MEETING_READERS)
        ? [
            <Resource
              key="jointMeetings"
              name="jointMeetings"
              list={JointMeetingList}
              icon={GroupsIcon}
              recordRepresentation="title"
            />,
            <Resource
              key="meetingDecisions"
              name="meetingDecisions"
              list={MeetingDecisionList}
              icon={GavelIcon}
              recordRepresentation="text"
            />,
          ]
        : []),
      // Only a picker's source: no list, so no menu entry.
      <Resource key="gridPersons" name="gridPersons" recordRepresentation="name" />,
    ];
  },
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
