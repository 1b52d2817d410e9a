// Cards (WeChat's "atomic components"), run after prelude.js: the documented `wx.modelContext`
// surface a card uses — getContext(this), getViewContext(this), NotificationType — and the
// `renderCard` / `tapCard` entry points. What a card asks of its view (a related page, a detail
// page, expiring earlier cards) is kept on the instance and handed back with its data.
(function (internal) {
  'use strict';
  var sync = internal.sync, async = internal.async, wxError = internal.wxError, wx = internal.wx;
  var define = internal.define, instantiate = internal.instantiate, clone = internal.clone;
  var explain = internal.explain, fresh = internal.fresh, tapOnly = internal.tapOnly;

  var NotificationType = { Input: 'input', Result: 'result', Overflow: 'overflow', Resize: 'resize', Expire: 'expire', Ban: 'ban', UnBan: 'unban' };
  // The card's box: full width, between 4:1 and 1:1 (WeChat's getDimensions).
  var WIDTH = 375;

  // True while a user's tap handler runs: only then may a card talk upstream or open a page
  // (its re-mount for the tap, and its Result listener, are not the user's gesture).
  var gesture = false;
  function ok(name, extra) { return Promise.resolve(Object.assign({ errMsg: name + ':ok' }, extra || {})); }
  function fail(name, why) { return Promise.reject(wxError(name + ':fail ' + why)); }
  function kind(type) { return String(type || '').toLowerCase(); }
  function view(inst) { return inst && inst.__view ? inst.__view : { related: null, detail: null, expire: [] }; }

  // One listener registry per instance; `getContext` and `getViewContext` share it, as WeChat's do.
  function on(inst, type, fn) {
    if (typeof fn !== 'function' || !inst || !inst.__listeners) return;
    var t = kind(type);
    (inst.__listeners[t] = inst.__listeners[t] || []).push(fn);
    var delivered = inst.__delivered && inst.__delivered[t];
    if (delivered) fn.call(inst, delivered); // a listener added after the result still gets it
  }
  function off(inst, type, fn) {
    if (!inst || !inst.__listeners) return;
    if (type === undefined) { inst.__listeners = {}; return; }
    var t = kind(type);
    inst.__listeners[t] = fn ? (inst.__listeners[t] || []).filter(function (f) { return f !== fn; }) : [];
  }
  function notify(inst, type, payload) {
    inst.__delivered = inst.__delivered || {};
    inst.__delivered[type] = payload;
    (inst.__listeners[type] || []).slice().forEach(function (fn) { fn.call(inst, payload); });
  }

  // `sendFollowUpMessage` takes a string, `{ content: string }` or `{ content: [text, api/call…] }`.
  function followUp(message) {
    var content = typeof message === 'string' ? message : message && message.content;
    if (typeof content === 'string') content = [{ type: 'text', text: content }];
    if (!Array.isArray(content) || content.length === 0) return fail('sendFollowUpMessage', 'content must be a text or a list of parts (需要文本内容)');
    if (!content[0] || content[0].type !== 'text' || typeof content[0].text !== 'string' || !content[0].text) {
      return fail('sendFollowUpMessage', 'the first part must be { type: \'text\', text } (第一项必须是文本)');
    }
    return upstream('sendFollowUpMessage', { content: clone(content) });
  }
  // Outside a user's tap the promise rejects (WeChat's `:fail`); it never throws into the card's code.
  function upstream(name, message) {
    if (!gesture) return fail(name, 'only a user\'s tap on the card may call ' + name + ' (只能在用户点击卡片时调用)');
    try { return tapOnly(name)(message); } catch (e) { return Promise.reject(e); }
  }
  function updateModelContext(param) {
    var content = param && param.content;
    var valid = Array.isArray(content) && content.length > 0 && content.every(function (c) { return c && c.type === 'text' && typeof c.text === 'string' && c.text; });
    if (!valid) return fail('updateModelContext', 'content must be a list of { type: \'text\', text } (只能是文本)');
    return upstream('updateModelContext', { content: clone(content) });
  }

  function getContext(inst) {
    if (inst && inst.__modelContext) return inst.__modelContext;
    var context = {
      on: function (type, fn) { on(inst, type, fn); },
      off: function (type, fn) { off(inst, type, fn); },
      sendFollowUpMessage: followUp,
      updateModelContext: updateModelContext,
    };
    if (inst) inst.__modelContext = context;
    return context;
  }
  function getViewContext(inst) {
    if (!inst || !inst.__listeners) throw wxError('getViewContext:fail pass the component instance: wx.modelContext.getViewContext(this)');
    if (inst.__viewContext) return inst.__viewContext;
    inst.__view = inst.__view || { related: null, detail: null, expire: [] };
    var v = inst.__view;
    inst.__viewContext = {
      on: function (type, fn) { on(inst, type, fn); },
      off: function (type, fn) { off(inst, type, fn); },
      getDimensions: function () { return { width: WIDTH, minHeight: Math.round(WIDTH / 4), maxHeight: WIDTH }; },
      // The card's "open the mini-program" entry: a page of the package (the component's declared page when no path).
      setRelatedPage: function (o) {
        var option = o || {};
        v.related = { path: typeof option.path === 'string' ? option.path : '', query: String(option.query || '').replace(/^[?&]+/, '') };
        return ok('setRelatedPage');
      },
      // WeChat reads `{ url }`; its documentation also shows `{ path, query }`: both are taken.
      openDetailPage: function (o) {
        var option = o || {};
        var url = typeof option.url === 'string' ? option.url : typeof option.path === 'string' ? option.path + (option.query ? '?' + String(option.query).replace(/^[?&]+/, '') : '') : '';
        if (!url) return fail('openDetailPage', 'needs a page url (需要页面路径)');
        if (!gesture || sync('mode') !== 'tap') return fail('openDetailPage', 'only a user\'s tap on the card may open a page (只能在用户点击时打开)');
        v.detail = { url: url };
        return ok('openDetailPage');
      },
      preloadDetailPage: function () { return ok('preloadDetailPage'); },
      closeDetailPage: function () { return ok('closeDetailPage'); },
      expirePreviousCards: function (filter) { v.expire.push(clone(filter || {})); return ok('expirePreviousCards'); },
      updateModelContext: updateModelContext,
    };
    return inst.__viewContext;
  }

  wx.modelContext.NotificationType = NotificationType;
  wx.modelContext.getContext = getContext;
  wx.modelContext.getViewContext = getViewContext;
  wx.modelContext.getSessionId = function () { return String(sync('session') || ''); };
  wx.modelContext.expireAllCards = function (filter) {
    return async('expireAllCards', clone(filter || {})).then(function () { return { errMsg: 'expireAllCards:ok' }; });
  };
  wx.modelContext.sendFollowUpMessage = followUp;
  wx.modelContext.updateModelContext = updateModelContext;

  // Mounts a card as WeChat does: lifetimes, then Input (the call's arguments), then Result, then Expire if it expired.
  function mountCard(path, resultJson, optionsJson) {
    var def = define(path);
    var inst = instantiate(def, {});
    inst.__pageId = 'pageId:card';
    var life = def.lifetimes || {};
    [life.created || def.created, life.attached || def.attached, life.ready || def.ready].forEach(function (fn) { if (typeof fn === 'function') fn.call(inst); });
    var options = optionsJson ? JSON.parse(optionsJson) : {};
    notify(inst, 'input', { input: options.arguments || {} });
    notify(inst, 'result', { result: JSON.parse(resultJson) });
    if (options.expired) {
      notify(inst, 'expire', { expiredText: String(options.expired.expiredText || '') });
      if (typeof def.onExpire === 'function') def.onExpire.call(inst);
      else if (def.methods && typeof def.methods.onExpire === 'function') def.methods.onExpire.call(inst);
    }
    return inst;
  }
  // A card's promise callbacks (a follow-up's fail, a setData after it) run before its data is read.
  function settled(inst) {
    var hops = Promise.resolve();
    for (var i = 0; i < 8; i++) hops = hops.then(function () {});
    return hops.then(function () { return output(inst); });
  }
  function output(inst) {
    var v = view(inst);
    return JSON.stringify({ data: inst.data, related: v.related, detail: v.detail, expire: v.expire });
  }

  var entry = internal.entry;
  entry.renderCard = function (path, resultJson, optionsJson) {
    fresh();
    return Promise.resolve()
      .then(function () { return settled(mountCard(path, resultJson, optionsJson)); })
      .then(null, function (e) { throw explain(e); });
  };
  // A user's tap: the handler runs in tap mode (follow-ups, model context, detail pages allowed),
  // then the card's data and view requests come back for a re-render.
  entry.tapCard = function (path, resultJson, handler, eventJson, optionsJson) {
    fresh();
    return Promise.resolve()
      .then(function () {
        var inst = mountCard(path, resultJson, optionsJson);
        var fn = inst[handler];
        if (typeof fn !== 'function') throw new Error('the card ' + path + ' has no handler "' + handler + '"');
        gesture = true;
        return Promise.resolve(fn.call(inst, JSON.parse(eventJson))).then(function () { return settled(inst); });
      })
      .then(function (out) { gesture = false; return out; }, function (e) { gesture = false; throw explain(e); });
  };
})
