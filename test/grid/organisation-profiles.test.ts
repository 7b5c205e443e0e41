import { gridSubgraph } from '@onedoor/grid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { onlyError } from '../support/client';
import { type SubgraphHarness, startSubgraphHarness } from '../support/subgraph';

let server: SubgraphHarness;
let admin: string;
let org: string;

beforeAll(async () => {
  server = await startSubgraphHarness(gridSubgraph);
  admin = await server.tokenFor(['ADMIN']);
  const res = await server.gql<{ createOrganisation: { id: string } }>(
    'mutation { createOrganisation(input: { code: "SFJ", name: "县司法局", kind: DEPARTMENT }) { id } }',
    {},
    admin,
  );
  org = res.data!.createOrganisation.id;
});
afterAll(() => server.stop());

const SET = `mutation($i: SetOrganisationProfileInput!) { setOrganisationProfile(input: $i) { channels contacts { name title phone } } }`;
const READ = `query($id: ID!) { organisation(id: $id) { channels contacts { name phone } } }`;

it('records the routing channels an organisation accepts and its contacts; phones are masked outside the centre', async () => {
  const res = await server.gql<{ setOrganisationProfile: unknown }>(
    SET,
    {
      i: {
        organisationId: org,
        channels: ['PEOPLES_MEDIATION', 'LEGAL_SERVICES', 'PEOPLES_MEDIATION'],
        contacts: [{ name: '王科长', title: '科长', phone: '13912345678' }],
      },
    },
    admin,
  );
  expect(res.data?.setOrganisationProfile).toEqual({
    channels: ['PEOPLES_MEDIATION', 'LEGAL_SERVICES'],
    contacts: [{ name: '王科长', title: '科长', phone: '13912345678' }],
  });
  const partner = await server.gql<{ organisation: unknown }>(READ, { id: org }, await server.tokenFor(['PARTNER']));
  expect(partner.data?.organisation).toEqual({
    channels: ['PEOPLES_MEDIATION', 'LEGAL_SERVICES'],
    contacts: [{ name: '王科长', phone: '139****5678' }],
  });
});

it('an unknown organisation is bad input on input.organisationId', async () => {
  const err = onlyError(
    await server.gql(
      SET,
      { i: { organisationId: '00000000-0000-4000-8000-000000000009', channels: [], contacts: [] } },
      admin,
    ),
  );
  expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });
});
