/** Resolves after `ms` milliseconds (Node's timers: a scanned page's cannot reach them). */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
