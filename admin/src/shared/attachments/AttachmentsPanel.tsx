import { useState } from 'react';
import { Button, useDataProvider, useTranslate } from 'react-admin';
import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import ImageIcon from '@mui/icons-material/Image';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import DescriptionIcon from '@mui/icons-material/Description';
import { useGraphQLQuery, useNotifyRefusal } from '../../data/hooks';
import type { OneDoorDataProvider } from '../../data/provider';
import { toHttpError } from '../../data/errors';
import { formatDateTime } from '../../format/time';
import { PreviewDialog } from './PreviewDialog';
import { formatBytes, previewKind } from './size';
import type { AttachmentRow, AttachmentsSource } from './types';
import { UploadDialog } from './UploadDialog';

function TypeIcon({ mediaType }: { mediaType: string }) {
  const kind = previewKind(mediaType);
  if (kind === 'image' || mediaType.startsWith('image/')) return <ImageIcon fontSize="small" color="action" />;
  if (kind === 'pdf') return <PictureAsPdfIcon fontSize="small" color="action" />;
  return <DescriptionIcon fontSize="small" color="action" />;
}

/** Saves a file the browser already may read (a same-origin download link) under its own name. */
function save(url: string, name: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/**
 * A record's files (附件): the list, adding one (`canAdd`), and each opened inline (images, PDF) or saved. The
 * list asks for no download link: a link is issued, and written to the access log, only for the file a
 * person opens or saves.
 */
export function AttachmentsPanel({
  recordId,
  source,
  canAdd,
}: {
  recordId: string;
  source: AttachmentsSource;
  canAdd: boolean;
}) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<OneDoorDataProvider>();
  const notifyRefusal = useNotifyRefusal();
  const { data, error, isPending } = useGraphQLQuery<Record<string, unknown>>(source.list, { id: recordId });
  const [preview, setPreview] = useState<{ file: AttachmentRow; url: string | null } | null>(null);
  const files = data ? (source.pick(data) ?? []) : [];

  const linkOf = async (file: AttachmentRow): Promise<string | null> => {
    try {
      const answer = await dataProvider.graphql<Record<string, unknown>>(source.link, {
        id: recordId,
        attachmentId: file.id,
      });
      return source.pick(answer)?.[0]?.downloadUrl ?? null;
    } catch (e) {
      await notifyRefusal(toHttpError(e, translate));
      return null;
    }
  };
  const open = async (file: AttachmentRow) => {
    setPreview({ file, url: null });
    const url = await linkOf(file);
    setPreview((p) => (p?.file.id === file.id ? { file, url } : p));
  };
  const download = async (file: AttachmentRow) => {
    const url = await linkOf(file);
    if (url) save(url, file.name);
  };

  return (
    <div data-testid="attachments">
      {canAdd && <UploadDialog recordId={recordId} source={source} />}
      {error && <Alert severity="error">{translate('onedoor.attachments.unavailable')}</Alert>}
      {!isPending && !error && files.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('onedoor.attachments.none')}
        </Typography>
      )}
      {files.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('onedoor.attachments.name')}</TableCell>
              <TableCell>{translate('onedoor.attachments.size')}</TableCell>
              <TableCell>{translate('onedoor.attachments.uploadedAt')}</TableCell>
              <TableCell>{translate('onedoor.attachments.uploadedBy')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {files.map((file) => (
              <TableRow key={file.id} data-testid="attachment-row">
                <TableCell>
                  <TypeIcon mediaType={file.mediaType} /> {file.name}
                </TableCell>
                <TableCell>{formatBytes(file.sizeBytes)}</TableCell>
                <TableCell>{formatDateTime(file.uploadedAt)}</TableCell>
                <TableCell>{file.uploadedBy?.person?.name ?? translate('onedoor.attachments.atIntake')}</TableCell>
                <TableCell align="right">
                  {previewKind(file.mediaType) && (
                    <Button label="onedoor.attachments.preview" onClick={() => void open(file)} />
                  )}
                  <Button label="onedoor.attachments.download" onClick={() => void download(file)} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <PreviewDialog
        file={preview?.file ?? null}
        url={preview?.url ?? null}
        onClose={() => setPreview(null)}
        onDownload={() => preview && void download(preview.file)}
      />
    </div>
  );
}
