import { type ChangeEvent, useRef, useState } from 'react';
import { Button, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Box,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { apiErrorsOf, describeRefusal } from '../../data/errors';
import type { OneDoorDataProvider } from '../../data/provider';
import { aside } from '../../format/punctuation';
import type { AttachmentsSource } from './types';
import { ACCEPT, UPLOAD_MAX_BYTES, type UploadTicket, uploadBytes } from './upload';
import { formatBytes } from './size';

/** The first field of an answer: a mutation's result. */
const resultOf = <T,>(data: Record<string, unknown>) => Object.values(data)[0] as T;

/** Every field the upload can be refused on is the file itself. */
const fileLabel = () => 'onedoor.attachments.file';

/**
 * Adds a file to a record: pick it, then the API gives an upload ticket, the bytes go to the gateway with
 * their progress shown, and the receipt is attached. A refusal (too large, not an accepted type, a ticket
 * expired) is shown in the dialog in the user's language; nothing is attached then.
 */
export function UploadDialog({ recordId, source }: { recordId: string; source: AttachmentsSource }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<OneDoorDataProvider>();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const close = () => {
    if (progress !== null) return;
    setOpen(false);
    setFile(null);
    setRefusal(null);
  };
  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0] ?? null;
    setFile(chosen);
    setRefusal(
      chosen && chosen.size > UPLOAD_MAX_BYTES
        ? translate('onedoor.attachments.tooLarge', { max: formatBytes(UPLOAD_MAX_BYTES) })
        : null,
    );
  };
  const send = async () => {
    if (!file) return;
    setRefusal(null);
    setProgress(0);
    try {
      const ticket = resultOf<UploadTicket>(
        await dataProvider.graphql(source.request, {
          input: { [source.recordField]: recordId, fileName: file.name, size: file.size },
        }),
      );
      const { receipt } = await uploadBytes(ticket, file, setProgress);
      await dataProvider.graphql(source.attach, { input: { [source.recordField]: recordId, receipt } });
      notify('onedoor.attachments.added', { type: 'success', messageArgs: { name: file.name } });
      setProgress(null);
      setOpen(false);
      setFile(null);
      void queryClient.invalidateQueries();
    } catch (error) {
      setProgress(null);
      // The data provider's refusals carry the API's errors; the upload door's come in the same shape.
      const errors = (error as { body?: { apiErrors?: ReturnType<typeof apiErrorsOf> } }).body?.apiErrors;
      setRefusal(describeRefusal(errors ?? apiErrorsOf(error), translate, fileLabel));
    }
  };

  return (
    <>
      <Button label="onedoor.attachments.add" onClick={() => setOpen(true)}>
        <UploadFileIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" data-testid="attachment-upload">
        <DialogTitle>{translate('onedoor.attachments.add')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('onedoor.attachments.hint', { max: formatBytes(UPLOAD_MAX_BYTES) })}
          </Typography>
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            onChange={choose}
            hidden
            aria-label={translate('onedoor.attachments.file')}
          />
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
            <Button
              label="onedoor.attachments.choose"
              variant="outlined"
              onClick={() => input.current?.click()}
              disabled={progress !== null}
            />
            <Typography variant="body2" data-testid="attachment-chosen">
              {file ? aside(translate, file.name, formatBytes(file.size)) : translate('onedoor.attachments.noneChosen')}
            </Typography>
          </Box>
          {progress !== null && (
            <Box sx={{ mt: 2 }}>
              <LinearProgress variant="determinate" value={Math.round(progress * 100)} />
              <Typography variant="caption">
                {translate('onedoor.attachments.progress', { percent: Math.round(progress * 100) })}
              </Typography>
            </Box>
          )}
          {refusal && (
            <Alert severity="error" sx={{ mt: 2 }} data-testid="attachment-refusal">
              {refusal}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button label="onedoor.common.cancel" onClick={close} disabled={progress !== null} />
          <Button
            label="onedoor.attachments.upload"
            variant="contained"
            onClick={() => void send()}
            disabled={!file || progress !== null || (file?.size ?? 0) > UPLOAD_MAX_BYTES}
          />
        </DialogActions>
      </Dialog>
    </>
  );
}
