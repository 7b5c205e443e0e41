import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { lockUntilCommit, rowsWhereIn } from '../shared/rows';
import { countWhere } from '../shared/sql';
import {
  type GeoJsonArea,
  gridEventsTable,
  type GridStaffRole,
  type GridStaffRow,
  gridStaffTable,
  gridUnitDetailsTable,
  gridUnitsTable,
  organisationsTable,
} from './tables';

/** Tree changes, staffing and boundaries of grid units; reading the tree is in repository.ts. */
export function createGridTreeRepository(db: Executor) {
  return {
    /** Serialises every change of the tree's shape, so two moves never interleave their path rewrites. */
    lockTree: (): Promise<void> => lockUntilCommit(db, 'grid.grid_units.tree'),

    /**
     * Moves a unit and its whole subtree under a new parent in ONE statement: every path below the
     * unit starts with the unit's path, so replacing the old parent's prefix with the new parent's
     * rewrites them all, and depths shift by the same amount.
     */
    async moveSubtree(move: {
      id: string;
      path: string;
      depth: number;
      newParentId: string;
      newParentPath: string;
      newParentDepth: number;
      at: Date;
    }): Promise<number> {
      const oldParentPath = move.path.slice(0, move.path.length - move.id.length - 1);
      const shift = move.newParentDepth + 1 - move.depth;
      const rows = await db
        .update(gridUnitsTable)
        .set({
          path: sql`${move.newParentPath} || substr(${gridUnitsTable.path}, ${oldParentPath.length + 1})`,
          depth: sql`${gridUnitsTable.depth} + ${shift}`,
          parentId: sql`case when ${gridUnitsTable.id} = ${move.id} then ${move.newParentId}::uuid else ${gridUnitsTable.parentId} end`,
          updatedAt: move.at,
        })
        .where(like(gridUnitsTable.path, `${move.path}%`))
        .returning({ id: gridUnitsTable.id });
      return rows.length;
    },

    /** What still hangs on a unit inside the grid schema: child units, organisations serving it, grid events. */
    async dependants(id: string): Promise<{ children: number; organisations: number; gridEvents: number }> {
      return {
        children: await countWhere(db, gridUnitsTable, eq(gridUnitsTable.parentId, id)),
        organisations: await countWhere(db, organisationsTable, eq(organisationsTable.gridUnitId, id)),
        gridEvents: await countWhere(db, gridEventsTable, eq(gridEventsTable.gridUnitId, id)),
      };
    },

    async deleteGridUnit(id: string): Promise<void> {
      await db.delete(gridStaffTable).where(eq(gridStaffTable.gridUnitId, id));
      await db.delete(gridUnitDetailsTable).where(eq(gridUnitDetailsTable.gridUnitId, id));
      await db.delete(gridUnitsTable).where(eq(gridUnitsTable.id, id));
    },

    findStaff: (gridUnitIds: readonly string[]): Promise<GridStaffRow[]> =>
      rowsWhereIn(
        db,
        gridStaffTable,
        gridStaffTable.gridUnitId,
        gridUnitIds,
        asc(gridStaffTable.role),
        asc(gridStaffTable.position),
      ),

    async replaceStaff(gridUnitId: string, role: GridStaffRole, personIds: readonly string[]): Promise<void> {
      await db
        .delete(gridStaffTable)
        .where(and(eq(gridStaffTable.gridUnitId, gridUnitId), eq(gridStaffTable.role, role)));
      if (personIds.length === 0) return;
      await db
        .insert(gridStaffTable)
        .values(personIds.map((personId, position) => ({ gridUnitId, role, personId, position })));
    },

    findBoundaries(gridUnitIds: readonly string[]): Promise<{ gridUnitId: string; boundary: GeoJsonArea | null }[]> {
      if (gridUnitIds.length === 0) return Promise.resolve([]);
      return db
        .select({ gridUnitId: gridUnitDetailsTable.gridUnitId, boundary: gridUnitDetailsTable.boundary })
        .from(gridUnitDetailsTable)
        .where(inArray(gridUnitDetailsTable.gridUnitId, [...gridUnitIds]));
    },

    async setBoundary(gridUnitId: string, boundary: GeoJsonArea | null, at: Date): Promise<void> {
      await db
        .insert(gridUnitDetailsTable)
        .values({ gridUnitId, boundary, createdAt: at, updatedAt: at })
        .onConflictDoUpdate({ target: gridUnitDetailsTable.gridUnitId, set: { boundary, updatedAt: at } });
    },
  };
}
