import type { Notice } from '../../store';

type NoticeInput = Omit<Notice, 'id'>;

export const COPY_TITLE = 'This flow is open in another tab; you are editing a copy';

/** Opening a flow that another tab has open gives a copy, so the two tabs never overwrite each other. */
export const copyNotice = (original: string, copy: string): NoticeInput => ({
  tone: 'info',
  title: COPY_TITLE,
  details: [`The other tab keeps “${original}”; your changes here are saved separately, as “${copy}”.`],
});

/** Two tabs opened the same flow at the same moment; the later one moves to a copy. */
export const conflictNotice = (): NoticeInput => ({
  tone: 'info',
  title: COPY_TITLE,
  details: ['Another tab opened this flow first and keeps it; your changes here are saved separately.'],
});

/** Start-up skipped newer flows because other tabs have them open. */
export const skippedNotice = (name: string, heldNames: readonly string[]): NoticeInput => ({
  tone: 'info',
  title: `Restored ${name}`,
  details: [
    heldNames.length === 1
      ? `Your newer flow “${heldNames[0]}” is open in another tab.`
      : `Your ${heldNames.length} newer flows are open in other tabs.`,
  ],
});
