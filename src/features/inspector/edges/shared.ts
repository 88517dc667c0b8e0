/** FunctionResponseTypes as a checkbox: ["ReportBatchItemFailures"] or []. */
export const reportFailures = {
  read: (v: unknown) => Array.isArray(v) && v.includes('ReportBatchItemFailures'),
  write: (on: boolean) => (on ? ['ReportBatchItemFailures'] : []),
};
