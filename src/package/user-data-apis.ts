/** The scopes that guard the user's data (docs/platform-api.md): the hub asks for consent on each. */
export type ConsentScope = 'scope.address' | 'scope.phoneNumber' | 'scope.realname' | 'scope.passengers' | 'scope.userLocation';

/**
 * The `wx` APIs that read the user's data, by the WeChat scope behind each: the one table the
 * sandbox's host (which asks for consent before a read) and the analyzer (which counts a
 * package's data reads) both go by. `scope.userInfo` is WeChat's too, asked for on every call.
 */
export const USER_DATA_APIS: Readonly<Record<string, ConsentScope | 'scope.userInfo'>> = {
  getAddressList: 'scope.address',
  chooseAddress: 'scope.address',
  getPhoneNumber: 'scope.phoneNumber',
  getRealName: 'scope.realname',
  getPassengers: 'scope.passengers',
  getLocation: 'scope.userLocation',
  chooseLocation: 'scope.userLocation',
  getUserProfile: 'scope.userInfo',
};

/** The consent scope a `wx` API needs before it reads the user's data, if the hub guards it. */
export function consentScopeOf(api: string): ConsentScope | undefined {
  const scope = Object.hasOwn(USER_DATA_APIS, api) ? USER_DATA_APIS[api] : undefined;
  return scope === 'scope.userInfo' ? undefined : scope;
}
