import { accessLogTable } from '@onedoor/db/audit';
import { ACCEPTED_FILE_TYPES, openFileStore, sha256Hex, signFileToken } from '@onedoor/subgraph-kit';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyError } from '../support/client';
import { JPEG, pdfSaying, uploadWith, WINDOWS_EXE } from '../support/files';
import { type Scenarios, startCaseScenarios } from './support';

const ACCEPTED_LABELS = Object.values(ACCEPTED_FILE_TYPES).map((t) => t.label);

let s: Scenarios;
let origin: string;
beforeAll(async () => {
  s = await startCaseScenarios();
  origin = new URL(s.stack.gatewayUrl).origin;
});
afterAll(() => s?.stack.stop());

interface Ticket {
  url: string;
  method: string;
  expiresAt: string;
  maxBytes: number;
  acceptedTypes: string[];
}
interface AttachmentView {
  id: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  checksum: string;
  uploadedAt: string;
  uploadedBy: { id: string } | null;
  downloadUrl: string | null;
}
const ATTACHMENT = 'id name mediaType sizeBytes checksum uploadedAt uploadedBy { id } downloadUrl';

const REQUEST = `mutation($i: RequestCaseUploadInput!) { requestCaseUpload(input: $i) { url method expiresAt maxBytes acceptedTypes } }`;
const ATTACH = `mutation($i: AttachCaseFileInput!) { attachCaseFile(input: $i) { ${ATTACHMENT} } }`;

const requestUpload = (caseId: string, fileName: string, size: number, token: string) =>
  s.stack.gql<{ requestCaseUpload: Ticket }>(REQUEST, { i: { caseId, fileName, size } }, token);

/** Asks for a ticket, uploads the bytes, and answers the gateway's receipt. */
async function upload(caseId: string, fileName: string, bytes: Uint8Array, token = s.staff): Promise<string> {
  const ticket = await requestUpload(caseId, fileName, bytes.byteLength, token);
  if (ticket.errors) throw new Error(JSON.stringify(ticket.errors));
  const answer = await uploadWith(origin, ticket.data!.requestCaseUpload, bytes);
  if (answer.status !== 201) throw new Error(JSON.stringify(answer.body));
  return answer.body.receipt!;
}

const attach = (input: Record<string, unknown>, token = s.staff) =>
  s.stack.gql<{ attachCaseFile: AttachmentView }>(ATTACH, { i: input }, token);

