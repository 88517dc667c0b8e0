import type { Flow } from '../../../model';

/**
 * The Region's Lambda concurrency, shared by all functions of a run. Functions with
 * reserved concurrency draw from their own reservation; the others share what is left:
 * account concurrency minus every reservation and minus the provisioned concurrency of
 * functions without one (provisioned environments are allocated from the account too).
 */
export class LambdaAccount {
  readonly unreservedPool: number;
  unreservedInUse = 0;
  readonly reservedTotal: number;

  constructor(flow: Flow) {
    let reserved = 0;
    let provisioned = 0;
    for (const n of flow.nodes) {
      if (n.kind !== 'function') continue;
      if (n.settings.reservedConcurrentExecutions !== null)
        reserved += n.settings.reservedConcurrentExecutions;
      else provisioned += n.settings.provisionedConcurrency;
    }
    this.reservedTotal = reserved;
    this.unreservedPool = Math.max(0, flow.run.accountConcurrency - reserved - provisioned);
  }

  /** AWS keeps at least 100 unreserved: a flow reserving more is not deployable. */
  get overReserved(): boolean {
    return this.reservedTotal > 0 && this.unreservedPool < 100;
  }
}

export const ACCOUNT_KEY = 'lambda.account';
