import {
  checkMediaPost,
  checkPlatformFigure,
  draftOfPlatformFigure,
  emptyMediaPostDraft,
  emptyPlatformFigureDraft,
} from '../../../miniapp/src/staff/logic/recordForms';

describe('the platform figure form', () => {
  it('sends only the figures typed, as numbers, with commas allowed', () => {
    const draft = {
      ...emptyPlatformFigureDraft('panyu', '2026-03-16'),
      platform: 'channels' as const,
      subject: '番禺视频号',
      plays: '12,000',
      shares: ' 600 ',
    };

    expect(checkPlatformFigure(draft, 'rights-week')).toEqual({
      ok: true,
      fields: {
        campaignCode: 'rights-week',
        unitId: 'panyu',
        platform: 'channels',
        subject: '番禺视频号',
        asOf: '2026-03-16',
        plays: 12_000,
        shares: 600,
      },
    });
  });

  it('says in Chinese what is wrong, by field: no platform, a figure that is not a number, none at all', () => {
    const bad = checkPlatformFigure(
      { ...emptyPlatformFigureDraft('panyu', '2026-03-16'), subject: '番禺视频号', plays: '1.2万' },
      'rights-week',
    );
    const none = checkPlatformFigure(
      { ...emptyPlatformFigureDraft('panyu', '2026-03-16'), platform: 'douyin', subject: '番禺抖音号' },
      'rights-week',
    );

    expect(bad).toEqual({ ok: false, errors: { platform: '请选择平台', plays: '播放量须为数字' } });
    expect(none).toEqual({ ok: false, errors: { views: '请至少填写一项平台数据' } });
  });

  it('opens a stored entry with its figures as typed and blanks for those it has not', () => {
    const draft = draftOfPlatformFigure({
      id: 'f',
      campaignCode: 'rights-week',
      unitId: 'panyu',
      platform: 'official',
      subject: '番禺公众号',
      asOf: '2026-03-16',
      views: 800,
      version: 1,
      unitName: '番禺支公司',
      createdBy: 'S1',
      createdAt: '',
      updatedBy: 'S1',
      updatedAt: '',
    });

    expect(draft).toMatchObject({ platform: 'official', views: '800', plays: '', notes: '' });
  });
});

describe('the media post form', () => {
  it('refuses a link that is not https and an outlet not chosen', () => {
    const checked = checkMediaPost({ ...emptyMediaPostDraft('panyu', '2026-03-15'), title: '官网发布', url: 'http://a.cn' }, 'rights-week');

    expect(checked).toEqual({ ok: false, errors: { outlet: '请选择发布渠道', url: '请填写以 https:// 开头的链接' } });
  });
});