async function uploadAndAttach(caseId: string, fileName: string, bytes: Uint8Array, extra = {}, token = s.staff) {
  const receipt = await upload(caseId, fileName, bytes, token);
  const res = await attach({ caseId, receipt, ...extra }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.attachCaseFile;
}

const filesOf = async (caseId: string, token: string) =>
  (
    await s.stack.gql<{ case: { attachments: AttachmentView[] } | null }>(
      `query($id: ID!) { case(id: $id) { attachments { ${ATTACHMENT} } } }`,
      { id: caseId },
      token,
    )
  ).data?.case?.attachments ?? null;

const download = async (url: string) => {
  const res = await fetch(origin + url);
  return { status: res.status, type: res.headers.get('content-type'), bytes: new Uint8Array(await res.arrayBuffer()) };
};

describe('evidence uploaded for a case (附件)', () => {
  let caseId: string;
  let letter: Uint8Array;
  beforeAll(async () => {
    caseId = (await s.accepted()).id;
    letter = pdfSaying('Wage arrears: letter from the employer');
  });

  it('centre staff upload a photo and a letter: both are on the case with checksum, size and the type of their bytes', async () => {
    const ticket = (await requestUpload(caseId, '欠条.jpg', JPEG.byteLength, s.staff)).data!.requestCaseUpload;
    expect(ticket).toMatchObject({ method: 'PUT', maxBytes: JPEG.byteLength });
    expect(ticket.url).toMatch(/^\/files\/upload\?token=/);
    expect(ticket.acceptedTypes).toEqual(expect.arrayContaining(['image/jpeg', 'application/pdf']));
    const stored = await uploadWith(origin, ticket, JPEG);
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({ sha256: sha256Hex(JPEG), size: JPEG.byteLength, contentType: 'image/jpeg' });
    const photo = (await attach({ caseId, receipt: stored.body.receipt })).data!.attachCaseFile;
    s.clock.advance(60_000);
    // The name says nothing of its type: the bytes do.
    const pdf = await uploadAndAttach(caseId, '单位回函', letter);

    expect(photo).toMatchObject({ name: '欠条.jpg', mediaType: 'image/jpeg', sizeBytes: JPEG.byteLength });
    expect(pdf).toMatchObject({ name: '单位回函', mediaType: 'application/pdf', checksum: sha256Hex(letter) });
    const files = await filesOf(caseId, s.staff);
    expect(files!.map((f) => [f.name, f.checksum])).toEqual([
      ['欠条.jpg', sha256Hex(JPEG)],
      ['单位回函', sha256Hex(letter)],
    ]);
    const timeline = await s.must<{ case: { timeline: { kind: string; attachments: { name: string }[] }[] } }>(
      'query($id: ID!) { case(id: $id) { timeline { kind attachments { name } } } }',
      { id: caseId },
      s.staff,
    );
    expect(timeline.case.timeline.filter((e) => e.kind === 'FILE_ATTACHED')).toEqual([
      { kind: 'FILE_ATTACHED', attachments: [{ name: '欠条.jpg' }] },
      { kind: 'FILE_ATTACHED', attachments: [{ name: '单位回函' }] },
    ]);
  });

  it('the lead unit’s handler, a leader and a partner of the lead unit download the same bytes; every link is in the access log', async () => {
    const logOf = (id: string) => s.stack.db.select().from(accessLogTable).where(eq(accessLogTable.entityId, id));
    const before = (await logOf((await filesOf(caseId, s.staff))![0]!.id)).length;
    const handler = await s.stack.tokenFor(['HANDLER'], s.ids.humanResources);
    const partner = await s.stack.tokenFor(['PARTNER'], s.ids.humanResources);
    for (const token of [handler, s.leader, partner]) {
      const files = (await filesOf(caseId, token))!;
      const photo = await download(files[0]!.downloadUrl!);
      expect(photo).toEqual({ status: 200, type: 'image/jpeg', bytes: JPEG });
      const pdf = await download(files[1]!.downloadUrl!);
      expect(pdf).toMatchObject({ status: 200, type: 'application/pdf' });
      expect(sha256Hex(pdf.bytes)).toBe(files[1]!.checksum);
    }
    const logged = await logOf((await filesOf(caseId, s.staff))![0]!.id);
    // The three readers above and the staff member just now: one row per link issued, each naming its reader.
    expect(logged).toHaveLength(before + 4);
    expect(new Set(logged.slice(-4).map((row) => row.actorAccountId)).size).toBe(4);
    expect(logged.every((row) => row.entityType === 'CaseAttachment' && row.field === 'downloadUrl')).toBe(true);
  });

  it('issues one link when asked for one attachment, and logs that one only', async () => {
    const [photo, pdf] = (await filesOf(caseId, s.staff))!;
    const before = await s.stack.db.select().from(accessLogTable).where(eq(accessLogTable.entityId, pdf!.id));
    const one = await s.must<{ case: { attachments: { id: string; downloadUrl: string }[] } }>(
      'query($id: ID!, $a: ID) { case(id: $id) { attachments(id: $a) { id downloadUrl } } }',
      { id: caseId, a: photo!.id },
      s.staff,
    );
    expect(one.case.attachments.map((a) => a.id)).toEqual([photo!.id]);
    const after = await s.stack.db.select().from(accessLogTable).where(eq(accessLogTable.entityId, pdf!.id));
    expect(after).toHaveLength(before.length);
  });

  it('refuses an executable renamed .jpg on its bytes, and attaches nothing', async () => {
    const ticket = (await requestUpload(caseId, '现场照片.jpg', WINDOWS_EXE.byteLength, s.staff)).data!
      .requestCaseUpload;
    const refused = await uploadWith(origin, ticket, WINDOWS_EXE);
    expect(refused.status).toBe(415);
    const error = refused.body.errors![0]!;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual([
      { field: 'body', reason: 'FILE_TYPE', params: { detected: 'EXECUTABLE', accepted: ACCEPTED_LABELS } },
    ]);
    expect(error.message).toMatch(/'现场照片.jpg' is a Windows program/);
    expect(refused.body.receipt).toBeUndefined();
    expect(await openFileStore(s.stack.config).has(sha256Hex(WINDOWS_EXE))).toBe(false);
    expect(await filesOf(caseId, s.staff)).toHaveLength(2);
  });

  it('refuses more bytes than announced (413), and an announced size over 20 MiB or a name with folders', async () => {
    const ticket = (await requestUpload(caseId, 'small.pdf', 10, s.staff)).data!.requestCaseUpload;
    const tooLarge = await uploadWith(origin, ticket, letter);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errors![0]!.extensions.fields![0]).toMatchObject({ reason: 'TOO_LARGE', params: { max: 10 } });

    const huge = onlyError(await requestUpload(caseId, 'scan.pdf', 20 * 1024 * 1024 + 1, s.staff));
    expect(huge.extensions.fields).toEqual([
      { field: 'input.size', reason: 'TOO_LARGE', params: { max: 20 * 1024 * 1024 } },
    ]);
    const folder = onlyError(await requestUpload(caseId, '../../etc/passwd', 10, s.staff));
    expect(folder).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fileName' });
  });

  it('gives nothing to a partner or handler outside the case’s scope: no case, no upload link, no download link', async () => {
    const otherPartner = await s.stack.tokenFor(['PARTNER'], s.ids.housing);
    const otherHandler = await s.stack.tokenFor(['HANDLER'], s.ids.housing);
    expect(await filesOf(caseId, otherPartner)).toBeNull();
    expect(await filesOf(caseId, otherHandler)).toBeNull();
    expect(onlyError(await requestUpload(caseId, 'x.jpg', 10, otherPartner)).code).toBe('FORBIDDEN');
    const notHis = onlyError(await requestUpload(caseId, 'x.jpg', 10, otherHandler));
    expect(notHis).toMatchObject({ code: 'NOT_FOUND', field: 'input.caseId' });
    // Not even with a receipt of its own, issued for this case to someone else.
    const receipt = await upload(caseId, 'proof.pdf', letter);
    expect(onlyError(await attach({ caseId, receipt }, otherHandler)).code).toBe('NOT_FOUND');
  });

  it('refuses forged, expired and misused tickets and receipts', async () => {
    const secret = s.stack.config.jwtSecret;
    const claims = { subject: 'Case', subjectId: caseId, fileName: 'a.jpg', maxBytes: 100_000, accountId: 'x' };
    const past = Math.floor(Date.now() / 1000) - 60;
    const tickets = [
      await signFileToken('upload', claims, secret, past),
      await signFileToken('upload', claims, 'someone-else-secret-0123456789abcdef', '10m'),
      await signFileToken('download', claims, secret, '10m'),
    ];
    for (const token of tickets) {
      const refused = await uploadWith(origin, { url: `/files/upload?token=${token}`, method: 'PUT' }, JPEG);
      expect(refused.status).toBe(403);
      expect(refused.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    }

    const receipt = await upload(caseId, 'proof.jpg', JPEG);
    const payload = JSON.parse(Buffer.from(receipt.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    const forged = await signFileToken('receipt', payload, 'someone-else-secret-0123456789abcdef', '1h');
    const expired = await signFileToken('receipt', payload, secret, past);
    for (const bad of [forged, expired, 'not-a-receipt'])
      expect(onlyError(await attach({ caseId, receipt: bad })).extensions.fields).toEqual([
        { field: 'input.receipt', reason: 'RECEIPT_INVALID', params: {} },
      ]);
    const otherCase = (await s.accepted()).id;
    expect(onlyError(await attach({ caseId: otherCase, receipt })).extensions.fields).toEqual([
      { field: 'input.receipt', reason: 'RECEIPT_MISMATCH', params: { subject: 'Case' } },
    ]);
    const colleague = await s.stack.tokenFor(['CENTRE_STAFF']);
    expect(onlyError(await attach({ caseId, receipt }, colleague)).extensions.fields).toEqual([
      { field: 'input.receipt', reason: 'RECEIPT_MISMATCH', params: { subject: 'Case' } },
    ]);
  });

  it('attaches a file to a handling step, shown on that step; the same bytes again answer the same attachment', async () => {
    await s.step('recordHandlingStep', caseId, { step: 'INVESTIGATED', note: '到工地核实' });
    const steps = await s.must<{ case: { timeline: { id: string; kind: string }[] } }>(
      'query($id: ID!) { case(id: $id) { timeline { id kind } } }',
      { id: caseId },
      s.staff,
    );
    const stepId = steps.case.timeline.filter((e) => e.kind === 'HANDLING_STEP').at(-1)!.id;
    const site = pdfSaying('Site visit record');
    const attached = await uploadAndAttach(caseId, '现场记录.pdf', site, { handlingStepId: stepId });
    const again = await uploadAndAttach(caseId, '现场记录（重传）.pdf', site, { handlingStepId: stepId });
    expect(again.id).toBe(attached.id);
    const onStep = await s.must<{ case: { timeline: { id: string; attachments: { id: string }[] }[] } }>(
      'query($id: ID!) { case(id: $id) { timeline { id attachments { id } } } }',
      { id: caseId },
      s.staff,
    );
    expect(onStep.case.timeline.find((e) => e.id === stepId)!.attachments).toEqual([{ id: attached.id }]);
    const wrongStep = onlyError(
      await attach({ caseId, receipt: await upload(caseId, 'x.jpg', JPEG), handlingStepId: caseId }),
    );
    expect(wrongStep).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.handlingStepId' });
  });
});
