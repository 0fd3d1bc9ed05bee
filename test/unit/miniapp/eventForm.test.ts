import { EventFieldsSchema } from '@rights-outreach/shared';
import {
  eventFormFrom,
  firstErrorField,
  newEventForm,
  validateEventForm,
  type EventFormValues,
} from '../../../miniapp/src/staff/logic/eventForm';
import { someFields } from './support/eventFields';

function filledForm(overrides: Partial<EventFormValues> = {}): EventFormValues {
  return { ...eventFormFrom(someFields()), ...overrides };
}

describe('event form ↔ the API schema', () => {
  it('turns a filled form into exactly what the API accepts, with the start time at +08:00', () => {
    const result = validateEventForm(filledForm({ date: '2026-03-15', time: '09:30', notes: '  与社区居委会合办  ' }));

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(EventFieldsSchema.parse(result.fields)).toEqual(result.fields);
    expect(result.fields.startAt).toBe('2026-03-15T09:30:00+08:00');
    expect(result.fields.notes).toBe('与社区居委会合办');
  });

  it('round-trips an event through the edit form unchanged', () => {
    const event = someFields({
      startAt: '2026-03-15T01:30:00.000Z',
      location: { latitude: 23.1, longitude: 113.3, accuracy: 20 },
      notes: '备注',
    });
    const result = validateEventForm(eventFormFrom(event));
    expect(result.ok && result.fields).toEqual({ ...event, startAt: '2026-03-15T09:30:00+08:00' });
  });

  it('reports an emptied number box as missing, never as 0', () => {
    const result = validateEventForm(filledForm({ headcount: '', leaflets: '' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toMatchObject({ headcount: '请填写现场参与人数', leaflets: '请填写三折页数量' });
  });

  it("says 请输入数字 for text that is not a number, and keeps the schema's words otherwise", () => {
    const result = validateEventForm(filledForm({ staffPresent: '三', displayAreas: '1.5', posters: '-1' }));
    expect(!result.ok && result.errors).toMatchObject({
      staffPresent: '请输入数字',
      displayAreas: '展区数量须为整数',
      posters: '海报数量不能为负数',
    });
  });

  it('puts the coverage rule under the upper bound and a missing time under the start time', () => {
    const result = validateEventForm(filledForm({ coverageMin: '500', coverageMax: '100', time: '' }));
    expect(!result.ok && result.errors).toMatchObject({ coverageMax: '覆盖人数上限不能小于下限', startAt: '请选择开始时间' });
  });

  it('words technical rules in Chinese: a missing type or campaign', () => {
    const result = validateEventForm(filledForm({ type: '', campaignCode: '' }));
    expect(!result.ok && result.errors).toMatchObject({ type: '请选择活动类型', campaignCode: '请选择宣传活动' });
  });

  it('starts a new form with the campaign, own unit and today, and nothing guessed for the counts', () => {
    const form = newEventForm({ campaignCode: 'rights-week-2026', unitId: 'panyu', now: new Date('2026-03-14T17:00:00Z') });
    expect(form).toMatchObject({
      campaignCode: 'rights-week-2026',
      unitId: 'panyu',
      date: '2026-03-15',
      time: '',
      headcount: '',
      staffPresent: '',
    });
  });

  it('scrolls to the first invalid field in page order', () => {
    expect(firstErrorField({ notes: 'x', title: 'y', headcount: 'z' })).toBe('title');
  });
});

describe('event form for online events and 职场培训', () => {
  const online = {
    campaignCode: 'rights-week-2026',
    type: 'live_stream' as const,
    unitId: 'panyu',
    title: '3·15 消保直播间',
    startAt: '2026-03-15T11:30:00.000Z',
    platform: 'douyin' as const,
    link: 'https://live.douyin.com/315',
    targetGroups: [],
    staffPresent: 2,
    viewersReported: 5200,
  };

  it('sends a live stream’s platform, link and viewers and none of the offline boxes, even when they hold numbers', () => {
    const result = validateEventForm({ ...eventFormFrom(online), headcount: '40', placeName: '旧地点' });

    expect(result.ok && result.fields).toEqual({ ...online, startAt: '2026-03-15T19:30:00+08:00' });
    expect(result.ok && EventFieldsSchema.parse(result.fields)).toBeTruthy();
  });

  it('asks an online event for its platform and viewers, and an https link, and not for a place or headcount', () => {
    const form = { ...newEventForm({ campaignCode: 'rights-week-2026', unitId: 'panyu', now: new Date() }), type: 'live_stream' as const };

    const result = validateEventForm({ ...form, link: 'http://live.example.com' });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      platform: '请选择线上平台',
      viewersReported: '请填写平台报告观看人数',
      link: '链接须以 https:// 开头',
    });
    expect(result.errors).not.toHaveProperty('placeName');
    expect(result.errors).not.toHaveProperty('headcount');
  });

  it('sends the workplaces of a 职场培训 only, and keeps them through the edit form', () => {
    const training = someFields({ type: 'workplace_training', workplaceIds: ['panyu-wp1'] });

    expect(validateEventForm(eventFormFrom(training))).toMatchObject({ ok: true, fields: { workplaceIds: ['panyu-wp1'] } });
    const other = validateEventForm({ ...eventFormFrom(training), type: 'community' });
    expect(other.ok && other.fields).not.toHaveProperty('workplaceIds');
  });
});
