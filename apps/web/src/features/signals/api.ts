import { signalPage, signalReceipt, type SignalCategory, type SignalInput } from '@thuis/domain';
import { api } from '../../lib/api';
import { pageQuery } from '../../ui';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

/** The signal list's filters (also part of the cache key); `id` asks for one signal. */
export interface SignalFilter {
  category?: SignalCategory;
  buildingPhaseId?: string;
  id?: string;
}

export const signalsApi = {
  /** Hands a signal to the social team; the answer is a receipt, never the signal. */
  report: (id: string, input: SignalInput) => api(`${base(id)}/signals`, { method: 'POST', body: input, schema: signalReceipt }),
  /** A page of the project's signals (social team only). */
  list: (id: string, filter: SignalFilter, cursor: string | null) => api(`${base(id)}/signals?${pageQuery(filter, cursor)}`, { schema: signalPage }),
};
