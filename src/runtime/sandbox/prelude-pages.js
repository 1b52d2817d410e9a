// The mini-program view, run second in every realm: a page session's page stack, lifecycle,
// events and navigation. It builds on the internals prelude.js hands over and adds
// `__agentos.page` for the host.
(function (internal) {
  'use strict';
  var g = internal.g, sync = internal.sync, async = internal.async, wxError = internal.wxError;
  var callbackStyle = internal.callbackStyle, define = internal.define, definitions = internal.definitions;
  var instantiate = internal.instantiate, clone = internal.clone, setPath = internal.setPath, wx = internal.wx;
  var load = internal.load, whenIdle = internal.whenIdle;

  // ---- pages: the mini-program view. A page session owns a realm; its page stack, lifecycle,
  // events and navigation live here, and the host renders the top page's data after each
  // interaction. An interaction ends when no host operation is left in flight.
  var view = { config: null, stack: [], saved: null, errors: [], warnings: [], payment: null, modal: null, loading: null, handoffs: {}, nextId: 1, components: {} };
  function inPage() { return sync('mode') === 'page'; }
  function reason(e) { e = internal.explain(e); return e && typeof e === 'object' && (e.errMsg || e.message) ? String(e.errMsg || e.message) + where(e) : String(e); }
  // ` (at pages/a/a.js:12:5)`: the first frame of the package's own code, so review can name the line.
  function where(e) {
    var frames = typeof e.stack === 'string' && e.name !== 'InternalError' ? e.stack.split('\n') : [];
    for (var i = 0; i < frames.length; i++) {
      var m = /\(([^()\s]+\.js):(\d+)(?::(\d+))?\)/.exec(frames[i]);
      if (m && m[1].indexOf('agentos-') !== 0) return ' (at ' + m[1] + ':' + m[2] + (m[3] ? ':' + m[3] : '') + ')';
    }
    return '';
  }
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
    inst.selectAllComponents = function () { return []; };
    inst.getPageId = function () { return 'pageId:' + inst.__id; };
    return inst;
  }
  // A handoff reaches the listeners registered before the route (app.js, the page's module) with
  // the new page's id, before its onLoad; a listener the page registers in onLoad gets it after.
  function openPage(route, query, handoff) {
    var inst = makePage(route, query);
    var event = handoff ? { pageId: inst.getPageId(), path: handoff.path, query: handoff.query, payload: handoff.payload } : null;
    [g.__agentosHandoff, view.handoffs[route]].forEach(function (fn) {
      if (event && typeof fn === 'function') guarded(route + ' onAgentHandoff', fn, null, [clone(event)]);
    });
    view.stack.push(inst);
    view.loading = inst;
    try { lifecycle(inst, 'onLoad', [query]); } finally { view.loading = null; }
    if (event && typeof inst.__handoff === 'function') guarded(route + ' onAgentHandoff', inst.__handoff, inst, [clone(event)]);
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
    else if (internal.definingPath()) view.handoffs[internal.definingPath()] = fn;
    else g.__agentosHandoff = fn;
  };
  wx.offAgentHandoff = function () {
    if (view.loading) view.loading.__handoff = undefined;
    else if (top() && top().__handoff) top().__handoff = undefined;
    else g.__agentosHandoff = undefined;
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
  // Every interaction starts from the pages as they are (what the last one left, or what a
  // rollback put back): keep them, so a failed one can be undone without a round trip to commit.
  function interaction(fn) {
    pages.commit();
    internal.fresh();
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
        var handoff = handoffJson ? JSON.parse(handoffJson) : null;
        openPage(to.route, to.query, handoff ? { path: '/' + to.route, query: to.text, payload: handoff.payload } : null);
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

  internal.entry.page = pages;
})
