import { Login, LoginForm, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { DocumentLanguage } from './DocumentLanguage';

/** react-admin's login form under the centre's name. */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login>
      <DocumentLanguage />
      <Typography variant="h6" align="center" sx={{ px: 2, pt: 1 }}>
        {translate('onedoor.title')}
      </Typography>
      <LoginForm />
    </Login>
  );
}
