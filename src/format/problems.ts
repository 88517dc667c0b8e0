/** A semantic problem of a flow: listed in the Problems panel, and refused on load when an error. */
export interface Problem {
  severity: 'error' | 'warning';
  /** JSON path into the flow, e.g. `edges[3].settings.batchSize`. */
  path: string;
  message: string;
  nodeId?: string;
  edgeId?: string;
}

/** Checkers that live in other layers (the pattern engine is in sim/), injected by the caller. */
export interface FlowCheckers {
  /** Every reason an EventBridge event pattern is invalid; [] when it is valid. */
  eventPattern?: (pattern: unknown) => string[];
  /** Every reason an SNS filter policy is invalid for its scope; [] when it is valid. */
  filterPolicy?: (policy: unknown, scope: 'MessageAttributes' | 'MessageBody') => string[];
}
