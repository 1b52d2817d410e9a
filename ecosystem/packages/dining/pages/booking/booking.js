// The booking form: date, hall or private room, party size and time (full times are marked
// and nearby free ones suggested). Submitting pays the deposit (wx.requestPayment) and books.
const rules = require('../../utils/rules.js');
const clock = require('../../utils/clock.js');
const bookings = require('../../utils/bookings.js');
const { t, reasonOf } = require('../../utils/i18n.js');

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

Page({
  data: {
    restaurantId: '',
    found: false,
    error: '',
    restaurant: null,
    today: '',
    lastDate: '',
    dates: [],
    date: '',
    rooms: [],
    room: '',
    partySize: 2,
    time: '',
    lunchSlots: [],
    dinnerSlots: [],
    deposit: 0,
    status: '',
    statusOk: false,
    remark: '',
    canSubmit: false,
    submitting: false,
    payError: '',
  },

  onLoad(query) {
    const q = query || {};
    const r = rules.restaurantById(q.id);
    if (!r) {
      this.setData({ found: false, error: t('unknownRestaurant', { id: q.id || '' }) });
      return;
    }
    this.setData({ restaurantId: r.id });
    const now = clock.beijingNow();
    const dates = [];
    for (let i = 0; i < 7; i++) {
      const date = clock.addDays(now.date, i);
      const day = clock.weekday(date);
      const prefix = i === 0 ? '今天' : i === 1 ? '明天' : WEEKDAYS[day];
      dates.push({ date, label: `${prefix} ${date.slice(5)}`, labelEn: i === 0 ? 'Today' : i === 1 ? 'Tomorrow' : WEEKDAYS_EN[day] });
    }
    const rooms = ['hall', 'private']
      .filter((room) => r.rooms[room] > 0)
      .map((room) => ({ value: room, label: room === 'hall' ? '大厅 Hall' : `包间 Private room（${r.privateMinParty} 人起 from ${r.privateMinParty}）`, deposit: rules.depositFor(room) }));
    const room = q.room === 'hall' || q.room === 'private' ? q.room : r.rooms.hall > 0 ? 'hall' : 'private';
    const partySize = q.partySize !== undefined && q.partySize !== '' ? Number(q.partySize) : room === 'private' ? Math.max(2, r.privateMinParty) : 2;
    this.setData({
      found: true,
      restaurant: { id: r.id, name: r.name, nameEn: r.nameEn },
      today: now.date,
      lastDate: clock.addDays(now.date, rules.BOOKING_DAYS - 1),
      dates,
      rooms,
    });
    this.refresh({ date: q.date || now.date, room, partySize, time: q.time || '' });
  },

  onSelectDate(e) {
    this.refresh({ date: e.currentTarget.dataset.date });
  },

  onDateChange(e) {
    this.refresh({ date: e.detail.value });
  },

  onSelectRoom(e) {
    this.refresh({ room: e.currentTarget.dataset.room });
  },

  onPartyMinus() {
    this.refresh({ partySize: Math.max(1, Number(this.data.partySize) - 1) });
  },

  onPartyPlus() {
    this.refresh({ partySize: Math.min(rules.MAX_PARTY, Number(this.data.partySize) + 1) });
  },

  onPartySizeInput(e) {
    this.refresh({ partySize: Number(e.detail.value) });
  },

  onSelectTime(e) {
    this.refresh({ time: e.currentTarget.dataset.time });
  },

  onRemarkInput(e) {
    this.setData({ remark: String(e.detail.value || '').slice(0, 100) });
  },

  async onSubmitBooking(e) {
    if (!this.data.found || this.data.submitting) return;
    const form = (e && e.detail && e.detail.value) || {};
    if (form.partySize !== undefined && form.partySize !== '') this.refresh({ partySize: Number(form.partySize) });
    if (form.remark !== undefined) this.setData({ remark: String(form.remark).slice(0, 100) });
    const d = this.data;
    const checked = this.check(d);
    if (!checked.ok) {
      const message = d.time || checked.code !== 'badTime' ? t(checked.code, checked.params) : t('chooseTime');
      this.setData({ status: message, statusOk: false });
      wx.showToast({ title: message, icon: 'none' });
      return;
    }
    const r = checked.restaurant;
    const roomZh = d.room === 'hall' ? '大厅' : '包间';
    this.setData({ submitting: true, canSubmit: false, payError: '' });
    let created;
    try {
      created = await wx.createOrder({
        title: `好饭订座 · ${r.name} ${roomZh}订金`,
        amount: checked.deposit,
        lines: [{ ref: r.id, name: `${r.name} ${roomZh}订金`, qty: 1, unitPrice: checked.deposit, options: { date: d.date, time: d.time, partySize: checked.partySize, room: d.room } }],
      });
    } catch (error) {
      this.setData({ submitting: false, payError: t('orderFailed', { reason: reasonOf(error) }) });
      this.refresh({});
      return;
    }
    const booking = {
      orderId: created.orderId,
      status: 'pending',
      restaurant: r.id,
      restaurantName: r.name,
      restaurantNameEn: r.nameEn,
      date: d.date,
      time: d.time,
      partySize: checked.partySize,
      room: d.room,
      deposit: checked.deposit,
      remark: d.remark,
      createdAt: Date.now(),
    };
    bookings.saveBooking(booking);
    wx.requestPayment({
      orderId: created.orderId,
      success: () => {
        bookings.updateBooking(created.orderId, { status: 'paid', paidAt: Date.now() });
        const params = Object.assign({}, booking, { restaurant: r.name, restaurantEn: r.nameEn });
        wx.showToast({ title: t('booked', params), icon: 'none' });
        wx.redirectTo({ url: `/pages/result/result?orderId=${created.orderId}` });
      },
      fail: (error) => {
        bookings.updateBooking(created.orderId, { status: 'unpaid' });
        this.setData({ submitting: false, payError: t('payCanceled', { reason: reasonOf(error) }) });
        this.refresh({});
      },
    });
  },

  check(d) {
    return rules.checkBooking(
      { restaurantId: this.data.restaurantId, date: d.date, time: d.time, partySize: d.partySize, room: d.room },
      clock.beijingNow(),
      bookings.takenCounter(this.data.restaurantId),
    );
  },

  // Recomputes the time slots and the status line after any change.
  refresh(changes) {
    if (!this.data.restaurantId) return;
    const d = Object.assign({}, this.data, changes);
    const r = rules.restaurantById(this.data.restaurantId);
    const now = clock.beijingNow();
    const takenOf = bookings.takenCounter(r.id);
    const slot = (time) => {
      const past = d.date === now.date && time <= now.time;
      const full = !past && rules.tablesLeft(r, d.date, time, d.room, takenOf(d.date, time, d.room)) === 0;
      return { time, state: past ? 'past' : full ? 'full' : 'free', selected: time === d.time };
    };
    const checked = this.check(d);
    const status = checked.ok
      ? t('available', { date: d.date, time: d.time, room: d.room, deposit: checked.deposit })
      : d.time || checked.code !== 'badTime' ? t(checked.code, checked.params) : '';
    this.setData({
      date: d.date,
      room: d.room,
      partySize: d.partySize,
      time: d.time,
      lunchSlots: rules.allSlots().filter((s) => rules.mealOf(s) === 'lunch').map(slot),
      dinnerSlots: rules.allSlots().filter((s) => rules.mealOf(s) === 'dinner').map(slot),
      deposit: rules.depositFor(d.room) || 0,
      status,
      statusOk: checked.ok,
      canSubmit: checked.ok && !d.submitting,
    });
  },
});
