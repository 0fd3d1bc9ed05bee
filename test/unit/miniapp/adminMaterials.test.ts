import {
  CreateMaterialRequestSchema,
  rightsMaterials,
  UpdateMaterialRequestSchema,
  type AdminMaterialView,
  type Material,
} from '@rights-outreach/shared';
import { addableMaterials, chosenMaterials } from '../../../miniapp/src/admin/pages/campaign-form/campaignDraft';
import {
  createRequestOf,
  draftOfMaterial,
  emptyMaterialDraft,
  materialHints,
  reindexSectionErrors,
  sameDraft,
  updateRequestOf,
} from '../../../miniapp/src/admin/pages/material-form/materialDraft';
import { moveItem, removeAt } from '../../../miniapp/src/admin/utils/listOrder';
import {
  actionFailureMessage,
  groupByKind,
  publishButton,
  publishPrompt,
  versionLabel,
} from '../../../miniapp/src/admin/utils/materialStatus';
import { fieldErrors } from '../../../miniapp/src/utils/fieldErrors';

const material = (overrides: Partial<Material> = {}): Material => ({
  id: 'case-phone-fraud',
  kind: 'case',
  format: 'article',
  origin: { kind: 'original' },
  title: '警惕冒充客服退款',
  summary: '接到自称客服的退款电话，先挂断，再通过官方渠道核实。',
  sections: [
    { heading: '骗局怎么开始', body: '对方报出您的订单信息，说商品有问题要退款。' },
    { heading: '怎么识破', body: '正规客服不会让您下载会议软件或共享屏幕。' },
  ],
  ...overrides,
});

const view = (overrides: Partial<AdminMaterialView> = {}): AdminMaterialView => ({
  id: 'case-phone-fraud',
  kind: 'case',
  status: 'draft',
  draft: material(),
  hasUnpublishedChanges: true,
  updatedAt: '2027-03-10T02:00:00.000Z',
  updatedBy: 'A0001',
  ...overrides,
});

const published = (version: number, content: Partial<Material> = {}) => ({
  ...material(content),
  version,
  publishedAt: '2027-03-10T02:00:00.000Z',
});

describe('moving items in an ordered list', () => {
  it('swaps an item with its neighbour, up or down', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('leaves the list as it is at either end or for an index outside it, and never changes the original', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, -1)).toEqual(list);
    expect(moveItem(list, 2, 1)).toEqual(list);
    expect(moveItem(list, 7, -1)).toEqual(list);
    expect(moveItem(list, 1, -1)).not.toBe(list);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('removes exactly the item at an index', () => {
    expect(removeAt(['a', 'b', 'a'], 2)).toEqual(['a', 'b']);
    expect(removeAt(['a'], 3)).toEqual(['a']);
  });
});

describe('the material form draft', () => {
  it('builds a create request the shared schema accepts, leaving out blank optional URLs', () => {
    const draft = { ...draftOfMaterial(material()), videoUrl: '  ', coverImageUrl: ' https://img.example.cn/cover.png ' };
    const parsed = CreateMaterialRequestSchema.parse(createRequestOf(draft));
    expect(parsed).toEqual({ ...material(), coverImageUrl: 'https://img.example.cn/cover.png' });
    expect('videoUrl' in parsed).toBe(false);
  });

  it('builds an update request without the id and kind, which never change', () => {
    const request = updateRequestOf(draftOfMaterial(material({ videoUrl: 'https://v.example.cn/a.mp4' })));
    expect(UpdateMaterialRequestSchema.safeParse(request).success).toBe(true);
    expect(Object.keys(request).sort()).toEqual(['format', 'origin', 'sections', 'summary', 'title', 'videoUrl']);
  });

  it('round-trips a material through the form unchanged, and tells an edited draft from the saved one', () => {
    const saved = draftOfMaterial(material());
    expect(sameDraft(saved, draftOfMaterial(material()))).toBe(true);
    expect(sameDraft({ ...saved, sections: [...saved.sections].reverse() }, saved)).toBe(false);
    expect(sameDraft({ ...saved, title: '新标题' }, saved)).toBe(false);
  });

  it('starts a new material as an article with one empty section, of the kind asked for', () => {
    expect(emptyMaterialDraft('case')).toMatchObject({ kind: 'case', format: 'article', sections: [{ heading: '', body: '' }] });
  });

  it('explains every schema refusal in Chinese, next to the field and section it concerns', () => {
    const draft = {
      ...emptyMaterialDraft(''),
      id: 'Bad Id',
      title: '骗',
      summary: '太短',
      sections: [material().sections[0]!, { heading: '', body: 'x'.repeat(2001) }],
      videoUrl: 'http://v.example.cn/a.mp4',
    };
    const result = CreateMaterialRequestSchema.safeParse(createRequestOf(draft));
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!, materialHints);
    expect(errors).toEqual({
      id: '资料编号为 2–48 位小写字母、数字或连字符（-），以字母或数字开头',
      kind: '请选择资料类别',
      origin: '请选择原创或转载',
      title: '标题为 2–40 个字',
      summary: '摘要为 10–140 个字',
      'sections.1.heading': '请填写小标题（最多 40 个字）',
      'sections.1.body': '请填写段落正文（最多 2000 个字）',
      videoUrl: '请填写以 https:// 开头的完整网址（最多 500 个字符），不需要可留空',
    });
  });

  it('asks for at least one section and at most twelve', () => {
    const none = CreateMaterialRequestSchema.safeParse(createRequestOf({ ...draftOfMaterial(material()), sections: [] }));
    expect(fieldErrors(none.error!, materialHints)).toEqual({ sections: '正文需要 1–12 个段落' });
    const many = Array.from({ length: 13 }, () => material().sections[0]!);
    const tooMany = CreateMaterialRequestSchema.safeParse(createRequestOf({ ...draftOfMaterial(material()), sections: many }));
    expect(fieldErrors(tooMany.error!, materialHints)).toEqual({ sections: '正文需要 1–12 个段落' });
  });

  it('moves a section’s messages with it when sections are reordered or removed', () => {
    const errors = { title: 'T', 'sections.0.heading': 'H0', 'sections.2.body': 'B2' };
    // Section 2 moved up to 1, section 1 down to 2.
    expect(reindexSectionErrors(errors, [0, 2, 1])).toEqual({ title: 'T', 'sections.0.heading': 'H0', 'sections.1.body': 'B2' });
    // Section 0 removed: its message goes with it, the others move up.
    expect(reindexSectionErrors(errors, [1, 2])).toEqual({ title: 'T', 'sections.1.body': 'B2' });
  });
});

