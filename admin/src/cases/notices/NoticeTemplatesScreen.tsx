import { useState } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  Grid,
  List,
  ListItemButton,
  ListItemText,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { DocumentNode } from '@apollo/client';
import { useFormContext } from 'react-hook-form';
import {
  Button,
  Form,
  type HttpError,
  Loading,
  required,
  SaveButton,
  TextInput,
  Title,
  useDataProvider,
  useTranslate,
} from 'react-admin';
import { useHasRole } from '../../auth/roles';
import { fieldErrorsOf } from '../../data/errors';
import { useGraphQLMutation, useGraphQLQuery, useNotifyRefusal } from '../../data/hooks';
import type { OneDoorDataProvider } from '../../data/provider';
import { formatDateTime } from '../../format/time';
import { NoticeKind } from '../../generated/enums';
import { SETTINGS_EDITORS } from '../roles';
import {
  NOTICE_PLACEHOLDERS,
  NOTICE_PREVIEW,
  NOTICE_SETTINGS,
  NOTICE_TEMPLATE_HISTORY,
  UPDATE_NOTICE_SETTINGS,
  UPDATE_NOTICE_TEMPLATE,
} from './operations';
import { bytesOfBase64, PdfFrame } from './PdfFrame';

interface Template {
  id: string;
  kind: NoticeKind;
  version: number;
  title: string;
  body: string;
  inForce: boolean;
  createdAt: string;
  createdBy: { id: string; username: string; person: { id: string; name: string } | null } | null;
}
const t = (key: string) => `onedoor.cases.notices.templates.${key}`;

/**
 * The notice templates (文书模板): each kind's version in force, edited with a preview on sample data and saved as
 * a new version (issued notices keep theirs), its earlier versions, and the centre's name and number prefix.
 */
export function NoticeTemplatesScreen() {
  const translate = useTranslate();
  const [kind, setKind] = useState<NoticeKind>('ACCEPTANCE');
  const { data } = useGraphQLQuery<{ noticeTemplates: Template[] }>(NOTICE_TEMPLATE_HISTORY, { kind });
  const versions = data?.noticeTemplates ?? [];
  const current = versions.find((v) => v.inForce);
  return (
    <Box sx={{ p: 2 }} data-testid="notice-templates">
      <Title title={t('title')} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 3 }}>
          <Card variant="outlined">
            <List dense>
              {NoticeKind.map((k) => (
                <ListItemButton key={k} selected={k === kind} onClick={() => setKind(k)}>
                  <ListItemText primary={translate(`enums.NoticeKind.${k}`)} />
                </ListItemButton>
              ))}
            </List>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 9 }} sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Alert severity="info">{translate(t('officialWording'))}</Alert>
          {!data ? <Loading /> : current && <TemplateEditor key={current.id} template={current} />}
          {versions.length > 0 && <History versions={versions} />}
          <SettingsCard />
        </Grid>
      </Grid>
    </Box>
  );
}

type Values = Record<string, unknown>;

/** A form's submit that runs a mutation taking `request`: its field errors shown by the inputs, nothing else saved. */
function useSaveAsRequest(mutation: DocumentNode, successMessage: string, toRequest: (values: Values) => Values) {
  const { mutateAsync } = useGraphQLMutation(mutation, { successMessage });
  return async (values: Values) => {
    try {
      await mutateAsync({ request: toRequest(values) });
      return undefined;
    } catch (error) {
      return fieldErrorsOf(error);
    }
  };
}

