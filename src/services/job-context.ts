import { AsyncLocalStorage } from 'node:async_hooks';

/** The organization a job (or other background work) runs for, without threading it through every call. */
export const jobContext = new AsyncLocalStorage<{ organizationId: string }>();
