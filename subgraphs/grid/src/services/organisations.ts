import {
  createGridRepository,
  createOrganisationProfilesRepository,
  type OrganisationContact,
  type OrganisationFilter,
  type OrganisationKind,
  type OrganisationRow,
  organisationsTable,
  type RoutingChannel,
} from '@onedoor/db/grid';
import { type PageArgs, paginate } from '@onedoor/subgraph-kit';
import type { GridCall, GridContext } from '../context';
import { changeGrid } from './audit';
import { type CodeOrNameOrder, codeOrNameSort, namesOf } from './listing';
import { requireGridUnit, requireOrganisation } from './references';
import { duplicateCode, withUniqueCode } from './unique';

export interface CreateOrganisationValues {
  code: string;
  name: string;
  kind: OrganisationKind;
  parentId?: string | null | undefined;
  gridUnitId?: string | null | undefined;
  phone?: string | null | undefined;
  address?: string | null | undefined;
  shortName: string | null;
  aliases: string[];
}

export interface ListOrganisationsArgs extends PageArgs {
  filter: OrganisationFilter;
  orderBy: CodeOrNameOrder;
}

export async function createOrganisation({ input, ctx }: GridCall<CreateOrganisationValues>): Promise<OrganisationRow> {
  return withUniqueCode(input.code, 'organisation', () =>
    changeGrid(ctx, 'createOrganisation', async (tx) => {
      const repo = createGridRepository(tx);
      if (input.parentId) {
        const ref = ['input.parentId', input.parentId] as const;
        await requireOrganisation({ db: tx, ref, hint: 'pick the parent from organisations' });
      }
      if (input.gridUnitId) {
        const ref = ['input.gridUnitId', input.gridUnitId] as const;
        await requireGridUnit({ db: tx, ref, hint: 'pick the area it serves from gridUnits' });
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
        shortName: input.shortName,
        aliases: input.aliases,
      });
      const { code, name, kind, parentId, gridUnitId } = row;
      return {
        result: row,
        entityId: row.id,
        data: { code, name, kind, parentId, gridUnitId, ...namesOf(row) },
      };
    }),
  );
}

/** Organisations matching a filter, in the order asked for. */
export function listOrganisations({ args, ctx }: { args: ListOrganisationsArgs; ctx: GridContext }) {
  const rows = createGridRepository(ctx.db).organisationsMatching(args.filter);
  return paginate<OrganisationRow>({ args, sort: codeOrNameSort(args.orderBy, organisationsTable), ...rows });
}

/**
 * Sets which routing channels an organisation accepts and its contacts, replacing what was there, and its short
 * name and aliases where given (left out, they stay).
 */
export async function setOrganisationProfile({
  input,
  ctx,
}: GridCall<{
  organisationId: string;
  channels: RoutingChannel[];
  contacts: OrganisationContact[];
  shortName?: string | null | undefined;
  aliases?: string[] | undefined;
}>): Promise<OrganisationRow> {
  const organisation = await requireOrganisation({ db: ctx.db, ref: ['input.organisationId', input.organisationId] });
  return changeGrid(ctx, 'setOrganisationProfile', async (tx) => {
    const at = ctx.clock.now();
    await createOrganisationProfilesRepository(tx).setProfile(
      organisation.id,
      { channels: input.channels, contacts: input.contacts },
      at,
    );
    const renamed = input.shortName !== undefined || input.aliases !== undefined;
    const names = {
      shortName: input.shortName === undefined ? organisation.shortName : input.shortName,
      aliases: input.aliases ?? organisation.aliases,
    };
    const result = renamed
      ? await createGridRepository(tx).setOrganisationNames(organisation, names, at)
      : organisation;
    return {
      result,
      entityId: organisation.id,
      data: { channels: input.channels, contacts: input.contacts.length, ...(renamed ? names : {}) },
    };
  });
}
