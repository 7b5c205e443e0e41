import { Route } from 'react-router-dom';
import FolderIcon from '@mui/icons-material/FolderOpen';
import CategoryIcon from '@mui/icons-material/AccountTree';
import AlarmIcon from '@mui/icons-material/AlarmOn';
import RuleIcon from '@mui/icons-material/Rule';
import EventIcon from '@mui/icons-material/Event';
import ArticleIcon from '@mui/icons-material/Article';
import { deepMerge } from '../i18n';
import type { AdminModule } from '../module';
import { DeadlineBoard } from './board/DeadlineBoard';
import { CategoryList } from './categories/CategoryList';
import { CaseList } from './list/CaseList';
import { casesEn } from './messages.en';
import { casesZh } from './messages.zh';
import { caseQueries } from './queries';
import { BOARD_READERS, SETTINGS_READERS } from './roles';
import { CalendarScreen } from './settings/CalendarScreen';
import { CaseRulesScreen } from './settings/CaseRulesScreen';
import { CaseReceipt } from './receipt/CaseReceipt';
import { CaseShow } from './show/CaseShow';
import { intakeMenu, intakeRoutes } from './intake';
import { noticesEn } from './notices/messages.en';
import { noticesZh } from './notices/messages.zh';
import { NoticeTemplatesScreen } from './notices/NoticeTemplatesScreen';

/** Cases: the list, the case page with its actions and intake receipt, the deadline board, the taxonomy, rules and calendar. */
export const casesModule: AdminModule = {
  name: 'cases',
  resources: [
    { name: 'cases', list: CaseList, show: CaseShow, icon: FolderIcon, recordRepresentation: 'number' },
    { name: 'categories', roles: BOARD_READERS, list: CategoryList, icon: CategoryIcon, recordRepresentation: 'name' },
  ],
  routes: [
    ...intakeRoutes,
    <Route key="case-receipt" path="/cases/:id/receipt" element={<CaseReceipt />} />,
    <Route key="deadline-board" path="/deadline-board" element={<DeadlineBoard />} />,
    <Route key="case-rules" path="/case-rules" element={<CaseRulesScreen />} />,
    <Route key="working-calendar" path="/working-calendar" element={<CalendarScreen />} />,
    <Route key="notice-templates" path="/notice-templates" element={<NoticeTemplatesScreen />} />,
  ],
  menu: [
    ...intakeMenu,
    { to: '/deadline-board', label: 'onedoor.cases.board.menu', icon: AlarmIcon, roles: BOARD_READERS },
    { to: '/case-rules', label: 'onedoor.cases.rules.menu', icon: RuleIcon, roles: SETTINGS_READERS },
    { to: '/working-calendar', label: 'onedoor.cases.calendar.menu', icon: EventIcon, roles: SETTINGS_READERS },
    {
      to: '/notice-templates',
      label: 'onedoor.cases.notices.templates.menu',
      icon: ArticleIcon,
      roles: SETTINGS_READERS,
    },
  ],
  messages: { zh: deepMerge(casesZh, noticesZh), en: deepMerge(casesEn, noticesEn) },
  queries: caseQueries,
};
