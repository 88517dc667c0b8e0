export { PresenterButton, togglePresenter, PRESENTER_SPEED } from './PresenterButton';
