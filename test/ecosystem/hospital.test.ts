import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { lintPackage } from '../../src/review/index.ts';
import type { CallRequest } from '../../src/runtime/index.ts';
import { apiCaller, resultData as data, resultText as text, scenarioClock, type CallResult as Result } from '../support/package-calls.ts';
import { usePackageRuntime } from '../support/package-runtime.ts';

// 健康挂号 CareBook, installed from ecosystem/packages/hospital and called through the real
// sandbox at the scenarios' clock (Friday 2026-11-20 10:00 Shanghai): the schedule and slot
// rule of hospital.json, fees by title, the patient behind the passengers consent, the
// registration order and its receipt, holds, cancellation with a refund.
const PACKAGE = new URL('../../ecosystem/packages/hospital', import.meta.url).pathname;
const USERS = JSON.parse(readFileSync(new URL('../../ecosystem/data/users.json', import.meta.url), 'utf8')) as { users: { id: string; passengers: unknown[] }[] };
const DATA = JSON.parse(readFileSync(new URL('../../ecosystem/data/hospital.json', import.meta.url), 'utf8')) as { doctors: { id: string; weekdays: number[]; periods: string[] }[] };

/** 2026-11-20 10:00 in Shanghai, a Friday. */
const TEN_AM = new Date('2026-11-20T02:00:00Z');
const NEXT_MONDAY = '2026-11-23';
const TOMORROW = '2026-11-21';

/** The rule as hospital.json states it, written independently of the package. */
function releasedSlots(doctorId: string, date: string, period: string): number {
  let h = 2166136261;
  for (const byte of Buffer.from(`${doctorId}|${date}|${period}`, 'ascii')) h = Math.imul(h ^ byte, 16777619) >>> 0;
  return h % 13;
}

