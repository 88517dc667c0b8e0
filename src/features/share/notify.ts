import { useStore, type Notice } from '../../store';

/** A toast, from outside React (share actions finish in promises). */
export const notify = (notice: Omit<Notice, 'id'>): void => useStore.getState().notify(notice);
