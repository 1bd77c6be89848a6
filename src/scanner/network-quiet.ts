import type { BrowserContext, Request } from 'playwright-core';
import { sleep } from './sleep.js';

/** Counts the requests in flight, to wait until the network has been quiet for a while. */
export class NetworkQuiet {
  #inFlight = new Set<Request>();
  #since = Date.now();

  constructor(context: BrowserContext) {
    context.on('request', (request) => {
      this.#inFlight.add(request);
      this.#since = Date.now();
    });
    const done = (request: Request) => {
      if (this.#inFlight.delete(request)) this.#since = Date.now();
    };
    context.on('requestfinished', done);
    context.on('requestfailed', done);
  }

  async wait(idleMs: number, maxMs: number): Promise<void> {
    const end = Date.now() + maxMs;
    while (Date.now() < end) {
      if (this.#inFlight.size === 0 && Date.now() - this.#since >= idleMs) return;
      await sleep(Math.max(10, Math.min(100, idleMs / 4)));
    }
  }
}