describe('material status for admin', () => {
  it('names the version consumers see', () => {
    expect(versionLabel(view())).toBe('未发布');
    expect(versionLabel(view({ status: 'published', published: published(3) }))).toBe('第 3 版');
  });

  it('offers 发布 for a draft and for unpublished changes, 重新上架 for a material taken down, nothing for an unchanged published one', () => {
    expect(publishButton(view())).toBe('发布');
    expect(publishButton(view({ status: 'published', published: published(1), hasUnpublishedChanges: true }))).toBe('发布');
    expect(publishButton(view({ status: 'published', published: published(1), hasUnpublishedChanges: false }))).toBeNull();
    expect(publishButton(view({ status: 'unpublished', published: published(1), hasUnpublishedChanges: false }))).toBe('重新上架');
  });

  it('warns before publishing that a version cannot be changed and edits become the next version', () => {
    const first = publishPrompt(view());
    expect(first.title).toBe('发布第 1 版');
    expect(first.content).toContain('已发布的版本不能再修改');
    expect(first.content).toContain('成为下一版');

    const second = publishPrompt(view({ status: 'published', published: published(1) }));
    expect(second.title).toBe('发布第 2 版');
    expect(second.content).toContain('从第 1 版更新为第 2 版');

    const back = publishPrompt(view({ status: 'unpublished', published: published(2), hasUnpublishedChanges: false }));
    expect(back).toMatchObject({ title: '重新上架', confirmText: '上架' });
    expect(back.content).toContain('第 2 版');
  });

  it('explains a concurrent publication instead of the generic conflict message', () => {
    expect(actionFailureMessage({ code: 'IDEMPOTENCY_CONFLICT', userMessage: 'x' })).toMatch(/其他管理员刚刚发布/);
    expect(actionFailureMessage({ code: 'NETWORK_UNAVAILABLE', userMessage: '网络不可用' })).toBe('网络不可用');
  });

  it('groups materials as 八大权益 then 以案说险, keeping the API’s order within each', () => {
    const list = [view({ id: 'c1' }), view({ id: 'r1', kind: 'right' }), view({ id: 'c2' })];
    expect(groupByKind(list).map(({ kind, items }) => `${kind}:${items.map((v) => v.id).join(',')}`)).toEqual(['right:r1', 'case:c1,c2']);
  });
});

describe('a campaign’s materials', () => {
  const library = [
    view({
      id: 'case-a',
      status: 'published',
      published: published(2, { title: '线上标题' }),
      draft: material({ id: 'case-a', title: '草稿标题' }),
    }),
    view({ id: 'case-b', draft: material({ id: 'case-b', title: '新草稿' }) }),
  ];

  it('lists chosen materials in the campaign’s order, titled as consumers see them, with their status', () => {
    const rights = rightsMaterials[1]!;
    expect(chosenMaterials(['case-b', rights.id, 'case-a', 'gone'], library, [])).toEqual([
      { id: 'case-b', title: '新草稿', kind: 'case', status: 'draft' },
      { id: rights.id, title: rights.title, kind: 'right' },
      { id: 'case-a', title: '线上标题', kind: 'case', status: 'published' },
      { id: 'gone', title: 'gone' },
    ]);
  });

  it('falls back to the titles the landing page showed when the admin list is not available', () => {
    const known = [{ id: 'case-x', kind: 'case' as const, format: 'article' as const, title: '已知标题', summary: '摘要' }];
    expect(chosenMaterials(['case-x'], [], known)).toEqual([{ id: 'case-x', title: '已知标题', kind: 'case' }]);
  });

  it('offers only materials not chosen yet, saying their group and status', () => {
    expect(addableMaterials(['case-a'], library)).toEqual([{ value: 'case-b', label: '新草稿（以案说险 · 草稿）' }]);
  });
});
