import { Box, IconButton, Tooltip, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import { Button, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

/** The path of a case's intake receipt (受理回执), a print view. */
export const receiptPath = (caseId: string) => `/cases/${caseId}/receipt`;

/**
 * The tracking code (查询码) the citizen looks the case up with: always in view on the case page, copyable,
 * with the way to the printable receipt.
 */
export function TrackingCode({ caseId, code }: { caseId: string; code: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      notify('onedoor.cases.trackingCode.copied', { type: 'info', messageArgs: { code } });
    } catch {
      // A browser that refuses the clipboard (an insecure page, a denied permission): the code stays selectable.
      notify('onedoor.cases.trackingCode.copyFailed', { type: 'warning' });
    }
  };
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
      <Typography
        component="span"
        data-testid="tracking-code"
        sx={{ fontFamily: 'monospace', fontSize: '1.1rem', fontWeight: 600, letterSpacing: 1, userSelect: 'all' }}
      >
        {code}
      </Typography>
      <Tooltip title={translate('onedoor.cases.trackingCode.copy')}>
        <IconButton size="small" aria-label={translate('onedoor.cases.trackingCode.copy')} onClick={() => void copy()}>
          <ContentCopyIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Button component={Link} to={receiptPath(caseId)} label="onedoor.cases.receipt.print" data-testid="receipt-link">
        <PrintIcon />
      </Button>
    </Box>
  );
}
