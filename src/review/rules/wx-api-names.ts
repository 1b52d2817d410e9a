/**
 * `wx` APIs a SKILL.md may mention by name (with or without `wx.`): WeChat's common platform
 * APIs, so that prose such as "navigateTo（小程序内）" is not taken for a misspelt API of the skill.
 */
export const WX_API_NAMES: readonly string[] = [
  'navigateTo', 'redirectTo', 'navigateBack', 'switchTab', 'reLaunch', 'navigateToMiniProgram',
  'requestPayment', 'requestOrderPayment', 'showToast', 'hideToast', 'showModal', 'showLoading', 'hideLoading', 'showActionSheet',
  'login', 'checkSession', 'getUserProfile', 'getUserInfo', 'getPhoneNumber', 'chooseAddress', 'chooseLocation', 'getLocation', 'openLocation',
  'makePhoneCall', 'scanCode', 'chooseImage', 'chooseMedia', 'previewImage', 'saveImageToPhotosAlbum', 'setClipboardData', 'getClipboardData',
  'getStorageSync', 'setStorageSync', 'removeStorageSync', 'clearStorageSync', 'getStorage', 'setStorage', 'removeStorage',
  'request', 'uploadFile', 'downloadFile', 'getSystemInfoSync', 'getWindowInfo', 'getDeviceInfo', 'getAppBaseInfo', 'canIUse',
  'setNavigationBarTitle', 'pageScrollTo', 'startPullDownRefresh', 'stopPullDownRefresh', 'createSelectorQuery', 'nextTick',
  'onAgentHandoff', 'getPageId', 'getContext', 'getViewContext', 'sendFollowUpMessage', 'updateModelContext', 'setRelatedPage',
  'openDetailPage', 'getDimensions', 'getSessionId', 'expireAllCards', 'registerAPI', 'createSkill', 'modelContext',
  'requestSubscribeMessage', 'shareAppMessage', 'onShareAppMessage', 'openCustomerServiceChat', 'vibrateShort',
];
