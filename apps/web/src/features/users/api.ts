import { userAccount, userList, type UserCreateInput, type UserUpdateInput } from '@thuis/domain';
import { api } from '../../lib/api';

export const usersApi = {
  list: () => api('/api/users', { schema: userList }).then((r) => r.users),
  create: (input: UserCreateInput) => api('/api/users', { method: 'POST', body: input, schema: userAccount }),
  update: (id: string, input: UserUpdateInput) => api(`/api/users/${encodeURIComponent(id)}`, { method: 'PUT', body: input, schema: userAccount }),
};
