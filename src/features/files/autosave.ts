export type AutosaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface AutosaveDeps<D> {
  /** Calls back on every document change. */
  subscribe: (listener: () => void) => () => void;
  /** The current document and its revision (bumped on every change). */
  read: () => { doc: D; revision: number };
  write: (doc: D) => Promise<void>;
  onState: (state: AutosaveState, error?: unknown) => void;
  delayMs: number;
}

/**
 * Saves the document `delayMs` after the last change (debounced) and on `flush()`, one write at
 * a time; a change during a write schedules another. Framework-free: a hook only creates it.
 */
export function createAutosave<D>(deps: AutosaveDeps<D>): {
  flush: () => Promise<void>;
  destroy: () => void;
} {
  let savedRevision = deps.read().revision;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> | null = null;
  let destroyed = false;

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), deps.delayMs);
  };

  const flush = async (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (writing) {
      await writing;
      return flush();
    }
    const { doc, revision } = deps.read();
    if (revision === savedRevision) return;
    deps.onState('saving');
    let failed = false;
    writing = deps.write(doc).then(
      () => {
        savedRevision = revision;
        if (!destroyed) deps.onState(deps.read().revision === revision ? 'saved' : 'pending');
      },
      (e: unknown) => {
        failed = true;
        deps.onState('error', e);
      },
    );
    await writing;
    writing = null;
    // After a failure the next change retries, rather than a loop against a full disk.
    if (!destroyed && !failed && deps.read().revision !== savedRevision && !timer) schedule();
  };

  const unsubscribe = deps.subscribe(() => {
    if (deps.read().revision === savedRevision) return;
    deps.onState('pending');
    schedule();
  });

  return {
    flush,
    destroy: () => {
      destroyed = true;
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  };
}
