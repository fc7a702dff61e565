import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from './logger';

/** The request id and logger of whatever request this code runs for, without threading them by hand. */
export interface RequestInfo {
  requestId: string;
  logger: Logger;
}

export const requestStore = new AsyncLocalStorage<RequestInfo>();
