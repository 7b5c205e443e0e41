import { Route } from 'react-router-dom';
import SavingsIcon from '@mui/icons-material/Savings';
import VolunteerIcon from '@mui/icons-material/VolunteerActivism';
import PaymentsIcon from '@mui/icons-material/Payments';
import GavelIcon from '@mui/icons-material/Gavel';
import ApprovalIcon from '@mui/icons-material/FactCheck';
import ReportIcon from '@mui/icons-material/BarChart';
import type { AdminModule } from '../module';
import { ApprovalQueue } from './relief/ApprovalQueue';
import { DisbursementList } from './ledger/DisbursementList';
import { FundList } from './ledger/FundList';
import { FundShow } from './ledger/FundShow';
import { LegalAidList } from './legal-aid/LegalAidList';
import { fundsEn } from './messages.en';
import { fundsZh } from './messages.zh';
import { FUND_DECIDERS, FUND_READERS, FUND_WORKERS } from './roles';
import { fundsQueries } from './queries';
import { ReliefCreate } from './relief/ReliefCreate';
import { ReliefList } from './relief/ReliefList';
import { ReliefReports } from './relief/ReliefReports';
import { ReliefShow } from './relief/ReliefShow';

/** Funds: the ledger, relief applications with their approval and payment, payments, legal aid, reports. */
export const fundsModule: AdminModule = {
  name: 'funds',
  resources: [
    {
      name: 'funds',
      roles: FUND_READERS,
      list: FundList,
      show: FundShow,
      icon: SavingsIcon,
      recordRepresentation: 'name',
    },
    {
      name: 'reliefApplications',
      roles: FUND_READERS,
      list: ReliefList,
      show: ReliefShow,
      icon: VolunteerIcon,
      create: { view: ReliefCreate, roles: FUND_WORKERS },
    },
    { name: 'disbursements', roles: FUND_READERS, list: DisbursementList, icon: PaymentsIcon },
    { name: 'legalAidMatters', roles: FUND_READERS, list: LegalAidList, icon: GavelIcon },
  ],
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
