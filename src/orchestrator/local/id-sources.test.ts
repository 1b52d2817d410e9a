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

  it('reads the ID from the top of a result that is the thing itself, not from the lines it lists', () => {
    const lines = { type: 'array', items: { type: 'object', properties: { ref: { type: 'string' }, name: { type: 'string' }, qty: { type: 'integer' } } } } as const;
    const create = api('createBooking', { date: { type: 'string' } }, false, { type: 'object', properties: { orderId: { type: 'string' }, lines } });
    const cancel = api('cancelBooking', { orderId: { type: 'string', description: '要取消的订单号，来自 createBooking；不要编造' } });
    expect(idParams(cancel, [create, cancel])).toEqual([{ name: 'orderId', source: 'createBooking', many: false, idKey: 'orderId' }]);
  });

  it('looks a number the person never said up in the list of their own things that holds it (a tracking number)', () => {
    const track = api('trackParcel', { number: { type: 'string', description: '快递单号（tracking number）：取自用户原话' } }, true);
    const mine = api('listMyParcels', {}, true, { type: 'object', properties: { parcels: { type: 'array', items: { type: 'object', properties: { number: { type: 'string' }, name: { type: 'string' } } } } } });
    expect(idParams(track, [track, mine])).toEqual([{ name: 'number', source: 'listMyParcels', many: false, listKey: 'parcels', idKey: 'number' }]);
  });

  it('takes an ID from an API that makes things only once it has made one: cancelling is no reason to book', () => {
    const book = api('bookSession', { sessionId: { type: 'string' } }, false, { type: 'object', properties: { orderId: { type: 'string' }, amount: { type: 'number' } } });
    const cancel = api('cancelBooking', { orderId: { type: 'string', description: '订单号' } });
    expect(idParams(cancel, [book, cancel])).toEqual([{ name: 'orderId', source: undefined, many: false }]);
    const booked = [{ role: 'tool-result' as const, toolId: book.id, structuredContent: { orderId: 'o1', amount: 90 }, isError: false }];
    expect(idParams(cancel, [book, cancel], booked as never)).toEqual([{ name: 'orderId', source: 'bookSession', many: false, idKey: 'orderId' }]);
  });
});
