import {
  createGridRepository,
  createOrganisationProfilesRepository,
  type OrganisationContact,
  type OrganisationFilter,
  type OrganisationKind,
  type OrganisationRow,
  organisationsTable,
  type RoutingChannel,
} from '@onedoor/db';
import { badInput, type Connection, type Context, type PageArgs, paginate, recordAudit } from '@onedoor/subgraph-kit';
import type { GridLoaders } from '../loaders';
import { duplicateCode, withUniqueCode } from './unique';

type GridContext = Context<GridLoaders>;

export interface CreateOrganisationValues {
  code: string;
  name: string;
  kind: OrganisationKind;
  parentId?: string | null | undefined;
  gridUnitId?: string | null | undefined;
  phone?: string | null | undefined;
  address?: string | null | undefined;
}

export interface ListOrganisationsArgs extends PageArgs {
  filter: OrganisationFilter;
  orderBy: { field: 'CODE' | 'NAME'; direction: 'ASC' | 'DESC' };
}

export async function createOrganisation({
  input,
  ctx,
}: {
  input: CreateOrganisationValues;
  ctx: GridContext;
}): Promise<OrganisationRow> {
  return withUniqueCode(input.code, 'organisation', () =>
    ctx.db.transaction(async (tx) => {
      const repo = createGridRepository(tx);
      if (input.parentId && (await repo.findOrganisationsByIds([input.parentId])).length === 0) {
        throw badInput(
          'input.parentId',
          `No organisation has the id '${input.parentId}': pick the parent from organisations.`,
        );
      }
      if (input.gridUnitId && (await repo.findGridUnitsByIds([input.gridUnitId])).length === 0) {
        throw badInput(
          'input.gridUnitId',
          `No grid unit has the id '${input.gridUnitId}': pick the area it serves from gridUnits.`,
        );
      }
      const holder = await repo.findOrganisationByCode(input.code);
      if (holder) throw duplicateCode(input.code, 'organisation', holder.name);
      const row = await repo.insertOrganisation({
        code: input.code,
        name: input.name,
        kind: input.kind,
        parentId: input.parentId ?? null,
        gridUnitId: input.gridUnitId ?? null,
        phone: input.phone || null,
        address: input.address || null,
      });
      await recordAudit(tx, ctx, {
        subgraph: 'grid',
        action: 'createOrganisation',
        entityType: 'Organisation',
        entityId: row.id,
        data: { code: row.code, name: row.name, kind: row.kind, parentId: row.parentId, gridUnitId: row.gridUnitId },
      });
      return row;
    }),
  );
}

export function listOrganisations({
  args,
  ctx,
}: {
  args: ListOrganisationsArgs;
  ctx: GridContext;
}): Promise<Connection<OrganisationRow>> {
  const repo = createGridRepository(ctx.db);
  const byName = args.orderBy.field === 'NAME';
  return paginate<OrganisationRow>({
    args,
    sort: {
      column: byName ? organisationsTable.name : organisationsTable.code,
      direction: args.orderBy.direction,
      value: (r) => (byName ? r.name : r.code),
    },
    idColumn: organisationsTable.id,
    fetch: (page) => repo.listOrganisations(args.filter, page),
    count: () => repo.countOrganisations(args.filter),
  });
}

/** Sets which routing channels an organisation accepts and its contacts, replacing what was there. */
export async function setOrganisationProfile({
  input,
  ctx,
}: {
  input: { organisationId: string; channels: RoutingChannel[]; contacts: OrganisationContact[] };
  ctx: GridContext;
}): Promise<OrganisationRow> {
  const [organisation] = await createGridRepository(ctx.db).findOrganisationsByIds([input.organisationId]);
  if (!organisation)
    throw badInput(
      'input.organisationId',
      `No organisation has the id '${input.organisationId}': pick one from organisations.`,
    );
  return ctx.db.transaction(async (tx) => {
    await createOrganisationProfilesRepository(tx).setProfile(
      organisation.id,
      { channels: input.channels, contacts: input.contacts },
      ctx.clock.now(),
    );
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'setOrganisationProfile',
      entityType: 'Organisation',
      entityId: organisation.id,
      data: { channels: input.channels, contacts: input.contacts.length },
    });
    return organisation;
  });
}
