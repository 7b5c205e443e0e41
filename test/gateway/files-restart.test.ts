import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFieldCipher, type OpenedDatabase } from '@onedoor/db';
import { categoriesTable } from '@onedoor/db/cases';
import { seedDemo } from '@onedoor/gateway/seed';
import { loadConfig } from '@onedoor/subgraph-kit';
import { isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { JPEG, pdfSaying, startS3Server, uploadWith } from '../support/files';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * Uploaded files outlive the processes that took them: the stack stops and starts again on the same database
 * and the same store, the local directory or an S3-compatible bucket (s3rver, itself restarted), and the case
 * still has its files, byte for byte.
 */

async function mustGql<T>(stack: TestStack, query: string, variables: Record<string, unknown>, token: string) {
  const res = await stack.gql<T>(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/** Registers a case as centre staff and attaches a photo and a letter to it through the gateway. */
async function caseWithFiles(stack: TestStack) {
  const staff = await stack.login('staff');
  const refs = await mustGql<{ persons: { nodes: { id: string }[] }; gridUnits: { nodes: { id: string }[] } }>(
    stack,
    '{ persons(first: 1) { nodes { id } } gridUnits(first: 1, filter: { level: GRID }) { nodes { id } } }',
    {},
    staff,
  );
  const [category] = await stack.db.select().from(categoriesTable).where(isNotNull(categoriesTable.parentId));
  const { registerCase } = await mustGql<{ registerCase: { id: string } }>(
    stack,
    'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id } }',
    {
      i: {
        channel: 'VISIT',
        categoryId: category!.id,
        title: '重启后附件仍在',
        description: '上传后重启',
        petitionerIds: [refs.persons.nodes[0]!.id],
        gridUnitId: refs.gridUnits.nodes[0]!.id,
        contactPhone: '13800001111',
      },
    },
    staff,
  );
  const origin = new URL(stack.gatewayUrl).origin;
  for (const [fileName, bytes] of [
    ['照片.jpg', JPEG],
    ['信.pdf', pdfSaying('Kept across a restart')],
  ] as const) {
    const { requestCaseUpload } = await mustGql<{ requestCaseUpload: { url: string; method: string } }>(
      stack,
      'mutation($i: RequestCaseUploadInput!) { requestCaseUpload(input: $i) { url method } }',
      { i: { caseId: registerCase.id, fileName, size: bytes.byteLength } },
      staff,
    );
    const { body } = await uploadWith(origin, requestCaseUpload, bytes);
    await mustGql(
      stack,
      'mutation($i: AttachCaseFileInput!) { attachCaseFile(input: $i) { id } }',
      { i: { caseId: registerCase.id, receipt: body.receipt } },
      staff,
    );
  }
  return registerCase.id;
}

/** The case's files as another role reads them after the restart, downloaded through the gateway. */
async function filesAfterRestart(stack: TestStack, caseId: string) {
  const leader = await stack.login('leader');
  const { case: found } = await mustGql<{ case: { attachments: { name: string; downloadUrl: string }[] } }>(
    stack,
    'query($id: ID!) { case(id: $id) { attachments { name downloadUrl } } }',
    { id: caseId },
    leader,
  );
  const origin = new URL(stack.gatewayUrl).origin;
  return Promise.all(
    found.attachments.map(async (a) => {
      const res = await fetch(origin + a.downloadUrl);
      return { name: a.name, status: res.status, bytes: new Uint8Array(await res.arrayBuffer()) };
    }),
  );
}

describe('uploaded files survive a restart', () => {
  let database: OpenedDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
    await seedDemo({ db: database.db, cipher: createFieldCipher(loadConfig({ NODE_ENV: 'test' }).dataKey) });
  });
  afterAll(() => database?.close());

  it('on the local store: the same directory after a stop and a start', async () => {
    const filesDir = mkdtempSync(join(tmpdir(), 'onedoor-files-restart-'));
    try {
      const first = await startTestStack({ database, seed: false, filesDir });
      const caseId = await caseWithFiles(first);
      await first.stop();

      const second = await startTestStack({ database, filesDir, seed: false });
      try {
        const files = await filesAfterRestart(second, caseId);
        expect(files.map((f) => [f.name, f.status])).toEqual([
          ['照片.jpg', 200],
          ['信.pdf', 200],
        ]);
        expect(files[0]!.bytes).toEqual(JPEG);
        expect(files[1]!.bytes).toEqual(pdfSaying('Kept across a restart'));
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(filesDir, { recursive: true, force: true });
    }
  });

  it('on an S3-compatible store: the bucket after the stack and the store itself restart', async () => {
    const s3 = await startS3Server();
    // A local directory is configured too: the bucket takes precedence, and nothing is written here.
    const unused = mkdtempSync(join(tmpdir(), 'onedoor-unused-'));
    try {
      const first = await startTestStack({ database, seed: false, filesDir: unused, env: s3.env });
      const caseId = await caseWithFiles(first);
      await first.stop();
      await s3.restart();

      const second = await startTestStack({ database, seed: false, filesDir: unused, env: s3.env });
      try {
        const files = await filesAfterRestart(second, caseId);
        expect(files.map((f) => [f.name, f.status])).toEqual([
          ['照片.jpg', 200],
          ['信.pdf', 200],
        ]);
        expect(files[0]!.bytes).toEqual(JPEG);
      } finally {
        await second.stop();
      }
      expect(readdirSync(unused)).toEqual([]);
    } finally {
      await s3.stop();
      rmSync(unused, { recursive: true, force: true });
    }
  });
});
