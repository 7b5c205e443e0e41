import { useEffect, useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { Alert, Box, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { previewKind } from './size';
import type { AttachmentRow } from './types';

/** The file's bytes as a local object URL: fetched once through its download link, revoked when closed. */
function useObjectUrl(url: string | null) {
  const [objectUrl, setObjectUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!url) return undefined;
    let made: string | null = null;
    let cancelled = false;
    fetch(url)
      .then(async (res) => {
        if (!res.ok) throw new Error(String(res.status));
        made = URL.createObjectURL(await res.blob());
        if (cancelled) URL.revokeObjectURL(made);
        else setObjectUrl(made);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      if (made) URL.revokeObjectURL(made);
      setObjectUrl(null);
      setFailed(false);
    };
  }, [url]);
  return { objectUrl, failed };
}

/**
 * An image or a PDF shown inline. The bytes come through the gateway's download link and are shown from a
 * local copy (an object URL): the door serves files sandboxed, in which the browser's PDF viewer would not run.
 */
export function PreviewDialog({
  file,
  url,
  onClose,
  onDownload,
}: {
  file: AttachmentRow | null;
  url: string | null;
  onClose: () => void;
  onDownload: () => void;
}) {
  const translate = useTranslate();
  const { objectUrl, failed } = useObjectUrl(url);
  const kind = file ? previewKind(file.mediaType) : null;
  return (
    <Dialog open={!!file} onClose={onClose} fullWidth maxWidth="lg" data-testid="attachment-preview">
      <DialogTitle>{file?.name}</DialogTitle>
      <DialogContent>
        {failed && <Alert severity="error">{translate('onedoor.attachments.unavailable')}</Alert>}
        {!failed && !objectUrl && (
          <Box sx={{ display: 'flex', justifyContent: 'center', p: 4 }}>
            <CircularProgress />
          </Box>
        )}
        {objectUrl && kind === 'image' && (
          <Box
            component="img"
            src={objectUrl}
            alt={file?.name}
            sx={{ display: 'block', maxWidth: '100%', maxHeight: '75vh', mx: 'auto' }}
          />
        )}
        {objectUrl && kind === 'pdf' && (
          <Box
            component="iframe"
            src={objectUrl}
            title={file?.name}
            sx={{ width: '100%', height: '75vh', border: 0 }}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button label="onedoor.attachments.download" onClick={onDownload} />
        <Button label="onedoor.attachments.close" onClick={onClose} />
      </DialogActions>
    </Dialog>
  );
}
