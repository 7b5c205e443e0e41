import type { ReactNode } from 'react';
import {
  Alert,
  Box,
  GlobalStyles,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Button, Loading, Title, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { useGraphQLQuery } from '../../data/hooks';
import { formatDate, formatDateTime } from '../../format/time';
import { CASE_RECEIPT } from '../operations';

interface ReceiptData {
  case: {
    id: string;
    number: string;
    trackingCode: string;
    channel: string;
    title: string;
    receivedAt: string;
    createdAt: string;
    repeat: boolean;
    category: { name: string };
    petitioners: { id: string; name: string; phone: string | null }[];
    clock: { stage: string; deadlineAt: string; running: boolean };
    timeline: { kind: string; actor: { person: { name: string } | null } | null }[];
  } | null;
  caseRules: {
    registerDays: number;
    acceptDays: number;
    firstTimeDays: number;
    handleDays: number;
    maxExtensionDays: number;
    reexaminationRequestDays: number;
  };
  organisations: { nodes: { name: string; phone: string | null; address: string | null }[] };
}

/** On paper only the receipt shows: the menu, the app bar and the buttons stay on the screen. */
const PRINT_STYLES = {
  '@page': { size: 'A4 portrait', margin: '18mm' },
  '@media print': {
    'body *': { visibility: 'hidden' },
    '[data-print-root], [data-print-root] *': { visibility: 'visible' },
    '[data-print-root]': { position: 'absolute', left: 0, top: 0, width: '100%', border: 'none', boxShadow: 'none' },
  },
} as const;

const k = (key: string) => `onedoor.cases.receipt.${key}`;

function Row({ label, children }: { label: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <TableRow>
      <TableCell component="th" scope="row" sx={{ width: '28%', color: 'text.secondary', whiteSpace: 'nowrap' }}>
        {translate(label)}
      </TableCell>
      <TableCell>{children}</TableCell>
    </TableRow>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mt: 3 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
}

/** The time limits the case rules hold (the statute's, and the centre's local rule for first-time cases). */
function Limits({ data }: { data: NonNullable<ReceiptData['case']> & { rules: ReceiptData['caseRules'] } }) {
  const translate = useTranslate();
  const { rules } = data;
  const lines = [
    translate(k('limits.register'), { days: rules.registerDays }),
    translate(k('limits.accept'), { days: rules.acceptDays }),
    data.repeat
      ? translate(k('limits.handle'), { days: rules.handleDays })
      : translate(k('limits.handleFirstTime'), { days: rules.firstTimeDays, statutory: rules.handleDays }),
    translate(k('limits.extension'), { days: rules.maxExtensionDays }),
    translate(k('limits.reexamination'), { days: rules.reexaminationRequestDays }),
    translate(k('limits.restDay')),
  ];
  return (
    <>
      <Box component="ol" sx={{ m: 0, pl: 3 }}>
        {lines.map((line) => (
          <Typography component="li" variant="body2" key={line} sx={{ mb: 0.5 }}>
            {line}
          </Typography>
        ))}
      </Box>
      {data.clock.running && (
        <Typography variant="body2" sx={{ mt: 1 }} data-testid="receipt-current-period">
          {translate(k('limits.current'), {
            stage: translate(`enums.ClockStage.${data.clock.stage}`),
            deadline: formatDateTime(data.clock.deadlineAt),
          })}
        </Typography>
      )}
    </>
  );
}

/**
 * The intake receipt (受理回执) handed to the citizen at the counter: a print view of the case as registered,
 * with the tracking code, how to look the case up and the time limits in force. It is to move onto the notice
 * documents (numbered PDF notices, frozen once issued) when issue 18's case papers land; until then the browser
 * prints this page.
 */
export function CaseReceipt() {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const { data, isPending } = useGraphQLQuery<ReceiptData>(CASE_RECEIPT, { id }, { enabled: !!id });
  if (isPending) return <Loading />;
  const c = data?.case;
  if (!data || !c) {
    return (
      <Alert severity="warning" sx={{ mt: 2 }}>
        {translate(k('notFound'))}
      </Alert>
    );
  }
  const office = data.organisations.nodes[0];
  const registrar = c.timeline.find((e) => e.kind === 'REGISTERED')?.actor?.person?.name;
  const separator = translate(k('separator'));
  return (
    <Box sx={{ p: 2 }}>
      <GlobalStyles styles={PRINT_STYLES} />
      <Title title={k('title')} />
      <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
        <Button label={k('printNow')} variant="contained" onClick={() => window.print()} data-testid="receipt-print">
          <PrintIcon />
        </Button>
        <Button component={Link} to={`/cases/${c.id}/show`} label={k('back')}>
          <ArrowBackIcon />
        </Button>
      </Stack>
      <Paper data-print-root data-testid="case-receipt" variant="outlined" sx={{ p: 4, maxWidth: 760 }}>
        <Typography variant="h6" align="center" data-testid="receipt-office">
          {office?.name ?? translate('onedoor.title')}
        </Typography>
        <Typography variant="h4" align="center" sx={{ fontWeight: 600, letterSpacing: 8, mb: 2 }}>
          {translate(k('title'))}
        </Typography>
        <Table size="small">
          <TableBody>
            <Row label={k('number')}>{c.number}</Row>
            <Row label={k('trackingCode')}>
              <Typography
                component="span"
                data-testid="receipt-tracking-code"
                sx={{ fontFamily: 'monospace', fontSize: '1.4rem', fontWeight: 700, letterSpacing: 2 }}
              >
                {c.trackingCode}
              </Typography>
            </Row>
            <Row label={k('receivedAt')}>{formatDateTime(c.receivedAt)}</Row>
            <Row label={k('registeredAt')}>{formatDateTime(c.createdAt)}</Row>
            <Row label={k('channel')}>{translate(`enums.Channel.${c.channel}`)}</Row>
            <Row label={k('petitioners')}>
              {c.petitioners.map((p) => [p.name, p.phone].filter(Boolean).join(' ')).join(separator)}
            </Row>
            <Row label={k('category')}>{c.category.name}</Row>
            <Row label={k('matter')}>{c.title}</Row>
            {registrar && <Row label={k('registrar')}>{registrar}</Row>}
          </TableBody>
        </Table>
        <Section title={k('lookupTitle')}>
          <Typography variant="body2">{translate(k('lookup'), { code: c.trackingCode })}</Typography>
          <Typography variant="body2">
            {office?.phone ? translate(k('lookupPhone'), { phone: office.phone }) : translate(k('lookupCounter'))}
          </Typography>
          {office?.address && (
            <Typography variant="body2">{translate(k('address'), { address: office.address })}</Typography>
          )}
        </Section>
        <Section title={k('limitsTitle')}>
          <Limits data={{ ...c, rules: data.caseRules }} />
        </Section>
        <Box sx={{ mt: 5, textAlign: 'right' }}>
          <Typography variant="body2">
            {office?.name ?? translate('onedoor.title')}
            {translate(k('seal'))}
          </Typography>
          <Typography variant="body2">{translate(k('date'), { date: formatDate(c.createdAt) })}</Typography>
        </Box>
      </Paper>
    </Box>
  );
}
