import { signalList, signalReceipt, type SignalInput } from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export const signalsApi = {
  /** Hands a signal to the social team; the answer is a receipt, never the signal. */
  report: (id: string, input: SignalInput) => api(`${base(id)}/signals`, { method: 'POST', body: input, schema: signalReceipt }),
  /** The signals of the project (social team only). */
  list: (id: string) => api(`${base(id)}/signals`, { schema: signalList }).then((r) => r.signals),
};