describe('hospital mini-program (健康挂号 CareBook)', () => {
  const clock = scenarioClock(TEN_AM);
  const app = usePackageRuntime(PACKAGE, {
    clock, userData: (_scope, call) => ({ passengers: USERS.users.find((u) => u.id === call.userId)?.passengers ?? [] }),
  });
  beforeEach(() => {
    clock.set();
  });

  const { raw, call } = apiCaller(app, { appId: 'hospital', userId: 'demo', grants: { 'scope.passengers': 'granted' } });
  const order = (id: string) => app.services.orders.find((o) => o.orderId === id)!;
  const slotsLeft = async (doctorId: string, date: string, period: string) => {
    const slots = data(await call('getDoctorSchedule', { doctorId })).slots as { date: string; period: string; slotsLeft: number }[];
    return slots.find((s) => s.date === date && s.period === period)?.slotsLeft;
  };
  async function card(api: string, out: Result) {
    const componentPath = app.pkg.skills[0]!.apis.find((a) => a.name === api)!.componentPath!;
    return (await app.runtime.renderCard({ appId: 'hospital', userId: 'demo', componentPath, result: out.envelope })).text;
  }
  async function bookAndPay(args: Record<string, unknown>, extra: Partial<CallRequest> = {}) {
    const out = await call('bookAppointment', args, extra);
    expect(out.envelope.isError).toBe(false);
    const orderId = data(out).orderId as string;
    order(orderId).status = 'paid';
    const receipt = await call('notifyAppointment', { orderId, status: 'paid' }, { ...extra, mode: 'system' });
    return { orderId, appointment: data(receipt).appointment as Record<string, any>, receipt };
  }

  it('lints clean: no error and no best-practice warning', () => {
    expect(lintPackage(app.pkg)).toEqual([]);
  });

  it('narrows doctors to the hospital the user names', async () => {
    const out = await call('listDoctors', { hospital: 'h2', department: 'dermatology' });
    expect((data(out).doctors as { hospitalId: string }[]).every((d) => d.hospitalId === 'h2')).toBe(true);
    expect(data(out).doctors).toHaveLength(3);
  });

  it('lists the hospitals with the names people use for them', async () => {
    const out = await call('listHospitals', {}, { grants: {} });
    const hospitals = data(out).hospitals as { id: string; aliases: string[] }[];
    expect(hospitals.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(hospitals[0]!.aliases).toContain('仁和医院');
    expect(data(await call('listHospitals', { city: 'Shanghai' })).hospitals.map((h: { id: string }) => h.id)).toEqual(['h2']);
  });

  it('lists the dermatologists of 仁和医院 next Monday morning with their fees and the slots the rule leaves', async () => {
    const out = await call('listDoctors', { city: '北京', department: 'dermatology', date: NEXT_MONDAY, period: 'am' });
    const doctors = data(out).doctors as Record<string, any>[];
    expect(doctors.map((d) => [d.id, d.name, d.titleName, d.fee])).toEqual([
      ['h1-dermatology-1', '刘娟', '主任医师', 50],
      ['h1-dermatology-3', '王敏', '主治医师', 20],
    ]);
    for (const d of doctors) expect(d.slotsLeft).toBe(releasedSlots(d.id, NEXT_MONDAY, 'am'));
    expect(doctors[1]!.aliases).toContain('王敏医生');
    expect(text(out)).toContain('王敏');
  });

  it('finds exactly one chief cardiologist at Shanghai Mingde on Monday afternoon, in English', async () => {
    const out = await call('listDoctors', { city: 'Shanghai', department: 'cardiology', title: 'chief', date: NEXT_MONDAY, period: 'pm' }, { userId: 'alice', locale: 'en' });
    expect((data(out).doctors as { id: string; fee: number }[]).map((d) => [d.id, d.fee])).toEqual([['h2-cardiology-1', 50]]);
    expect(text(out)).toContain('Dr. Wang Min');
  });

  it('follows every doctor\'s ISO weekdays and periods over the bookable week', async () => {
    for (const doctor of DATA.doctors.filter((_, i) => i % 7 === 0)) {
      const slots = data(await call('getDoctorSchedule', { doctorId: doctor.id })).slots as { date: string; period: string; slotsLeft: number }[];
      for (const s of slots) {
        const weekday = ((new Date(`${s.date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
        expect(doctor.weekdays).toContain(weekday);
        expect(doctor.periods).toContain(s.period);
        expect(s.slotsLeft).toBe(releasedSlots(doctor.id, s.date, s.period));
        expect(s.date >= '2026-11-20' && s.date <= '2026-11-27').toBe(true);
      }
    }
  });

  it('says 陈丽华 (口腔科, 副主任医师) is fully booked tomorrow morning, offers other slots, and takes no money', async () => {
    expect(releasedSlots('h1-stomatology-2', TOMORROW, 'am')).toBe(0);
    const list = await call('listDoctors', { hospital: 'h1', department: 'stomatology', date: TOMORROW, period: 'am' });
    expect((data(list).doctors as Record<string, any>[]).find((d) => d.id === 'h1-stomatology-2')).toMatchObject({ name: '陈丽华', full: true, slotsLeft: 0 });
    expect(text(list)).toContain('约满');
    const out = await call('bookAppointment', { doctorId: 'h1-stomatology-2', date: TOMORROW, period: 'am' });
    expect(out.envelope.isError).toBe(true);
    expect(out.orders).toEqual([]);
    expect(out.scopesRead).toEqual([]);
    expect(text(out)).toContain('约满');
    expect(text(out)).toContain('朱芳');
  });

  it('refuses a day off, a date beyond the week and a clinic that is already over, each with a way out', async () => {
    const off = await call('bookAppointment', { doctorId: 'h1-dermatology-3', date: NEXT_MONDAY, period: 'pm' });
    expect(off.envelope.isError).toBe(true);
    expect(text(off)).toContain('不出诊');
    const far = await call('bookAppointment', { doctorId: 'h1-dermatology-3', date: '2026-11-30', period: 'am' });
    expect(far.envelope.isError).toBe(true);
    expect(text(far)).toContain('2026-11-27');
    clock.set(new Date('2026-11-20T05:00:00Z')); // 13:00 on Friday: the morning clinic is over
    const over = await call('bookAppointment', { doctorId: 'h1-dermatology-1', date: '2026-11-20', period: 'am' });
    expect(over.envelope.isError).toBe(true);
    expect(text(over)).toContain('已经结束');
    expect(app.services.orders).toHaveLength(0);
  });

  it('asks for the passengers consent before booking, and books nothing when it is refused', async () => {
    const waiting = await raw('bookAppointment', { doctorId: 'h1-dermatology-3', date: NEXT_MONDAY, period: 'am' }, { grants: {} });
    expect(waiting).toMatchObject({ kind: 'consent-required', scope: 'scope.passengers' });
    const refused = await call('bookAppointment', { doctorId: 'h1-dermatology-3', date: NEXT_MONDAY, period: 'am' }, { grants: { 'scope.passengers': 'denied' } });
    expect(refused.envelope.isError).toBe(true);
    expect(text(refused)).toContain('身份证号');
    expect(app.services.orders).toHaveLength(0);
  });

  it('registers the user with 王敏 next Monday morning for ¥20.00, holding the slot until paid', async () => {
    const before = await slotsLeft('h1-dermatology-3', NEXT_MONDAY, 'am');
    const out = await call('bookAppointment', { doctorId: 'h1-dermatology-3', date: NEXT_MONDAY, period: 'am' });
    expect(out.envelope.isError).toBe(false);
    expect(out.scopesRead).toEqual(['scope.passengers']);
    expect(out.orders).toEqual([expect.objectContaining({ amount: 20, status: 'created', notifyApi: 'notifyAppointment' })]);
    expect(order(out.orders[0]!.orderId).lines).toEqual([
      { ref: 'h1-dermatology-3', name: expect.any(String), qty: 1, unitPrice: 20, options: { date: NEXT_MONDAY, period: 'am', patient: 'p1' } },
    ]);
    expect(text(out)).toContain('20.00 元');
    expect(await slotsLeft('h1-dermatology-3', NEXT_MONDAY, 'am')).toBe(before! - 1);

    const twice = await call('bookAppointment', { doctorId: 'h1-dermatology-3', date: NEXT_MONDAY, period: 'am' });
    expect(twice.envelope.isError).toBe(true);
    expect(twice.orders).toEqual([]);

    clock.set(new Date(TEN_AM.getTime() + 31 * 60 * 1000)); // an unpaid hold lapses after 30 minutes
    expect(await slotsLeft('h1-dermatology-3', NEXT_MONDAY, 'am')).toBe(before);
  });

  it('books for a family member by relation or patient id, and refuses a patient who is not the user\'s', async () => {
    const out = await call('bookAppointment', { doctorId: 'h1-pediatrics-3', date: NEXT_MONDAY, period: 'pm', patientId: 'p2' });
    expect(order(out.orders[0]!.orderId).lines[0]!.options).toEqual({ date: NEXT_MONDAY, period: 'pm', patient: 'p2' });
    expect(text(out)).toContain('李娜');
    const wife = await call('bookAppointment', { doctorId: 'h1-internal-2', date: NEXT_MONDAY, period: 'pm', patientRelation: 'spouse' });
    expect(order(wife.orders[0]!.orderId).lines[0]!.options).toMatchObject({ patient: 'p2' });
    const child = await call('bookAppointment', { doctorId: 'h1-internal-2', date: NEXT_MONDAY, period: 'pm', patientRelation: 'child' });
    expect(child.envelope.isError).toBe(true);
    expect(child.orders).toEqual([]);
    expect(text(child)).toContain('张伟（本人）、李娜（配偶）');
    const stranger = await call('bookAppointment', { doctorId: 'h1-pediatrics-3', date: NEXT_MONDAY, period: 'pm', patientId: 'p7' });
    expect(stranger.envelope.isError).toBe(true);
    expect(stranger.orders).toEqual([]);
  });

  it('confirms a paid registration with a visit number, lists it, and cancels it with a full refund', async () => {
    const { orderId, appointment, receipt } = await bookAndPay({ doctorId: 'h2-cardiology-1', date: NEXT_MONDAY, period: 'pm' }, { userId: 'alice', locale: 'en' });
    expect(text(receipt)).toContain('Payment received');
    expect(appointment).toMatchObject({ status: 'booked', patientId: 'p1', patientName: '陈爱丽', fee: 50, visitNo: 12 - releasedSlots('h2-cardiology-1', NEXT_MONDAY, 'pm') + 1 });
    expect(order(orderId).lines[0]).toMatchObject({ ref: 'h2-cardiology-1', unitPrice: 50, options: { date: NEXT_MONDAY, period: 'pm', patient: 'p1' } });

    const mine = await call('listMyAppointments', {}, { userId: 'alice' });
    expect((data(mine).appointments as { id: string }[]).map((a) => a.id)).toEqual([appointment.id]);
    expect(data(await call('listMyAppointments')).appointments.map((a: { id: string }) => a.id)).not.toContain(appointment.id);

    const stranger = await call('cancelAppointment', { appointmentId: appointment.id });
    expect(stranger.envelope.isError).toBe(true);
    const held = await slotsLeft('h2-cardiology-1', NEXT_MONDAY, 'pm');
    const canceled = await call('cancelAppointment', { appointmentId: appointment.id }, { userId: 'alice' });
    expect(canceled.envelope.isError).toBe(false);
    expect(data(canceled)).toMatchObject({ refunded: 50, appointment: { status: 'canceled' } });
    expect(order(orderId)).toMatchObject({ refunded: 50, status: 'refunded' });
    expect(await slotsLeft('h2-cardiology-1', NEXT_MONDAY, 'pm')).toBe(held! + 1);
    const again = await call('cancelAppointment', { appointmentId: appointment.id }, { userId: 'alice' });
    expect(again.envelope.isError).toBe(true);
    expect(order(orderId).refunded).toBe(50);
  });

  it('releases the slot at once when the user declines to pay', async () => {
    const before = await slotsLeft('h1-stomatology-3', NEXT_MONDAY, 'pm');
    const out = await call('bookAppointment', { doctorId: 'h1-stomatology-3', date: NEXT_MONDAY, period: 'pm' });
    const orderId = data(out).orderId as string;
    expect(await slotsLeft('h1-stomatology-3', NEXT_MONDAY, 'pm')).toBe(before! - 1);
    order(orderId).status = 'canceled';
    const declined = await call('notifyAppointment', { orderId, status: 'canceled' }, { mode: 'system' });
    expect(text(declined)).toContain('未扣款');
    expect(await slotsLeft('h1-stomatology-3', NEXT_MONDAY, 'pm')).toBe(before);
  });

  it('shows the exact registration on its confirmation card with a pay button, and the visit number on the receipt', async () => {
    const doctors = await call('listDoctors', { city: '北京', department: 'dermatology', date: NEXT_MONDAY, period: 'am' });
    expect(await card('listDoctors', doctors)).toContain('王敏 · 主治医师');
    const out = await call('bookAppointment', { doctorId: 'h1-dermatology-1', date: NEXT_MONDAY, period: 'am' });
    const confirmation = await card('bookAppointment', out);
    for (const part of ['张伟', '北京仁和医院 皮肤科', '刘娟 · 主任医师', '2026-11-23 上午 08:00-12:00', '¥50.00', '确认支付']) expect(confirmation).toContain(part);
    order(data(out).orderId).status = 'paid';
    const paid = await call('notifyAppointment', { orderId: data(out).orderId, status: 'paid' }, { mode: 'system' });
    expect(await card('notifyAppointment', paid)).toContain(`序号 No. ${data(paid).appointment.visitNo}`);
  });
});
