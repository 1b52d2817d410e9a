// The harmless device APIs real pages call on load, run after prelude.js: fixed, sane values
// and no-ops (there is no screen, menu button or vibration motor here), plus `wx.canIUse`.
// An API that is absent stays absent: feature detection reads it as `undefined`.
(function (internal) {
  'use strict';
  var sync = internal.sync, callbackStyle = internal.callbackStyle, wx = internal.wx, g = internal.g;

  function done(name, extra) {
    return function (options) {
      return callbackStyle(Promise.resolve(Object.assign({ errMsg: name + ':ok' }, extra ? extra() : {})), options);
    };
  }
  function info() { return sync('systemInfo'); }
  var fixed = {
    getMenuButtonBoundingClientRect: function () { return { width: 87, height: 32, top: 48, right: 368, bottom: 80, left: 281 }; },
    getSystemSetting: function () { return { bluetoothEnabled: false, locationEnabled: false, wifiEnabled: true, deviceOrientation: 'portrait' }; },
    getDeviceInfo: function () { var s = info(); return { brand: 'AgentOS', model: 'AgentOS', system: s.system, platform: s.platform, benchmarkLevel: -1, abi: '', cpuType: '', memorySize: 4096 }; },
    getAppBaseInfo: function () { var s = info(); return { SDKVersion: s.SDKVersion, version: s.version, language: s.language, theme: 'light', fontSizeSetting: 16, enableDebug: false, host: { env: 'WeChat' } }; },
    getAppAuthorizeSetting: function () { return { albumAuthorized: 'not determined', cameraAuthorized: 'not determined', locationAuthorized: 'not determined', microphoneAuthorized: 'not determined', notificationAuthorized: 'not determined' }; },
    getLaunchOptionsSync: function () { return { path: '', query: {}, scene: 1001, referrerInfo: {} }; },
    getEnterOptionsSync: function () { return { path: '', query: {}, scene: 1001, referrerInfo: {} }; },
    getWindowInfo: function () { var s = info(); return { windowWidth: s.windowWidth, windowHeight: s.windowHeight, screenWidth: s.screenWidth, screenHeight: s.screenHeight, pixelRatio: s.pixelRatio, statusBarHeight: 20, safeArea: { left: 0, right: s.screenWidth, top: 20, bottom: s.screenHeight, width: s.screenWidth, height: s.screenHeight - 20 } }; },
    nextTick: function (fn) { if (typeof fn === 'function') Promise.resolve().then(function () { fn(); }); },
    createSelectorQuery: selectorQuery,
    createIntersectionObserver: function () { var o = { relativeTo: function () { return o; }, relativeToViewport: function () { return o; }, observe: function () {}, disconnect: function () {} }; return o; },
    createAnimation: animation,
    getUpdateManager: function () { return { onCheckForUpdate: function () {}, onUpdateReady: function () {}, onUpdateFailed: function () {}, applyUpdate: function () {} }; },
    canIUse: canIUse,
    env: { USER_DATA_PATH: 'wxfile://usr' },
  };
  Object.keys(fixed).forEach(function (k) { if (!(k in wx)) wx[k] = fixed[k]; });

  // UI with nothing to show headless: each answers `:ok` (callbacks and promise alike).
  ['showLoading', 'hideLoading', 'hideToast', 'showNavigationBarLoading', 'hideNavigationBarLoading', 'setNavigationBarTitle',
    'setNavigationBarColor', 'setBackgroundColor', 'setBackgroundTextStyle', 'hideHomeButton', 'vibrateShort', 'vibrateLong',
    'stopPullDownRefresh', 'startPullDownRefresh', 'pageScrollTo', 'hideKeyboard', 'showShareMenu', 'hideShareMenu',
    'updateShareMenu', 'setTabBarBadge', 'removeTabBarBadge', 'showTabBarRedDot', 'hideTabBarRedDot', 'showTabBar', 'hideTabBar',
    'setTabBarItem', 'setTabBarStyle', 'setKeepScreenOn', 'reportAnalytics', 'reportEvent', 'reportMonitor', 'setEnableDebug',
    'onAppShow', 'onAppHide', 'offAppShow', 'offAppHide', 'onNetworkStatusChange', 'offNetworkStatusChange', 'onMemoryWarning',
    'onError', 'offError', 'onPageNotFound', 'onUnhandledRejection', 'onThemeChange', 'offThemeChange', 'onWindowResize', 'offWindowResize',
  ].forEach(function (name) { if (!(name in wx)) wx[name] = done(name); });
  if (!('getNetworkType' in wx)) wx.getNetworkType = done('getNetworkType', function () { return { networkType: 'wifi', signalStrength: 0 }; });
  if (!('getSetting' in wx)) wx.getSetting = done('getSetting', function () { return { authSetting: {} }; });
  if (!('getStorageInfo' in wx)) wx.getStorageInfo = function (o) { return callbackStyle(Promise.resolve().then(function () { return wx.getStorageInfoSync(); }), o); };
  if (!('clearStorage' in wx)) wx.clearStorage = function (o) { return callbackStyle(Promise.resolve().then(function () { wx.clearStorageSync(); return { errMsg: 'clearStorage:ok' }; }), o); };
  if (!('offAgentHandoff' in wx)) wx.offAgentHandoff = function () { g.__agentosHandoff = undefined; };

  // There is no layout here: every query answers as for a node that is not on the page.
  function selectorQuery() {
    var queued = [];
    var query = {
      in: function () { return query; },
      select: function () { return nodes(false); },
      selectAll: function () { return nodes(true); },
      selectViewport: function () { return nodes(false); },
      exec: function (cb) { var results = queued.map(function (q) { return q.all ? [] : null; }); queued.forEach(function (q) { if (q.cb) q.cb(q.all ? [] : null); }); if (typeof cb === 'function') cb(results); return query; },
    };
    function nodes(all) {
      var ref = {};
      ['boundingClientRect', 'scrollOffset', 'fields', 'node', 'context'].forEach(function (m) {
        ref[m] = function (a, b) { queued.push({ all: all, cb: typeof a === 'function' ? a : typeof b === 'function' ? b : null }); return query; };
      });
      return ref;
    }
    return query;
  }
  function animation() {
    var steps = [];
    var chain = { export: function () { var out = { actions: steps }; steps = []; return out; }, step: function () { return chain; } };
    ['opacity', 'backgroundColor', 'width', 'height', 'top', 'left', 'bottom', 'right', 'rotate', 'scale', 'translate', 'translateX', 'translateY', 'skew', 'matrix'].forEach(function (m) {
      chain[m] = function () { return chain; };
    });
    return chain;
  }

  // `wx.canIUse('getMenuButtonBoundingClientRect')`, `'getSystemInfoSync.return.screenWidth'`, `'button.open-type.share'`.
  var COMPONENTS = ['view', 'text', 'image', 'button', 'input', 'textarea', 'form', 'label', 'checkbox', 'checkbox-group', 'radio', 'radio-group',
    'switch', 'slider', 'picker', 'picker-view', 'scroll-view', 'swiper', 'swiper-item', 'navigator', 'icon', 'progress', 'rich-text', 'block'];
  function canIUse(schema) {
    if (typeof schema !== 'string' || !schema) return false;
    var parts = schema.replace(/^wx\./, '').split('.');
    var head = parts[0];
    if (Object.prototype.hasOwnProperty.call(wx, head)) return true;
    if (COMPONENTS.indexOf(head) >= 0) return parts[1] !== 'open-type';
    return false;
  }
})
