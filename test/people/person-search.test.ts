import { createFieldCipher, type OpenedDatabase } from '@onedoor/db';
import { createPeopleRepository, createPersonSearchRepository, personsTable } from '@onedoor/db/people';
import { peopleSubgraph } from '@onedoor/people';
import { personLookup } from '@onedoor/people/search-keys';
import { loadConfig } from '@onedoor/subgraph-kit';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reindexPersons } from '../../subgraphs/people/src/services/reindex-persons';
import { openTestDatabase } from '../support/database';
import { startSubgraphHarness, type SubgraphHarness } from '../support/subgraph';
import { nationalId } from './people-server';

/**
 * Persons found by what a clerk types (the people half of the cases search): through blind indexes that
 * registration writes, that the subgraph fills in at start for rows stored before them, and that follow the
 * data key when it is rotated.
 */
let opened: OpenedDatabase;
let server: SubgraphHarness;
let staff: string;
let legacyId: string;
const ID = nationalId('19850312', 3);

const MATCHING = 'query($s: String!) { personIdsMatching(search: $s) }';
async function matching(search: string, token = staff): Promise<string[]> {
  const res = await server.gql<{ personIdsMatching: string[] }>(MATCHING, { s: search }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.personIdsMatching;
}
async function register(input: Record<string, unknown>): Promise<string> {
  const res = await server.gql<{ registerPerson: { id: string } }>(
    'mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }',
    { i: input },
    staff,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.registerPerson.id;
}

beforeAll(async () => {
  opened = await openTestDatabase();
  // A person stored before the name and last-four indexes existed: encrypted phone and its hash, nothing else.
  const cipher = createFieldCipher(loadConfig({ NODE_ENV: 'test' }).dataKey);
  legacyId = (
    await createPeopleRepository(opened.db).insertPerson({
      name: '王秀英',
      phoneEnc: cipher.encrypt('13905397788'),
      phoneHash: cipher.hash('13905397788'),
    })
  ).id;
  server = await startSubgraphHarness(peopleSubgraph, { database: opened });
  staff = await server.tokenFor(['CENTRE_STAFF']);
});
afterAll(async () => {
  await server?.stop();
  await opened?.close();
});

describe('personIdsMatching', () => {
  it('starting the subgraph filled in the indexes of a person stored before them', async () => {
    const [row] = await server.db.select().from(personsTable).where(eq(personsTable.id, legacyId));
    expect(row!.indexKeyVersion).toBe(1);
    expect(await matching('王秀英')).toEqual([legacyId]);
    expect(await matching('7788')).toEqual([legacyId]);
    expect(await matching('139-0539-7788')).toEqual([legacyId]);
  });

  it('finds a registered person by name, first two characters, phone as typed, last four digits and id', async () => {
    const id = await register({ name: '李建国', phone: '138 0531 2468', nationalId: ID.toLowerCase() });
    for (const term of ['李建国', '李建', '138-0531-2468', '+8613805312468', '2468', ID.toLowerCase()])
      expect(await matching(term)).toEqual([id]);
    expect(await matching('2469')).toEqual([]);
    expect(await matching('')).toEqual([]);
  });

  it('answers a merged record together with the person it was merged into', async () => {
    const survivor = await register({ name: '赵明远', phone: '13605391111' });
    const duplicate = await register({ name: '赵明远', phone: '13605392222' });
    const merged = await server.gql(
      'mutation($i: MergePersonsInput!) { mergePersons(input: $i) { id } }',
      { i: { survivorId: survivor, duplicateId: duplicate } },
      staff,
    );
    expect(merged.errors).toBeUndefined();
    expect((await matching('13605392222')).sort()).toEqual([survivor, duplicate].sort());
    expect((await matching('13605391111')).sort()).toEqual([survivor, duplicate].sort());
  });

  it('is refused to partner agencies, who see persons only through their cases', async () => {
    const res = await server.gql(MATCHING, { s: '李建国' }, await server.tokenFor(['PARTNER']));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('rotating the data key', () => {
  it('re-indexes every person under the new key; until then the retired key still finds them', async () => {
    const oldKey = server.config.dataKey;
    const rotating = createFieldCipher(`2:a-brand-new-data-key-for-the-test 1:${oldKey}`);
    const newOnly = createFieldCipher('2:a-brand-new-data-key-for-the-test');
    const search = createPersonSearchRepository(server.db);
    const find = (cipher: typeof rotating, term: string) => search.personIdsMatching(personLookup(cipher, term), 10);
    const everyone = (await server.db.select({ id: personsTable.id }).from(personsTable)).length;

    expect(await find(rotating, '李建国')).toHaveLength(1);
    expect(await find(newOnly, '李建国')).toEqual([]);
    expect(await search.countToReindex(2)).toBe(everyone);

    expect(await reindexPersons({ db: server.db, cipher: rotating, batchSize: 2 })).toEqual({ reindexed: everyone });
    expect(await search.countToReindex(2)).toBe(0);
    expect(await reindexPersons({ db: server.db, cipher: rotating })).toEqual({ reindexed: 0 });

    for (const term of ['李建国', '李建', '13805312468', '2468', ID, '王秀英', '7788'])
      expect(await find(newOnly, term)).toHaveLength(1);
    const [row] = await server.db.select().from(personsTable).where(eq(personsTable.id, legacyId));
    expect(row!.indexKeyVersion).toBe(2);
    expect(newOnly.decrypt(row!.phoneEnc!)).toBe('13905397788');
  });
});
