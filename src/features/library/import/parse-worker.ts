/**
 * The module worker that parses imported guides off the main thread
 * (parse-client.ts starts it). Built by Vite as its own file under assets/,
 * from our origin as the CSP's `worker-src 'self'` asks, and precached by the
 * service worker like every other built script.
 */
import { answer } from './parse-one.ts';
import type { ParseReply, ParseRequest } from './protocol.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(reply: ParseReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => answer(event.data, (reply) => scope.postMessage(reply));
