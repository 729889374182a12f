export const LOAD_STATUSES = ['initial', 'pending', 'complete', 'error'] as const;
export type LoadStatus = (typeof LOAD_STATUSES)[number];
