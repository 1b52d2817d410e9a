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

  // ---- modules: CommonJS inside the package only, resolved as WeChat resolves them: `./x` and
  // `../x` from the requiring file (a `..` at the package root stays at the root), `/x` from the
  // root, and a bare `pkg` from the nearest `miniprogram_npm/pkg` up to the root, then beside the file.
  var cache = {};
  function joinPath(parts, request) {
    var out = parts.slice();
    request.split('/').forEach(function (p) {
      if (p === '' || p === '.') return;
      if (p === '..') out.pop();
      else out.push(p);
    });
    return out.join('/');
  }
  function candidatesFor(from, request) {
    if (typeof request !== 'string' || request === '') throw new Error('require() needs a string path');
    var folder = from.split('/').slice(0, -1);
    var first = request.charAt(0);
    if (first === '/') return [joinPath([], request)];
    if (first === '.') return [joinPath(folder, request)];
    var list = [];
    for (var i = folder.length; i >= 0; i--) list.push(joinPath(folder.slice(0, i).concat(['miniprogram_npm']), request));
    list.push(joinPath(folder, request));
    return list;
  }
  function compileModule(path) {
    if (cache[path]) return cache[path];
    var compiled = hostCompile(path);
    if (!compiled) return undefined;
    if (cache[compiled.path]) return (cache[path] = cache[compiled.path]);
    var module = { exports: {}, id: compiled.path, compiled: compiled, loaded: false };
    cache[compiled.path] = module;
    cache[path] = module;
    return module;
  }
  function run(module) {
    if (module.loaded) return module.exports;
    module.loaded = true;
    var compiled = module.compiled;
    module.compiled = undefined;
    loading.push(compiled.path);
    try {
      if (compiled.json !== undefined) module.exports = JSON.parse(compiled.json);
      else compiled.fn.call(module.exports, module, module.exports, makeRequire(compiled.path), g.wx);
    } catch (e) {
      // A module that threw is forgotten (as in Node): the next require runs it again instead of
      // handing out its half-built exports.
      Object.keys(cache).forEach(function (key) { if (cache[key] === module) delete cache[key]; });
      throw e;
    } finally { loading.pop(); }
    return module.exports;
  }
  function load(path) {
    var module = compileModule(path);
    if (!module) throw new Error('cannot find module "' + path + '" in the package');
    return run(module);
  }
  function makeRequire(from) {
    return function require(request) {
      var candidates = candidatesFor(from, request);
      for (var i = 0; i < candidates.length; i++) {
        var module = compileModule(candidates[i]);
        if (module) return run(module);
      }
      if (candidates.length > 1) throw new Error('module "' + request + '" is not available to a mini-program: no file of its package matches it (looked in miniprogram_npm/ up from ' + from + ', then beside it)');
      throw new Error('cannot find module "' + request + '" from ' + from + ' in the package (' + candidates[0] + ')');
    };
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
  // The module path being loaded at the top (a skill's index.js): the older
  // `wx.modelContext.registerAPI(name, fn)` registers into that skill.
  var loading = [];
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
  // The older form: registers into the skill whose index.js is loading, or a table every skill falls back to.
  var looseApis = {};
  function registerLoose(name, handler) {
    if (typeof name !== 'string' || typeof handler !== 'function') throw new Error('registerAPI(name, handler) needs a name and a function');
    var entry = loading[0] || '';
    var dir = entry.split('/').slice(0, -1).join('/');
    var owner = null;
    Object.keys(skills).forEach(function (p) { if (dir === p || dir.indexOf(p + '/') === 0) owner = skills[p]; });
    if (!owner && dir) {
      try { createSkill(dir); owner = skills[sync('skill.check', { path: dir })]; } catch (e) { owner = null; }
    }
    if (owner) owner.apis[name] = handler;
    else looseApis[name] = handler;
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
    onAgentHandoff: function (fn) { g.__agentosHandoff = fn; },
    modelContext: {
      createSkill: createSkill,
      registerAPI: registerLoose,
    },
  };
  // Feature detection reads a missing API as `undefined`, as on a device that lacks it; calling
  // one then fails with a TypeError that `explain` names (the last missing API that was read).
  var missing = { last: null };
  g.wx = typeof Proxy === 'function'
    ? new Proxy(wx, {
        get: function (target, key) {
          if (key in target || typeof key !== 'string') return target[key];
          missing.last = key;
          return undefined;
        },
      })
    : wx;
  function explain(e) {
    if (e && e instanceof TypeError && /not a function/.test(String(e.message)) && missing.last) {
      var named = wxError('wx.' + missing.last + ' is not supported by AgentOS (' + e.message + '; check it with wx.canIUse or typeof first)');
      named.stack = e.stack;
      return named;
    }
    return e;
  }
  function fresh() { missing.last = null; }
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
  var instances = 0;
  function instantiate(def, props) {
    var data = clone(def.data) || {};
    var properties = def.properties || {};
    Object.keys(properties).forEach(function (k) {
      var p = properties[k];
      var dflt = p && typeof p === 'object' && 'value' in p ? p.value : undefined;
      data[k] = props && k in props ? props[k] : clone(dflt);
    });
    var inst = { data: data, properties: data, __listeners: {}, __pageId: 'pageId:' + (++instances) };
    inst.getPageId = function () { return inst.__pageId; };
    inst.setData = function (patch, cb) {
      Object.keys(patch || {}).forEach(function (k) { setPath(inst.data, k, clone(patch[k])); });
      if (typeof cb === 'function') cb();
    };
    var methods = def.methods || {};
    Object.keys(methods).forEach(function (k) { if (typeof methods[k] === 'function') inst[k] = methods[k].bind(inst); });
    Object.keys(def).forEach(function (k) { if (typeof def[k] === 'function' && !(k in inst)) inst[k] = def[k].bind(inst); });
    return inst;
  }
  function whenIdle() {
    return new Promise(function (resolve) { if (inflight === 0) resolve(); else idleWaiters.push(resolve); })
      .then(function () { return hostAsync('page.tick', 'null'); })
      .then(function () { return inflight === 0 ? undefined : whenIdle(); });
  }

  // ---- entry points for the hub
  g.__agentos = {
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
      fresh();
      var skill = skills[skillPath];
      if (!skill && looseApis[name]) skill = { apis: {}, middleware: [] };
      if (!skill) return Promise.reject(new Error('skill "' + skillPath + '" did not call wx.modelContext.createSkill("' + skillPath + '")'));
      var handler = skill.apis[name] || looseApis[name];
      if (!handler) return Promise.reject(new Error('API "' + name + '" is declared in mcp.json but not registered by ' + skillPath + '/index.js'));
      var ctx = { name: name, arguments: JSON.parse(argsJson), result: undefined };
      var i = 0;
      function next() {
        var mw = skill.middleware[i++];
        if (mw) return Promise.resolve(mw(ctx, next));
        return Promise.resolve(handler(ctx.arguments, ctx)).then(function (r) { ctx.result = r; });
      }
      return next().then(function () { return JSON.stringify(ctx.result === undefined ? null : ctx.result); }, function (e) { throw explain(e); });
    },
  };

  // What prelude-pages.js builds on (handed over by the host, never put on a global).
  return {
    g: g, sync: sync, async: async, wxError: wxError, callbackStyle: callbackStyle, define: define, definitions: definitions,
    definingPath: function () { return defining; }, instantiate: instantiate, clone: clone, setPath: setPath, wx: wx,
    load: load, whenIdle: whenIdle, entry: g.__agentos, explain: explain, fresh: fresh, tapOnly: tapOnly,
  };
})
