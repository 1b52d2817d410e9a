import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import { idParams } from './id-sources.ts';

const api = (name: string, properties: Tool['inputSchema']['properties'], readOnly = false, outputSchema?: Tool['outputSchema']): Tool => ({
  id: `clean.${name}`, appId: 'clean', appName: '洁家', version: 'v1', skill: 'skills/s', api: name, description: '',
  inputSchema: { type: 'object', properties }, ...(outputSchema ? { outputSchema } : {}), ...(readOnly ? { annotations: { readOnlyHint: true } } : {}),
  siblings: ['createBooking', 'listMyBookings', 'cancelBooking'],
});

describe('where an ID comes from', () => {
  it('looks an ID up in the list a description names beside the API that makes it, never makes one to get it', () => {
    const create = api('createBooking', { date: { type: 'string' } }, false, { type: 'object', properties: { orderId: { type: 'string' } } });
    const list = api('listMyBookings', {}, true, { type: 'object', properties: { bookings: { type: 'array', items: { type: 'object', properties: { orderId: { type: 'string' } } } } } });
    const cancel = api('cancelBooking', { orderId: { type: 'string', description: '预约订单号，来自 createBooking 或 listMyBookings 的 orderId。' } });
    expect(idParams(cancel, [create, list, cancel])).toEqual([{ name: 'orderId', source: 'listMyBookings', many: false, listKey: 'bookings', idKey: 'orderId' }]);
  });
});