function TemplateEditor({ template }: { template: Template }) {
  const translate = useTranslate();
  const admin = useHasRole(...SETTINGS_EDITORS);
  const [preview, setPreview] = useState<{ text: string; pdf: Uint8Array } | null>(null);
  const save = useSaveAsRequest(UPDATE_NOTICE_TEMPLATE, t('saved'), (values) => ({
    kind: template.kind,
    title: values.title,
    body: values.body,
  }));
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          {translate(`enums.NoticeKind.${template.kind}`)} · {translate(t('version'), { n: template.version })}
        </Typography>
        <Form record={template} onSubmit={save} noValidate>
          <TextInput source="title" label={t('fields.title')} validate={required()} disabled={!admin} fullWidth />
          <TextInput
            source="body"
            label={t('fields.body')}
            helperText={t('bodyHint')}
            validate={required()}
            disabled={!admin}
            multiline
            minRows={12}
            fullWidth
          />
          <Placeholders />
          <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
            <PreviewButton kind={template.kind} onPreview={setPreview} />
            {admin && <SaveButton label={t('save')} />}
          </Box>
        </Form>
        {preview && (
          <Box sx={{ mt: 2 }} data-testid="notice-preview">
            <Typography variant="subtitle2" sx={{ mb: 1 }}>
              {translate(t('previewTitle'))}
            </Typography>
            <PdfFrame bytes={preview.pdf} title={translate(t('previewTitle'))} />
            <Typography variant="body2" sx={{ mt: 1, whiteSpace: 'pre-wrap' }} data-testid="notice-preview-text">
              {preview.text}
            </Typography>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

/** Renders the form's draft on sample data through `noticePreview`: nothing is saved, numbered or issued. */
function PreviewButton({
  kind,
  onPreview,
}: {
  kind: NoticeKind;
  onPreview: (p: { text: string; pdf: Uint8Array }) => void;
}) {
  const dataProvider = useDataProvider<OneDoorDataProvider>();
  const notifyRefusal = useNotifyRefusal();
  const { getValues } = useFormContext<{ title: string; body: string }>();
  const preview = async () => {
    try {
      const { title, body } = getValues();
      const { noticePreview } = await dataProvider.graphql<{ noticePreview: { text: string; pdfBase64: string } }>(
        NOTICE_PREVIEW,
        { request: { kind, title, body } },
      );
      onPreview({ text: noticePreview.text, pdf: bytesOfBase64(noticePreview.pdfBase64) });
    } catch (error) {
      await notifyRefusal(error as HttpError, { fieldLabel: (field) => t(`fields.${field}`) });
    }
  };
  return <Button label={t('preview')} variant="outlined" onClick={() => void preview()} />;
}

function Placeholders() {
  const translate = useTranslate();
  const { data } = useGraphQLQuery<{ noticePlaceholders: { name: string }[] }>(NOTICE_PLACEHOLDERS);
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, alignItems: 'center' }}>
      <Typography variant="caption" color="text.secondary" sx={{ mr: 1 }}>
        {translate(t('placeholders'))}
      </Typography>
      {(data?.noticePlaceholders ?? []).map((p) => (
        <Chip
          key={p.name}
          size="small"
          variant="outlined"
          label={`{{${p.name}}} ${translate(`onedoor.cases.notices.placeholders.${p.name}`)}`}
        />
      ))}
    </Box>
  );
}

function History({ versions }: { versions: Template[] }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          {translate(t('history'))}
        </Typography>
        <Table size="small" data-testid="notice-template-history">
          <TableHead>
            <TableRow>
              <TableCell>{translate(t('fields.title'))}</TableCell>
              <TableCell>{translate(t('createdAt'))}</TableCell>
              <TableCell>{translate(t('createdBy'))}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {versions.map((v) => (
              <TableRow key={v.id}>
                <TableCell>
                  {v.title} · {translate(t('version'), { n: v.version })}{' '}
                  {v.inForce && <Chip size="small" color="success" label={translate(t('inForce'))} />}
                </TableCell>
                <TableCell>{formatDateTime(v.createdAt)}</TableCell>
                <TableCell>
                  {v.createdBy ? (v.createdBy.person?.name ?? v.createdBy.username) : translate(t('seeded'))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

function SettingsCard() {
  const translate = useTranslate();
  const admin = useHasRole(...SETTINGS_EDITORS);
  const { data } = useGraphQLQuery<{ noticeSettings: { centreName: string; numberPrefix: string } }>(NOTICE_SETTINGS);
  const save = useSaveAsRequest(UPDATE_NOTICE_SETTINGS, t('settingsSaved'), (values) => ({
    centreName: values.centreName,
    numberPrefix: values.numberPrefix ?? '',
  }));
  if (!data) return null;
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          {translate(t('settings'))}
        </Typography>
        <Form record={data.noticeSettings} onSubmit={save} noValidate>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 6 }}>
              <TextInput
                source="centreName"
                label={t('centreName')}
                validate={required()}
                disabled={!admin}
                fullWidth
              />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <TextInput
                source="numberPrefix"
                label={t('numberPrefix')}
                helperText={t('numberPrefixHint')}
                disabled={!admin}
                fullWidth
              />
            </Grid>
          </Grid>
          {admin && <SaveButton label={t('saveSettings')} />}
        </Form>
      </CardContent>
    </Card>
  );
}
