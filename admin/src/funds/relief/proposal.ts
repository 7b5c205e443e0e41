import { fenOf } from '../amount';

/** The form's values to ProposeReliefApplicationInput: the amount typed in yuan goes as integer fen. */
export function proposalInput(values: Record<string, unknown>): Record<string, unknown> {
  return {
    fundId: values.fundId,
    personId: values.personId,
    caseId: values.caseId ?? null,
    townshipId: values.townshipId ?? null,
    vulnerability: values.vulnerability ?? null,
    amount: fenOf(values.amount),
    reason: values.reason,
  };
}
