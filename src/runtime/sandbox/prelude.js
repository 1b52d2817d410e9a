// Runs first in every mini-program realm (QuickJS). Builds `wx`, `require`, `console`
// and the entry points the hub calls, on top of three host functions that exchange JSON
// strings only. Nothing of the hub's own realm is reachable from here.
(function (hostSync, hostAsync, hostCompile) {
  'use strict';
  var g = globalThis;
  function sync(op, args) {
    var r = JSON.parse(hostSync(op, JSON.stringify(args === undefined ? null : args)));
    if (r.ok) return r.value;
    throw wxError(r.error);
  }
  function wxError(message) {
    var e = new Error(message);
    e.errMsg = message;
    return e;
  }
  // Host operations in flight: a page interaction ends only when none is left (see `whenIdle`).
  var inflight = 0;
  var idleWaiters = [];
  function async(op, args) {
    var pending = hostAsync(op, JSON.stringify(args === undefined ? null : args));
    inflight++;
    return pending.then(function (text) {
      if (--inflight === 0) { var waiting = idleWaiters; idleWaiters = []; waiting.forEach(function (f) { f(); }); }
      var r = JSON.parse(text);
      if (r.ok) return r.value;
      throw wxError(r.error);
    });
  }
  // WeChat style: a promise, and success/fail/complete callbacks when given.
  function callbackStyle(promise, options) {
    if (options && (options.success || options.fail || options.complete)) {
      promise.then(
        function (v) { if (options.success) options.success(v); if (options.complete) options.complete(v); },
        function (e) { var r = { errMsg: e.errMsg || String(e) }; if (options.fail) options.fail(r); if (options.complete) options.complete(r); }
      );
    }
    return promise;
  }
  function asyncApi(name, op, pick) {
    return function (options) {
      return callbackStyle(async(op || name, pick ? pick(options || {}) : options || {}), options);
    };
  }

  // ---- modules: CommonJS inside the package only
  var cache = {};
  function resolvePath(from, request) {
    if (typeof request !== 'string') throw new Error('require() needs a string path');
    if (request.charAt(0) !== '.' && request.charAt(0) !== '/') {
      throw new Error('module "' + request + '" is not available to a mini-program (only files of its own package can be required)');
    }
    var parts = request.charAt(0) === '/' ? [] : from.split('/').slice(0, -1);
    request.split('/').forEach(function (p) {
      if (p === '' || p === '.') return;
      if (p === '..') { if (parts.length === 0) throw new Error('require("' + request + '") leaves the package'); parts.pop(); }
      else parts.push(p);
    });
    return parts.join('/');
  }
  function load(path) {
    if (cache[path]) return cache[path].exports;
    var compiled = hostCompile(path);
    if (!compiled) throw new Error('cannot find module "' + path + '" in the package');
    var module = { exports: {}, id: compiled.path };
    cache[compiled.path] = module;
    cache[path] = module;
    if (compiled.json !== undefined) module.exports = JSON.parse(compiled.json);
    else compiled.fn.call(module.exports, module, module.exports, makeRequire(compiled.path), g.wx);
    return module.exports;
  }
  function makeRequire(from) {
    return function require(request) { return load(resolvePath(from, request)); };
  }

  // ---- console
  function log(level) {
    return function () {
      var parts = [];
      for (var i = 0; i < arguments.length; i++) {
        var a = arguments[i];
        parts.push(typeof a === 'string' ? a : (function () { try { return JSON.stringify(a); } catch (e) { return String(a); } })());
      }
      sync('console', { level: level, text: parts.join(' ') });
    };
  }
  g.console = { log: log('info'), info: log('info'), debug: log('debug'), warn: log('warn'), error: log('error') };

  // ---- skills
  var skills = {};
  function createSkill(path) {
    var declared = sync('skill.check', { path: path });
    var skill = { path: declared, apis: {}, middleware: [] };
    skills[declared] = skill;
    return {
      use: function (fn) {
        if (typeof fn !== 'function') throw new Error('skill.use() needs a function');
        skill.middleware.push(fn);
        return this;
      },
      registerAPI: function (name, handler) {
        if (typeof name !== 'string' || typeof handler !== 'function') throw new Error('registerAPI(name, handler) needs a name and a function');
        skill.apis[name] = handler;
        return this;
      },
    };
  }
  function isAsync(fn) {
    return Object.prototype.toString.call(fn) === '[object AsyncFunction]';
  }

  // ---- wx
  var tapOnly = function (name) {
    return function () {
      var mode = sync('mode');
      if (mode === 'tap' || mode === 'page') return async(name, arguments[0] || {});
      throw wxError(name + ':fail only a user\'s tap on a card or a page the user opened may call ' + name);
    };
  };
  var storage = {
    getStorageSync: function (key) { return sync('storage.get', { key: key }); },
    setStorageSync: function (key, value) { sync('storage.set', { key: key, value: value === undefined ? null : value }); },
    removeStorageSync: function (key) { sync('storage.remove', { key: key }); },
    clearStorageSync: function () { sync('storage.clear'); },
    getStorageInfoSync: function () { return sync('storage.info'); },
    getAppStorageSync: function (key) { return sync('storage.get', { key: key, shared: true }); },
    setAppStorageSync: function (key, value) { sync('storage.set', { key: key, value: value === undefined ? null : value, shared: true }); },
    removeAppStorageSync: function (key) { sync('storage.remove', { key: key, shared: true }); },
  };
  var wx = {
    getStorageSync: storage.getStorageSync,
    setStorageSync: storage.setStorageSync,
    removeStorageSync: storage.removeStorageSync,
    clearStorageSync: storage.clearStorageSync,
    getStorageInfoSync: storage.getStorageInfoSync,
    getAppStorageSync: storage.getAppStorageSync,
    setAppStorageSync: storage.setAppStorageSync,
    removeAppStorageSync: storage.removeAppStorageSync,
    getStorage: function (o) { return callbackStyle(Promise.resolve().then(function () { return { data: storage.getStorageSync(o.key) }; }), o); },
    setStorage: function (o) { return callbackStyle(Promise.resolve().then(function () { storage.setStorageSync(o.key, o.data); return { errMsg: 'setStorage:ok' }; }), o); },
    removeStorage: function (o) { return callbackStyle(Promise.resolve().then(function () { storage.removeStorageSync(o.key); return { errMsg: 'removeStorage:ok' }; }), o); },
    login: function (o) { return callbackStyle(Promise.resolve(sync('login')), o); },
    getSystemInfoSync: function () { return sync('systemInfo'); },
    getWindowInfo: function () { return sync('systemInfo'); },
    getSystemInfo: function (o) { return callbackStyle(Promise.resolve(sync('systemInfo')), o); },
    getAccountInfoSync: function () { return sync('accountInfo'); },
    request: asyncApi('request'),
    getAddressList: asyncApi('getAddressList'),
    chooseAddress: asyncApi('chooseAddress'),
    getPhoneNumber: asyncApi('getPhoneNumber'),
    getRealName: asyncApi('getRealName'),
    getPassengers: asyncApi('getPassengers'),
    getLocation: asyncApi('getLocation'),
    createOrder: asyncApi('createOrder'),
    getOrder: function (orderId) { return async('getOrder', { orderId: typeof orderId === 'object' && orderId ? orderId.orderId : orderId }); },
    refundOrder: asyncApi('refundOrder'),
    requestPayment: tapOnly('requestPayment'),
    requestOrderPayment: tapOnly('requestPayment'),
    navigateTo: asyncApi('navigateTo'),
    redirectTo: asyncApi('redirectTo'),
    navigateBack: asyncApi('navigateBack'),
    reLaunch: asyncApi('reLaunch'),
    switchTab: asyncApi('switchTab'),
    showToast: asyncApi('showToast'),
    showModal: asyncApi('showModal'),
    showLoading: function () {},
    hideLoading: function () {},
    onAgentHandoff: function (fn) { g.__agentosHandoff = fn; },
    modelContext: {
      createSkill: createSkill,
      sendFollowUpMessage: tapOnly('sendFollowUpMessage'),
      updateModelContext: tapOnly('updateModelContext'),
      getContext: function () { return { on: function () {} }; },
    },
  };
  g.wx = typeof Proxy === 'function'
    ? new Proxy(wx, {
        get: function (target, key) {
          if (key in target || typeof key !== 'string') return target[key];
          throw wxError('wx.' + key + ' is not supported by AgentOS');
        },
      })
    : wx;
  // The hub's clock, not the machine's: scenarios and tests fix it.
  var RealDate = Date;
  var HubDate = class extends RealDate {
    constructor() {
      if (arguments.length === 0) super(sync('now'));
      else super(...arguments);
    }
    static now() { return sync('now'); }
  };
  g.Date = HubDate;
  g.getApp = function () { return g.__agentosApp || {}; };
  g.App = function (options) { g.__agentosApp = options || {}; };
  g.setTimeout = function (fn) { Promise.resolve().then(function () { fn(); }); return 0; };
  g.clearTimeout = function () {};

  // ---- components (cards) and pages: definitions, instances, setData
  var definitions = {};
  var defining = null;
  g.Component = function (def) { if (defining) definitions[defining] = { kind: 'component', def: def || {} }; };
  g.Page = function (def) { if (defining) definitions[defining] = { kind: 'page', def: def || {} }; };
  function define(path) {
    if (!definitions[path]) {
      defining = path;
      try { load(path); } finally { defining = null; }
    }
    return (definitions[path] || { def: {} }).def;
  }
  function setPath(target, path, value) {
    var keys = String(path).replace(/\[(\d+)\]/g, '.$1').split('.');
    var o = target;
    for (var i = 0; i < keys.length - 1; i++) {
      if (o[keys[i]] === null || typeof o[keys[i]] !== 'object') o[keys[i]] = /^\d+$/.test(keys[i + 1]) ? [] : {};
      o = o[keys[i]];
    }
    o[keys[keys.length - 1]] = value;
  }
  function clone(v) { return v === undefined ? undefined : JSON.parse(JSON.stringify(v)); }
  function instantiate(def, props) {
    var data = clone(def.data) || {};
    var properties = def.properties || {};
    Object.keys(properties).forEach(function (k) {
      var p = properties[k];
      var dflt = p && typeof p === 'object' && 'value' in p ? p.value : undefined;
      data[k] = props && k in props ? props[k] : clone(dflt);
    });
    var inst = { data: data, properties: data, __listeners: {} };
    inst.setData = function (patch, cb) {
      Object.keys(patch || {}).forEach(function (k) { setPath(inst.data, k, clone(patch[k])); });
      if (typeof cb === 'function') cb();
    };
    var methods = def.methods || {};
    Object.keys(methods).forEach(function (k) { if (typeof methods[k] === 'function') inst[k] = methods[k].bind(inst); });
    Object.keys(def).forEach(function (k) { if (typeof def[k] === 'function' && !(k in inst)) inst[k] = def[k].bind(inst); });
    return inst;
  }
  wx.modelContext.getContext = function (inst) {
    return { on: function (event, fn) { if (inst && inst.__listeners) (inst.__listeners[event] = inst.__listeners[event] || []).push(fn); } };
  };
  function mountCard(path, resultJson) {
    var def = define(path);
    var inst = instantiate(def, {});
    var life = def.lifetimes || {};
    [life.created || def.created, life.attached || def.attached, life.ready || def.ready].forEach(function (fn) { if (typeof fn === 'function') fn.call(inst); });
    var result = JSON.parse(resultJson);
    (inst.__listeners.result || []).forEach(function (fn) { fn.call(inst, { result: result }); });
    return inst;
  }
  function settle(inst) {
    return Promise.resolve().then(function () { return JSON.stringify(inst.data); });
  }

  // ---- pages: the mini-program view. A page session owns a realm; its page stack, lifecycle,
  // events and navigation live here, and the host renders the top page's data after each
  // interaction. An interaction ends when no host operation is left in flight.
  var view = { config: null, stack: [], saved: null, errors: [], warnings: [], payment: null, modal: null, loading: null, handoffs: {}, nextId: 1, components: {} };
  function inPage() { return sync('mode') === 'page'; }
  function reason(e) { return e && typeof e === 'object' && (e.errMsg || e.message) ? String(e.errMsg || e.message) : String(e); }
  function top() { return view.stack[view.stack.length - 1]; }
  // Runs page code: a throw or a rejected promise is the interaction's error, never silent.
  function guarded(where, fn, self, args) {
    var result;
    try { result = fn.apply(self, args || []); } catch (e) { view.errors.push(where + ': ' + reason(e)); return undefined; }
    if (result && typeof result.then === 'function') result.then(null, function (e) { view.errors.push(where + ': ' + reason(e)); });
    return result;
  }
  function lifecycle(target, name, args) {
    if (target && typeof target[name] === 'function') guarded(target.route + ' ' + name, target[name], target, args);
  }
  function whenIdle() {
    return new Promise(function (resolve) { if (inflight === 0) resolve(); else idleWaiters.push(resolve); })
      .then(function () { return hostAsync('page.tick', 'null'); })
      .then(function () { return inflight === 0 ? undefined : whenIdle(); });
  }
  function pageDefinition(route) {
    if (!view.config.scripts[route]) return {};
    define(route);
    var entry = definitions[route];
    if (!entry) throw new Error(route + '.js never called Page({ ... }) (页面脚本没有调用 Page)');
    if (entry.kind === 'page') return entry.def;
    var merged = Object.assign({}, entry.def.methods || {}, { data: entry.def.data }); // a page built with Component()
    return merged;
  }
  function makePage(route, query) {
    var def = pageDefinition(route);
    var inst = { route: route, options: query, data: clone(def.data) || {}, __id: view.nextId++ };
    Object.keys(def).forEach(function (k) { if (k !== 'data' && !(k in inst)) inst[k] = def[k]; });
    inst.setData = function (patch, cb) {
      if (patch === null || typeof patch !== 'object') throw wxError('setData:fail data must be an object (setData 需要一个对象)');
      Object.keys(patch).forEach(function (k) { setPath(inst.data, k, clone(patch[k])); });
      if (typeof cb === 'function') cb.call(inst);
    };
    inst.selectComponent = function () { return null; };
    return inst;
  }
  function openPage(route, query, handoff) {
    var inst = makePage(route, query);
    view.stack.push(inst);
    view.loading = inst;
    try { lifecycle(inst, 'onLoad', [query]); } finally { view.loading = null; }
    var onHandoff = inst.__handoff || view.handoffs[route] || g.__agentosHandoff;
    if (handoff && typeof onHandoff === 'function') guarded(route + ' onAgentHandoff', onHandoff, inst, [handoff]);
    lifecycle(inst, 'onShow');
    lifecycle(inst, 'onReady');
    return inst;
  }
  // `/pages/a/a?x=1`, or relative to the current page; query values arrive as written (WeChat does not decode them).
  function target(api, url) {
    if (typeof url !== 'string' || url === '') throw wxError(api + ':fail url should be a page path (页面路径不能为空)');
    var cut = url.indexOf('?');
    var path = cut < 0 ? url : url.slice(0, cut);
    var parts = path.charAt(0) === '/' || !top() ? [] : top().route.split('/').slice(0, -1);
    path.split('/').forEach(function (p) { if (p === '' || p === '.') return; if (p === '..') parts.pop(); else parts.push(p); });
    var route = parts.join('/').replace(/\.(js|wxml)$/, '');
    if (view.config.pages.indexOf(route) < 0) throw wxError(api + ':fail page "' + route + '" is not found (app.json 中没有这个页面)');
    var query = {};
    (cut < 0 ? '' : url.slice(cut + 1)).split('&').forEach(function (pair) {
      if (!pair) return;
      var eq = pair.indexOf('=');
      query[eq < 0 ? pair : pair.slice(0, eq)] = eq < 0 ? '' : pair.slice(eq + 1);
    });
    return { route: route, query: query, text: cut < 0 ? '' : url.slice(cut + 1) };
  }
  function navigate(api, options) {
    if (api === 'navigateBack') {
      if (view.stack.length <= 1) throw wxError('navigateBack:fail cannot navigate back at first page (已经是第一页)');
      var delta = Math.max(1, Math.floor(Number(options.delta) || 1));
      for (var i = 0; i < delta && view.stack.length > 1; i++) lifecycle(view.stack.pop(), 'onUnload');
      lifecycle(top(), 'onShow');
      return;
    }
    var to = target(api, options.url);
    if (api === 'navigateTo') {
      if (view.stack.length >= 10) throw wxError('navigateTo:fail webview count limit exceed (页面栈最多十层)');
      lifecycle(top(), 'onHide');
    } else if (api === 'redirectTo') {
      if (top()) lifecycle(view.stack.pop(), 'onUnload');
    } else {
      if (api === 'switchTab' && view.config.tabs.indexOf(to.route) < 0) throw wxError('switchTab:fail can not switch to no-tabBar page "' + to.route + '"');
      while (view.stack.length) lifecycle(view.stack.pop(), 'onUnload');
    }
    openPage(to.route, api === 'switchTab' ? {} : to.query);
  }
  ['navigateTo', 'redirectTo', 'navigateBack', 'reLaunch', 'switchTab'].forEach(function (api) {
    var outside = wx[api];
    wx[api] = function (options) {
      if (!inPage()) return outside(options);
      var o = options || {};
      var done = Promise.resolve().then(function () { navigate(api, o); return { errMsg: api + ':ok' }; });
      done.then(null, function (e) { (e && e.errMsg ? view.warnings : view.errors).push(reason(e)); });
      return callbackStyle(done, o);
    };
  });
  var outsideModal = wx.showModal;
  wx.showModal = function (options) {
    if (!inPage()) return outsideModal(options);
    var o = options || {};
    var answered = view.modal
      ? Promise.reject(wxError('showModal:fail another modal is open (已有对话框)'))
      : new Promise(function (resolve) {
          view.modal = { resolve: resolve, view: { title: String(o.title || ''), content: String(o.content || ''), showCancel: o.showCancel !== false, confirmText: String(o.confirmText || '确定'), cancelText: String(o.cancelText || '取消') } };
        });
    return callbackStyle(answered, o);
  };
  var tapPayment = wx.requestPayment;
  // In a page the payment waits for the user's own answer on the hub's payment sheet.
  wx.requestPayment = wx.requestOrderPayment = function (options) {
    if (!inPage()) return tapPayment.apply(null, arguments);
    var o = options || {};
    var paid;
    if (view.payment) paid = Promise.reject(wxError('requestPayment:fail another payment is waiting for the user (已有一笔待确认的支付)'));
    else {
      var entry = view.payment = { order: null };
      paid = async('page.payment', { orderId: o.orderId }).then(function (order) {
        return new Promise(function (resolve, reject) { entry.order = order; entry.resolve = resolve; entry.reject = reject; });
      }, function (e) { if (view.payment === entry) view.payment = null; throw e; });
    }
    return callbackStyle(paid, o);
  };
  wx.setNavigationBarTitle = function (o) {
    if (top()) top().__title = String((o && o.title) || '');
    return callbackStyle(Promise.resolve({ errMsg: 'setNavigationBarTitle:ok' }), o);
  };
  wx.onAgentHandoff = function (fn) {
    if (typeof fn !== 'function') throw wxError('onAgentHandoff:fail needs a function');
    if (view.loading) view.loading.__handoff = fn;
    else if (defining) view.handoffs[defining] = fn;
    else g.__agentosHandoff = fn;
  };
  g.getCurrentPages = function () { return view.stack.slice(); };
  function typeName(t) {
    return t === String ? 'String' : t === Number ? 'Number' : t === Boolean ? 'Boolean' : t === Object ? 'Object' : t === Array ? 'Array' : null;
  }
  // A used component's starting data and declared properties, for the host's renderer.
  function componentInfo(path) {
    if (!view.components[path]) {
      var def = define(path);
      var properties = {};
      Object.keys(def.properties || {}).forEach(function (k) {
        var p = def.properties[k];
        properties[k] = p && typeof p === 'object' ? ('value' in p ? { type: typeName(p.type), value: clone(p.value) } : { type: typeName(p.type) }) : { type: typeName(p) };
      });
      view.components[path] = { data: clone(def.data) || {}, properties: properties };
    }
    return view.components[path];
  }
  function componentOf(page, owner) {
    var all = page.__components || (page.__components = {});
    if (all[owner.path]) {
      Object.keys(owner.props || {}).forEach(function (k) { all[owner.path].data[k] = clone(owner.props[k]); });
    } else {
      var comp = instantiate(define(owner.component), owner.props || {});
      comp.route = owner.component;
      comp.triggerEvent = function (name, detail) {
        var handler = owner.events[name];
        if (!handler) return;
        if (typeof page[handler] !== 'function') { view.warnings.push(page.route + ' has no method "' + handler + '" for the event "' + name + '"'); return; }
        var node = { id: '', dataset: owner.dataset };
        guarded(page.route + ' ' + handler, page[handler], page, [{ type: name, timeStamp: sync('now'), detail: detail === undefined ? {} : detail, target: node, currentTarget: node, mark: {} }]);
      };
      all[owner.path] = comp;
      var def = definitions[owner.component] ? definitions[owner.component].def : {};
      var life = def.lifetimes || {};
      ['created', 'attached', 'ready'].forEach(function (n) { var f = life[n] || def[n]; if (typeof f === 'function') guarded(owner.component + ' ' + n, f, comp); });
    }
    return all[owner.path];
  }
  function report() {
    var current = top();
    var components = {};
    ((current && view.config.components[current.route]) || []).forEach(function (p) { components[p] = componentInfo(p); });
    var payment = view.payment && view.payment.order ? view.payment.order : null;
    try {
      return JSON.stringify({
        errors: view.errors, warnings: view.warnings, payment: payment, modal: view.modal ? view.modal.view : null, components: components,
        stack: view.stack.map(function (p) { return { id: p.__id, route: p.route, query: p.options, title: p.__title || '', data: p.data }; }),
      });
    } catch (e) {
      throw new Error('the page data cannot be shown: ' + reason(e) + ' (页面数据无法显示，请用 setData 设置可序列化的值)');
    }
  }
  function interaction(fn) {
    view.errors = [];
    view.warnings = [];
    return Promise.resolve().then(fn).then(null, function (e) { view.errors.push(reason(e)); }).then(whenIdle).then(report);
  }
  function launch(config) {
    view.config = config;
    if (config.appJs) load('app.js');
    var app = g.__agentosApp;
    if (app && typeof app.onLaunch === 'function') guarded('app.js onLaunch', app.onLaunch, app, [{ path: config.entry, query: {}, scene: 1001 }]);
    if (app && typeof app.onShow === 'function') guarded('app.js onShow', app.onShow, app, [{ path: config.entry, query: {}, scene: 1001 }]);
  }
  var pages = {
    // Starts the mini-program (app.js, onLaunch) and opens a page, as a person does from the entrance.
    open: function (configJson, url, handoffJson) {
      return interaction(function () {
        if (!view.config) launch(JSON.parse(configJson));
        var to = target('open', url);
        while (view.stack.length) lifecycle(view.stack.pop(), 'onUnload');
        view.payment = null;
        view.modal = null;
        var payload = handoffJson ? JSON.parse(handoffJson) : null;
        openPage(to.route, to.query, payload ? { path: '/' + to.route, query: to.text, payload: payload.payload } : null);
      });
    },
    // Rebuilds a session's pages in a fresh realm from what the host last saw (after a limit was hit).
    restore: function (configJson, stackJson) {
      return interaction(function () {
        launch(JSON.parse(configJson));
        view.stack = JSON.parse(stackJson).map(function (p) {
          var inst = makePage(p.route, p.query);
          inst.data = p.data;
          inst.__title = p.title;
          inst.__id = p.id;
          view.nextId = Math.max(view.nextId, p.id + 1);
          return inst;
        });
        pages.commit();
      });
    },
    dispatch: function (pageId, stepsJson) {
      return interaction(function () {
        var page = top();
        if (!page || page.__id !== pageId) throw new Error('the page changed before the event arrived; read the page again (页面已变化，请重新查看)');
        JSON.parse(stepsJson).forEach(function (step) {
          if (step.kind === 'navigate') { wx[step.api]({ url: step.url, delta: step.delta }); return; }
          var self = step.owner ? componentOf(page, step.owner) : page;
          var fn = self[step.handler];
          if (typeof fn !== 'function') { view.warnings.push((step.owner ? step.owner.component : page.route) + ' has no method "' + step.handler + '" to handle the event "' + step.event.type + '" (没有这个事件处理函数)'); return; }
          guarded(page.route + ' ' + step.handler, fn, self, [step.event]);
        });
      });
    },
    settlePayment: function (ok, message) {
      return interaction(function () {
        var entry = view.payment;
        view.payment = null;
        if (!entry || !entry.resolve) throw new Error('no payment is waiting');
        if (ok) entry.resolve({ errMsg: 'requestPayment:ok' });
        else entry.reject(wxError('requestPayment:fail ' + message));
      });
    },
    answerModal: function (confirm) {
      return interaction(function () {
        var entry = view.modal;
        view.modal = null;
        if (!entry) throw new Error('no modal is open');
        entry.resolve({ errMsg: 'showModal:ok', confirm: !!confirm, cancel: !confirm });
      });
    },
    commit: function () {
      view.saved = { stack: view.stack.slice(), data: view.stack.map(function (p) { return clone(p.data); }), titles: view.stack.map(function (p) { return p.__title; }), payment: view.payment, modal: view.modal };
      return 'ok';
    },
    // Undoes a failed interaction: the pages and their data as they were before it.
    rollback: function () {
      var saved = view.saved || { stack: [], data: [], titles: [], payment: null, modal: null };
      view.stack = saved.stack.slice();
      view.stack.forEach(function (p, i) { p.data = clone(saved.data[i]); p.__title = saved.titles[i]; });
      if (view.payment !== saved.payment) view.payment = null;
      if (view.modal !== saved.modal) view.modal = null;
      return 'ok';
    },
  };

  // ---- entry points for the hub
  g.__agentos = {
    renderCard: function (path, resultJson) { return settle(mountCard(path, resultJson)); },
    page: pages,
    require: function (path) { return load(path); },
    inspect: function () {
      return JSON.stringify(Object.keys(skills).map(function (p) {
        var s = skills[p];
        return {
          skill: p,
          middlewareCount: s.middleware.length,
          registered: Object.keys(s.apis).map(function (n) { return { name: n, isAsync: isAsync(s.apis[n]) }; }),
        };
      }));
    },
    invoke: function (skillPath, name, argsJson) {
      var skill = skills[skillPath];
      if (!skill) return Promise.reject(new Error('skill "' + skillPath + '" did not call wx.modelContext.createSkill("' + skillPath + '")'));
      var handler = skill.apis[name];
      if (!handler) return Promise.reject(new Error('API "' + name + '" is declared in mcp.json but not registered by ' + skillPath + '/index.js'));
      var ctx = { name: name, arguments: JSON.parse(argsJson), result: undefined };
      var i = 0;
      function next() {
        var mw = skill.middleware[i++];
        if (mw) return Promise.resolve(mw(ctx, next));
        return Promise.resolve(handler(ctx.arguments, ctx)).then(function (r) { ctx.result = r; });
      }
      return next().then(function () { return JSON.stringify(ctx.result === undefined ? null : ctx.result); });
    },
  };
})
