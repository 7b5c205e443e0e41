import type { WorkCalendar } from '@onedoor/db';
import {
  type CaseRow,
  type CaseScope,
  createCaseAttachmentsRepository,
  createCaseReferencesRepository,
  createCaseStatisticsRepository,
  createCasesRepository,
  createCaseWorkflowRepository,
  createNoticesRepository,
  createRoutingRulesRepository,
} from '@onedoor/db/cases';
import { accessLogLoader, type BaseContext, byIdLoader, groupedOn, groupLoader } from '@onedoor/subgraph-kit';
import DataLoader from 'dataloader';
import { type CaseRules, rulesInForce } from './services/clock';
import { gridSubtrees } from './services/grid-subtree';
import { resolveScope } from './services/visibility';

/** A value computed at most once per request. */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= compute());
}

/** The rows of many cases (events, units, links …) in one statement per tick, grouped by case. */
const byCase = groupedOn('caseId');

/** Per-request loaders: a page of cases costs one statement for each kind of thing it shows. */
export function createLoaders(base: BaseContext) {
  const repo = createCasesRepository(base.db);
  const workflow = createCaseWorkflowRepository(base.db);
  const references = createCaseReferencesRepository(base.db);
  const statistics = createCaseStatisticsRepository(base.db);
  const routingRules = createRoutingRulesRepository(base.db);
  const attachments = createCaseAttachmentsRepository(base.db);
  const notices = createNoticesRepository(base.db);
  const scope = once<CaseScope>(() => resolveScope({ ctx: base }));
  const newest = (kind: 'person' | 'organisation' | 'mediator', openOnly: boolean) =>
    new DataLoader(async (keys: readonly string[]) => {
      const visible = repo.scoped(await scope());
      const answers = new Map<string, { nodes: CaseRow[]; totalCount: number }>();
      for (const first of new Set(keys.map((k) => Number(k.split('|')[1])))) {
        const ids = keys.filter((k) => Number(k.split('|')[1]) === first).map((k) => k.split('|')[0]!);
        const rows = await references.newestOf(kind, ids, { first, openOnly, visible });
        for (const id of ids) {
          const mine = rows.filter((r) => r.key === id);
          answers.set(`${id}|${first}`, {
            nodes: mine.slice(0, first).map((r) => r.case),
            totalCount: mine[0]?.total ?? 0,
          });
        }
      }
      return keys.map((k) => answers.get(k)!);
    });
  return {
    scope,
    rules: once<CaseRules>(async () => rulesInForce(await workflow.storedRules())),
    calendar: once<WorkCalendar>(() => workflow.calendar()),
    caseById: byIdLoader((ids) => repo.findByIds(ids)),
    petitionersByCase: byCase((ids) => repo.petitionersOf(ids)),
    eventsByCase: byCase((ids) => workflow.eventsOf(ids)),
    unitsByCase: byCase((ids) => workflow.unitsOf(ids)),
    linksByCase: byCase((ids) => workflow.linksOf(ids)),
    attachmentsByCase: byCase((ids) => workflow.attachmentsOf(ids)),
    attachmentById: byIdLoader((ids) => attachments.byIds(ids)),
    attachmentsByStep: groupLoader((ids) => attachments.ofHandlingSteps(ids), 'handlingStepId'),
    /** Download links issued in this request, one access-log insert per tick. */
    accessLog: accessLogLoader(base),
    noticesByCase: byCase((ids) => notices.noticesOf(ids)),
    noticeTemplatesInForce: once(() => notices.templatesInForce()),
    categoryById: byIdLoader((ids) => repo.categoriesByIds(ids)),
    subcategories: groupLoader((ids) => repo.subcategoriesOf(ids), 'parentId'),
    /** Each category's routing rule, its units in order. */
    routingUnitsByCategory: groupLoader((ids) => routingRules.unitsOfCategories(ids), 'categoryId'),
    /** Keys are `<id>|<first>`; one batch shares one `first`, as one GraphQL field does. */
    casesOfPerson: newest('person', false),
    openCasesOfOrganisation: newest('organisation', true),
    activeCasesOfMediator: newest('mediator', true),
    /** Keys are `<grid unit id>|<from ISO>|<to ISO>`; a batch's subtrees come from grid in one call per level. */
    caseStatsOfGridUnit: new DataLoader(async (keys: readonly string[]) => {
      const parsed = keys.map((k) => k.split('|') as [string, string, string]);
      const trees = await gridSubtrees({ ctx: base, roots: [...new Set(parsed.map((p) => p[0]))] });
      const visible = repo.scoped(await scope());
      const answers = new Map<string, { total: number; open: number; repeat: number; group: number; closed: number }>();
      for (const period of new Set(parsed.map((p) => `${p[1]}|${p[2]}`))) {
        const [from, to] = period.split('|');
        const roots = parsed.filter((p) => `${p[1]}|${p[2]}` === period).map((p) => p[0]);
        const rows = await statistics.byGridGroups(
          roots.map((key) => ({ key, gridUnitIds: trees.get(key) ?? [key] })),
          { from: new Date(from!), to: new Date(to!), gridUnitIds: null, organisationId: null, visible },
        );
        for (const root of roots)
          answers.set(
            `${root}|${period}`,
            rows.find((r) => r.key === root) ?? { total: 0, open: 0, repeat: 0, group: 0, closed: 0 },
          );
      }
      return keys.map((k) => answers.get(k)!);
    }),
    workloadOfMediator: new DataLoader(async (ids: readonly string[]) => {
      const rows = await references.openCountsByMediator(ids);
      return ids.map((id) => rows.find((r) => r.key === id)?.count ?? 0);
    }),
  };
}

export type CasesLoaders = ReturnType<typeof createLoaders>;
