import { Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import SavingsIcon from '@mui/icons-material/Savings';
import VolunteerIcon from '@mui/icons-material/VolunteerActivism';
import PaymentsIcon from '@mui/icons-material/Payments';
import GavelIcon from '@mui/icons-material/Gavel';
import ApprovalIcon from '@mui/icons-material/FactCheck';
import ReportIcon from '@mui/icons-material/BarChart';
import type { AdminModule } from '../module';
import { hasRole } from '../auth/roles';
import { ApprovalQueue } from './ApprovalQueue';
import { DisbursementList } from './DisbursementList';
import { FundList } from './FundList';
import { FundShow } from './FundShow';
import { LegalAidList } from './LegalAid';
import { fundsEn } from './messagesEn';
import { fundsZh } from './messagesZh';
import { FUND_DECIDERS, FUND_PROPOSERS, FUND_READERS } from './permissions';
import { fundsQueries } from './queries';
import { ReliefCreate } from './ReliefCreate';
import { ReliefList } from './ReliefList';
import { ReliefReports } from './ReliefReports';
import { ReliefShow } from './ReliefShow';

/** Funds: the ledger, relief applications with their approval and payment, payments, legal aid, reports. */
export const fundsModule: AdminModule = {
  name: 'funds',
  resources: (roles) => {
    if (!hasRole(roles, FUND_READERS)) return [];
    return [
      <Resource
        key="funds"
        name="funds"
        list={FundList}
        show={FundShow}
        icon={SavingsIcon}
        recordRepresentation="name"
      />,
      <Resource
        key="reliefApplications"
        name="reliefApplications"
        list={ReliefList}
        show={ReliefShow}
        icon={VolunteerIcon}
        create={hasRole(roles, FUND_PROPOSERS) ? ReliefCreate : undefined}
      />,
      <Resource key="disbursements" name="disbursements" list={DisbursementList} icon={PaymentsIcon} />,
      <Resource key="legalAidMatters" name="legalAidMatters" list={LegalAidList} icon={GavelIcon} />,
    ];
  },
  routes: [
    <Route key="relief-approvals" path="/relief/approvals" element={<ApprovalQueue />} />,
    <Route key="relief-reports" path="/relief/reports" element={<ReliefReports />} />,
  ],
  menu: [
    { to: '/relief/approvals', label: 'onedoor.funds.menu.approvals', icon: ApprovalIcon, roles: FUND_DECIDERS },
    { to: '/relief/reports', label: 'onedoor.funds.menu.reports', icon: ReportIcon, roles: FUND_READERS },
  ],
  messages: { zh: fundsZh, en: fundsEn },
  queries: fundsQueries,
};
