import { gridUnitsTable, type GridLevel, searchColumns } from '@onedoor/db/grid';
import { insertAll, twoDigits, type SeedContext } from './context';
import { COUNTY, createPlaceNamer, isStreet, TOWNSHIPS } from './names';
import type { Random } from './random';

/** The county of the articles counts 608 base grids; the demo county keeps that number. */
export const BASE_GRID_COUNT = 608;

type GridUnitInsert = typeof gridUnitsTable.$inferInsert;

export interface GridNode {
  id: string;
  name: string;
  code: string;
  path: string;
}

export interface SeededTownship extends GridNode {
  index: number;
  street: boolean;
}

export interface SeededVillage extends GridNode {
  township: SeededTownship;
}

export interface SeededBaseGrid extends GridNode {
  village: SeededVillage;
}

export interface SeededGrid {
  county: GridNode;
  townships: SeededTownship[];
  workAreaCount: number;
  villages: SeededVillage[];
  grids: SeededBaseGrid[];
  unitCount: number;
}

/** County → 18 townships/streets → 2–3 work areas each → villages/communities → 608 base grids. */
export async function seedGrid(ctx: SeedContext): Promise<SeededGrid> {
  const random = ctx.random('grid');
  const namer = createPlaceNamer(random);
  const rows: GridUnitInsert[] = [];
  const stamp = { createdAt: ctx.now, updatedAt: ctx.now };
  const add = (parent: GridNode | null, level: GridLevel, depth: number, name: string, code: string): GridNode => {
    const id = random.uuid();
    const path = `${parent?.path ?? '/'}${id}/`;
    const search = searchColumns({ code, name, shortName: null, aliases: [] });
    rows.push({ id, code, name, level, parentId: parent?.id ?? null, path, depth, ...search, ...stamp });
    return { id, name, code, path };
  };

  const county = add(null, 'COUNTY', 0, COUNTY.name, COUNTY.code);
  const townships: SeededTownship[] = [];
  const villages: SeededVillage[] = [];
  let workAreaCount = 0;
  TOWNSHIPS.forEach((name, index) => {
    const township = {
      ...add(county, 'TOWNSHIP', 1, name, `${county.code}-${twoDigits(index + 1)}`),
      index,
      street: isStreet(name),
    };
    townships.push(township);
    const areas = random.int(2, 3);
    for (let a = 1; a <= areas; a += 1) {
      const names = Array.from({ length: random.int(township.street ? 3 : 2, 4) }, () =>
        township.street ? namer.community() : namer.village(),
      );
      const areaName = `${(names[0] ?? '').replace(/(社区|村)$/, '')}工作区`;
      const area = add(township, 'WORK_AREA', 2, areaName, `${township.code}-${twoDigits(a)}`);
      workAreaCount += 1;
      names.forEach((villageName, v) => {
        villages.push({ ...add(area, 'VILLAGE', 3, villageName, `${area.code}-${twoDigits(v + 1)}`), township });
      });
    }
  });

  const grids: SeededBaseGrid[] = [];
  gridsPerVillage(villages.length, random).forEach((count, v) => {
    const village = villages[v] as SeededVillage;
    for (let g = 1; g <= count; g += 1) {
      grids.push({
        ...add(village, 'GRID', 4, `${village.name}第${g}网格`, `${village.code}-${twoDigits(g)}`),
        village,
      });
    }
  });

  await insertAll(ctx.tx, gridUnitsTable, rows);
  return { county, townships, workAreaCount, villages, grids, unitCount: rows.length };
}

/** Shares the base grids out so every village has a few and the county total is exact. */
function gridsPerVillage(villageCount: number, random: Random): number[] {
  const floor = Math.min(3, Math.floor(BASE_GRID_COUNT / villageCount));
  const cap = Math.max(7, Math.ceil(BASE_GRID_COUNT / villageCount) + 1);
  const counts = Array.from({ length: villageCount }, () => floor);
  let remaining = BASE_GRID_COUNT - floor * villageCount;
  while (remaining > 0) {
    const v = random.int(0, villageCount - 1);
    if ((counts[v] ?? 0) < cap) {
      counts[v] = (counts[v] ?? 0) + 1;
      remaining -= 1;
    }
  }
  return counts;
}
