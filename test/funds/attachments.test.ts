import { sha256Hex } from '@onedoor/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyError } from '../support/client';
import { JPEG, pdfSaying, uploadWith, WINDOWS_EXE } from '../support/files';
import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
let origin: string;
let staff: string;
let officer: string;
let approver: string;
beforeAll(async () => {
  stack = await startTestStack();
  origin = new URL(stack.gatewayUrl).origin;
  [staff, officer, approver] = await Promise.all([
    stack.login('staff'),
    stack.login('fund-officer'),
    stack.login('fund-approver'),
  ]);
});
afterAll(() => stack?.stop());

async function must<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await stack.gql<T>(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/** The upload mutation, the attach mutation and the id field of one kind of funds record. */
const KINDS = {
  application: {
    request: 'requestReliefApplicationUpload',
    attach: 'attachReliefApplicationFile',
    key: 'applicationId',
  },
  matter: { request: 'requestLegalAidMatterUpload', attach: 'attachLegalAidMatterFile', key: 'matterId' },
} as const;
const inputType = (name: string) => `${name[0]!.toUpperCase()}${name.slice(1)}Input`;

async function requestTicket(kind: keyof typeof KINDS, id: string, fileName: string, size: number, token: string) {
  const k = KINDS[kind];
  return stack.gql<Record<string, { url: string; method: string }>>(
    `mutation($i: ${inputType(k.request)}!) { ${k.request}(input: $i) { url method } }`,
    { i: { [k.key]: id, fileName, size } },
    token,
  );
}

async function uploadAndAttach(
  kind: keyof typeof KINDS,
  id: string,
  fileName: string,
  bytes: Uint8Array,
  token: string,
) {
  const k = KINDS[kind];
  const ticket = await requestTicket(kind, id, fileName, bytes.byteLength, token);
  if (ticket.errors) throw new Error(JSON.stringify(ticket.errors));
  const { body } = await uploadWith(origin, ticket.data![k.request]!, bytes);
  return stack.gql<Record<string, { id: string; name: string; mediaType: string; checksum: string }>>(
    `mutation($i: ${inputType(k.attach)}!) { ${k.attach}(input: $i) { id name mediaType checksum } }`,
    { i: { [k.key]: id, receipt: body.receipt } },
    token,
  );
}

const download = async (url: string) => new Uint8Array(await (await fetch(origin + url)).arrayBuffer());

describe('files of relief applications and legal-aid matters', () => {
  it('a fund officer attaches hardship evidence to an application; the approver opens it; others get nothing', async () => {
    const { cases } = await must<{ cases: { nodes: { id: string; petitioners: { id: string }[] }[] } }>(
      '{ cases(first: 1, filter: { status: [IN_HANDLING] }) { nodes { id petitioners { id } } } }',
      {},
      staff,
    );
    const { funds } = await must<{ funds: { nodes: { id: string; code: string }[] } }>(
      '{ funds(first: 50) { nodes { id code } } }',
      {},
      officer,
    );
    const c = cases.nodes[0]!;
    const { proposeReliefApplication: application } = await must<{ proposeReliefApplication: { id: string } }>(
      'mutation($i: ProposeReliefApplicationInput!) { proposeReliefApplication(input: $i) { id } }',
      {
        i: {
          fundId: funds.nodes.find((f) => f.code === 'JJ-XFJZ')!.id,
          personId: c.petitioners[0]!.id,
          caseId: c.id,
          amount: '50000',
          reason: '因病致贫',
        },
      },
      officer,
    );
    const certificate = pdfSaying('Hospital diagnosis');
    const attached = await uploadAndAttach('application', application.id, '诊断证明.pdf', certificate, officer);
    expect(attached.data!.attachReliefApplicationFile).toMatchObject({
      name: '诊断证明.pdf',
      mediaType: 'application/pdf',
      checksum: sha256Hex(certificate),
    });

    const read = await must<{ reliefApplication: { attachments: { name: string; downloadUrl: string }[] } }>(
      'query($id: ID!) { reliefApplication(id: $id) { attachments { name downloadUrl } } }',
      { id: application.id },
      approver,
    );
    expect(read.reliefApplication.attachments.map((a) => a.name)).toEqual(['诊断证明.pdf']);
    expect(await download(read.reliefApplication.attachments[0]!.downloadUrl)).toEqual(certificate);

    // Centre staff read funds but propose no relief: no upload; a handler reads no funds at all.
    expect(onlyError(await requestTicket('application', application.id, 'x.jpg', 10, staff)).code).toBe('FORBIDDEN');
    const handler = await stack.login('handler');
    const hidden = await stack.gql(
      'query($id: ID!) { reliefApplication(id: $id) { attachments { downloadUrl } } }',
      { id: application.id },
      handler,
    );
    expect(onlyError(hidden).code).toBe('FORBIDDEN');
    // Nor does an executable called a photo pass the door.
    const exe = await requestTicket('application', application.id, '收入证明.jpg', WINDOWS_EXE.byteLength, officer);
    expect((await uploadWith(origin, exe.data!.requestReliefApplicationUpload!, WINDOWS_EXE)).status).toBe(415);
  });

  it('centre staff attach a document to a legal-aid matter until it is concluded', async () => {
    const { persons } = await must<{ persons: { nodes: { id: string }[] } }>(
      '{ persons(first: 1) { nodes { id } } }',
      {},
      staff,
    );
    const { openLegalAidMatter: matter } = await must<{ openLegalAidMatter: { id: string; version: number } }>(
      'mutation($i: OpenLegalAidMatterInput!) { openLegalAidMatter(input: $i) { id version } }',
      { i: { kind: 'DOCUMENT_DRAFTING', personId: persons.nodes[0]!.id, summary: '代写劳动仲裁申请书' } },
      staff,
    );
    const attached = await uploadAndAttach('matter', matter.id, '劳动合同.jpg', JPEG, staff);
    expect(attached.errors).toBeUndefined();
    const { legalAidMatters } = await must<{
      legalAidMatters: { nodes: { id: string; attachments: { name: string; downloadUrl: string }[] }[] };
    }>('{ legalAidMatters(first: 50) { nodes { id attachments { name downloadUrl } } } }', {}, officer);
    const listed = legalAidMatters.nodes.find((m) => m.id === matter.id)!;
    expect(listed.attachments.map((a) => a.name)).toEqual(['劳动合同.jpg']);
    expect(await download(listed.attachments[0]!.downloadUrl)).toEqual(JPEG);

    await must(
      'mutation($i: RecordLegalAidProgressInput!) { recordLegalAidProgress(input: $i) { status } }',
      { i: { matterId: matter.id, version: matter.version, conclude: true } },
      staff,
    );
    const closed = onlyError(await requestTicket('matter', matter.id, 'late.pdf', 10, staff));
    expect(closed).toMatchObject({ code: 'CONFLICT', field: 'input.matterId' });
  });
});
