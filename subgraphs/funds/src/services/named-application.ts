import { createApplicationsRepository, type ReliefApplicationRow } from '@onedoor/db/funds';
import { type BaseContext, loadNamed, type ServiceCall } from '@onedoor/subgraph-kit';

/** The relief application a service's input names (`input.applicationId`), or NOT_FOUND. */
export function namedApplication({
  ctx,
  input,
}: ServiceCall<BaseContext, { applicationId: string }>): Promise<ReliefApplicationRow> {
  return loadNamed('Relief application', input, 'applicationId', createApplicationsRepository(ctx.db).byIds);
}
