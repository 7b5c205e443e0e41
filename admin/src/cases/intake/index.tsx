import { Route } from 'react-router-dom';
import NoteAddIcon from '@mui/icons-material/NoteAddOutlined';
import type { MenuLink } from '../../module';
import { IntakeScreen } from './IntakeScreen';
import { REGISTRARS } from '../roles';

/** Intake (登记) at /cases/intake, for the roles that may call `registerCase`. */
export const intakeRoutes = [<Route key="cases-intake" path="/cases/intake" element={<IntakeScreen />} />];

export const intakeMenu: MenuLink[] = [
  { to: '/cases/intake', label: 'onedoor.cases.intake.menu', icon: NoteAddIcon, roles: REGISTRARS },
];
