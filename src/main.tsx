import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './app/theme.css';
import { App } from './app/App';
import { installTestApi } from './app/testApi';
import { handlerWorkerSource } from './runtime/browser/handlerWorkerSource';
import { installRuntimeTestApi } from './runtime/browser/runtimeTestApi';

installTestApi();
installRuntimeTestApi(handlerWorkerSource);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
