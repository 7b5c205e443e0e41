import { useEffect, useState } from 'react';
import { Alert, Box, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Button, useDataProvider, useTranslate } from 'react-admin';
import type { OneDoorDataProvider } from '../../data/provider';
import { NOTICE_LINK } from './operations';
import { PdfFrame, sha256Hex, usePdfUrl } from './PdfFrame';

export interface NoticeSummary {
  id: string;
  kind: string;
  number: string;
  sha256: string;
}

interface Opened {
  bytes: Uint8Array;
  fileName: string;
  /** Whether the bytes match the notice's recorded checksum; null when the browser cannot tell. */
  intact: boolean | null;
}

/**
 * An issued notice opened inline: a fresh link from the API (the case's read rules apply, and the link is
 * logged), its bytes fetched from the gateway and checked against the recorded SHA-256, then shown and offered
 * for download under its own file name.
 */
export function NoticeViewer({ notice, onClose }: { notice: NoticeSummary; onClose: () => void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<OneDoorDataProvider>();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const { notice: link } = await dataProvider.graphql<{
          notice: { downloadUrl: string; fileName: string; sha256: string } | null;
        }>(NOTICE_LINK, { id: notice.id });
        if (!link) throw new Error('not found');
        const res = await fetch(link.downloadUrl);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const bytes = new Uint8Array(await res.arrayBuffer());
        const sha = await sha256Hex(bytes);
        if (live) setOpened({ bytes, fileName: link.fileName, intact: sha === null ? null : sha === link.sha256 });
      } catch {
        if (live) setFailed(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [dataProvider, notice.id]);
  const title = `${translate(`enums.NoticeKind.${notice.kind}`)} ${notice.number}`;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" data-testid="notice-viewer">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {failed && <Alert severity="error">{translate('onedoor.cases.notices.openFailed')}</Alert>}
        {!failed && !opened && (
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <CircularProgress size={20} />
            {translate('onedoor.cases.notices.loading')}
          </Box>
        )}
        {opened && (
          <>
            {opened.intact === true && (
              <Alert severity="success" sx={{ mb: 1 }} data-testid="notice-checksum">
                {translate('onedoor.cases.notices.checksumOk', { sha: notice.sha256.slice(0, 16) })}
              </Alert>
            )}
            {opened.intact === false && (
              <Alert severity="error" sx={{ mb: 1 }} data-testid="notice-checksum">
                {translate('onedoor.cases.notices.checksumBad')}
              </Alert>
            )}
            <PdfFrame bytes={opened.bytes} title={title} />
          </>
        )}
      </DialogContent>
      <DialogActions>
        {opened && <DownloadLink bytes={opened.bytes} fileName={opened.fileName} />}
        <Button label="onedoor.cases.notices.close" onClick={onClose} />
      </DialogActions>
    </Dialog>
  );
}

function DownloadLink({ bytes, fileName }: { bytes: Uint8Array; fileName: string }) {
  const translate = useTranslate();
  const url = usePdfUrl(bytes);
  return url ? (
    <a href={url} download={fileName}>
      {translate('onedoor.cases.notices.download')}
    </a>
  ) : null;
}
