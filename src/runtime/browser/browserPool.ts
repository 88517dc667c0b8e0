import { HandlerPool, type PoolOptions } from '../pool';
import { createSandboxPlatform } from './sandboxPlatform';

export interface BrowserHandlerPool {
  pool: HandlerPool;
  /** Ends the workers and removes the sandbox frame. */
  dispose(): void;
}

/** A handler pool whose workers live in the sandbox frame; `source` is the bundled worker. */
export async function createBrowserHandlerPool(
  source: string,
  options: PoolOptions = {},
): Promise<BrowserHandlerPool> {
  const platform = await createSandboxPlatform(source);
  const pool = new HandlerPool(platform, options);
  return {
    pool,
    dispose() {
      pool.close();
      platform.dispose();
    },
  };
}
