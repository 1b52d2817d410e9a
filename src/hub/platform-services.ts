import { AgentOsError } from '../core/index.ts';
import type { Catalog } from '../catalog/index.ts';
import type { Memory } from '../memory/index.ts';
import type { CardWriter, PayService } from '../pay/index.ts';
import type { ConsentScope, PlatformServices } from '../runtime/index.ts';

/**
 * What sandboxed code reaches through `wx`: orders in pay (with the card that asks the user to
 * pay each, written by the trust layer in the same statement, where the caller shows it), the
 * user's data in memory (consent already checked by the runtime).
 */
export function platformServices(deps: { catalog: Catalog; memory: Memory; pay: PayService; cards: CardWriter }): PlatformServices {
  return {
    async createOrder(call, draft) {
      const { pkg } = await deps.catalog.package(call.appId, call.version, { anyStatus: true });
      await deps.pay.ensureMerchant(call.appId, pkg.displayName);
      const input = { appId: call.appId, userId: call.userId, sessionId: call.sessionId ?? '', draft: { ...draft, skill: call.skill } };
      if (!call.withCard) return deps.pay.createOrder(input);
      const { order, confirmation } = await deps.pay.createOrderWithCard(input, deps.cards);
      return { ...order, card: confirmation };
    },
    async getOrder(call, orderId) {
      const order = await deps.pay.getOrder(orderId);
      return order && order.appId === call.appId ? order : undefined;
    },
    async refundOrder(call, request) {
      const order = await deps.pay.getOrder(request.orderId);
      if (!order || order.appId !== call.appId) throw new Error('refundOrder:fail no such order of this mini-program');
      return deps.pay.refundFromApp({ appId: call.appId, orderId: request.orderId, amount: request.amount, reason: request.reason ?? '' });
    },
    async cancelOrder(call, orderId, reason) {
      const order = await deps.pay.getOrder(orderId);
      if (order?.appId === call.appId) await deps.pay.cancel(orderId, reason);
    },
    async readUserData(call, scope) {
      const user = await deps.memory.user(call.userId);
      return userData(user, scope);
    },
  };
}

function userData(user: Awaited<ReturnType<Memory['user']>>, scope: ConsentScope): unknown {
  switch (scope) {
    case 'scope.address':
      return { addresses: user.addresses };
    case 'scope.phoneNumber':
      if (!user.phone) throw new Error('getPhoneNumber:fail the user has no phone number');
      return { phoneNumber: user.phone };
    case 'scope.realname':
      if (!user.realname) throw new Error('getRealName:fail the user has not verified a real name');
      return user.realname;
    case 'scope.passengers':
      return { passengers: user.passengers };
    case 'scope.userLocation':
      return user.location ?? { city: user.city ?? '', latitude: 0, longitude: 0 };
    default:
      throw new AgentOsError('BAD_REQUEST', `unknown scope ${String(scope)}`);
  }
}
