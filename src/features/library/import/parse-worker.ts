/**
 * The module worker that parses imported guides off the main thread
 * (parse-client.ts starts it). Built by Vite as its own file under assets/,
 * from our origin as the CSP's `worker-src 'self'` asks, and precached by the
 * service worker like every other built script. It fills in the key terms
 * (key-terms.ts), which the main-thread fallback leaves empty.
 */
import { withKeyTerms } from './key-terms.ts';
import { answer } from './parse-one.ts';
import type { ParseReply, ParseRequest } from './protocol.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(reply: ParseReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => answer(event.data, (reply) => scope.postMessage(reply), withKeyTerms);
