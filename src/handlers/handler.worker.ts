// Entry of a handler worker (Web Worker in the sandbox frame, or a Node worker thread whose
// bootstrap provides postMessage/addEventListener). It keeps what it needs, locks the
// globals handler code must not reach, then serves the protocol.
import { installBufferIfMissing } from './buffer';
import { lockGlobals } from './lockGlobals';
import { startHandlerWorker } from './workerMain';
import { workerHostFromGlobals } from './workerHost';

const host = workerHostFromGlobals();
installBufferIfMissing();
lockGlobals();
startHandlerWorker(host);
