import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export function Dashboard() {
  const translate = useTranslate();
  return (
    <Card>
      <CardContent>
        <Typography variant="h5">{translate('onedoor.title')}</Typography>
      </CardContent>
    </Card>
  );
}
