import { useStore, type Notice } from '../../store';

/** A toast, from outside React (file actions run in event handlers and promises). */
export const notify = (notice: Omit<Notice, 'id'>): void => useStore.getState().notify(notice);
