import fc from 'fast-check';
import {
  CampaignCodeSchema,
  ClientIdSchema,
  FeedbackRequestSchema,
  MaterialIdSchema,
  OrgUnitIdSchema,
  SharerTagSchema,
  SignupRequestSchema,
  SourceCodeSchema,
  VisitorIdSchema,
  campaignCodeRule,
  checkFeedbackFields,
  checkSignupFields,
  clientIdRule,
  matches,
  materialIdRule,
  orgUnitIdRule,
  sharerTagRule,
  sourceCodeRule,
  visitorIdRule,
  type PatternRule,
} from '@rights-outreach/shared';
import type { z } from 'zod';

// The consumer pages check with the rules, the server with the zod schemas built from them:
// for any input both must say the same, or a phone would send what the server refuses.

const idLike = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[a-z0-9-]{0,50}$/),
  fc.stringMatching(/^[A-Za-z0-9_-]{0,70}$/),
  fc.uuid().map(String),
  fc.constantFrom('poster', 'poster.gd-gz-panyu', 'counter.x', 'wechat_group.gd', '00000000-0000-0000-0000-000000000000'),
  fc.anything(),
);

const pairs: [string, PatternRule, z.ZodType][] = [
  ['campaign code', campaignCodeRule, CampaignCodeSchema],
  ['org unit id', orgUnitIdRule, OrgUnitIdSchema],
  ['source code', sourceCodeRule, SourceCodeSchema],
  ['material id', materialIdRule, MaterialIdSchema],
  ['client id', clientIdRule, ClientIdSchema],
  ['sharer tag', sharerTagRule, SharerTagSchema],
  ['visitor id', visitorIdRule, VisitorIdSchema],
];

describe.each(pairs)('the %s rule', (_name, rule, schema) => {
  it('accepts exactly what its schema accepts', () => {
    fc.assert(
      fc.property(idLike, (value) => expect(matches(rule, value)).toBe(schema.safeParse(value).success)),
      { numRuns: 500 },
    );
  });
});

/** Paths of the fields a schema refuses (the first segment), sorted. */
function refusedFields(result: { success: boolean; error?: z.ZodError }): string[] {
  return result.success ? [] : [...new Set(result.error!.issues.map((issue) => String(issue.path[0])))].sort();
}

it('checks a feedback rating and comment as FeedbackRequestSchema does', () => {
  const fields = FeedbackRequestSchema.pick({ rating: true, comment: true });
  const input = fc.record(
    {
      rating: fc.oneof(fc.integer({ min: -2, max: 7 }), fc.double(), fc.constant('3')),
      comment: fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.string({ minLength: 495, maxLength: 505 }),
        fc.constant(`  ${'好'.repeat(500)}  `),
      ),
    },
    { requiredKeys: ['rating'] },
  );
  fc.assert(
    fc.property(input, (value) => {
      const errors = checkFeedbackFields(value);
      expect(Object.keys(errors ?? {}).sort()).toEqual(refusedFields(fields.safeParse(value)));
    }),
    { numRuns: 500 },
  );
});

it('checks a sign-up name, phone and consent as SignupRequestSchema does', () => {
  const fields = SignupRequestSchema.pick({ name: true, phone: true, consent: true });
  const input = fc.record(
    {
      name: fc.oneof(fc.string({ maxLength: 25 }), fc.constant('   '), fc.constant(` ${'李'.repeat(20)} `)),
      phone: fc.oneof(fc.stringMatching(/^ ?1[0-9]{9,11} ?$/), fc.string({ maxLength: 12 })),
      consent: fc.oneof(fc.boolean(), fc.constant('true')),
    },
    { requiredKeys: ['consent'] },
  );
  fc.assert(
    fc.property(input, (value) => {
      const errors = checkSignupFields(value);
      expect(Object.keys(errors ?? {}).sort()).toEqual(refusedFields(fields.safeParse(value)));
    }),
    { numRuns: 500 },
  );
});

it('gives the same Chinese messages as the schemas', () => {
  expect(checkFeedbackFields({ rating: 0, comment: '好'.repeat(501) })).toEqual({ rating: '请选择 1–5 星', comment: '意见最多 500 字' });
  expect(checkSignupFields({ name: '李'.repeat(21), phone: '123', consent: false })).toEqual({
    name: '姓名最多 20 个字',
    phone: '请输入 11 位手机号，或留空',
    consent: '请先阅读并同意信息使用说明',
  });
  const issue = (result: { error?: z.ZodError }, field: string) => result.error?.issues.find((i) => i.path[0] === field)?.message;
  const signup = SignupRequestSchema.pick({ name: true, phone: true, consent: true }).safeParse({
    name: '李'.repeat(21),
    phone: '123',
    consent: false,
  });
  expect([issue(signup, 'name'), issue(signup, 'phone'), issue(signup, 'consent')]).toEqual([
    '姓名最多 20 个字',
    '请输入 11 位手机号，或留空',
    '请先阅读并同意信息使用说明',
  ]);
});
