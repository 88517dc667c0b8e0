export { GalleryDialog } from './GalleryDialog';
export { GalleryButton } from './GalleryButton';
