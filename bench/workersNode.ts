// The Node pool lives with the CLI now; benchmarks and runtime tests import it from here.
export { nodeHandlerPlatform, nodeHandlerPool } from '../src/cli/nodePool';
