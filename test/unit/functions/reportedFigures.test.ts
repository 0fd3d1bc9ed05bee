import {
  type BreakdownRow,
  type MediaPostFields,
  type Metrics,
  type PlatformFigureFields,
  MaterialOutputSchema,
  emptyMetrics,
} from '@rights-outreach/shared';
import { materialOutput, materialOutputClause } from '../../../functions/src/domain/report/materialOutput';
import { mediaPostClause, mediaPostFigures } from '../../../functions/src/domain/report/mediaPosts';
import { platformFigures, platformFiguresClause } from '../../../functions/src/domain/report/platformFigures';
import { customersServed } from '../../../functions/src/domain/report/customersServed';
import { emptyOfflineFigures } from '../../../functions/src/domain/report/offlineFigures';
import { emptyOnlineActivityFigures } from '../../../functions/src/domain/report/onlineActivities';
import { workplaceFigures } from '../../../functions/src/domain/report/workplaceCoverage';
import { type ParagraphInput, resultsParagraph } from '../../../functions/src/domain/report/resultsParagraph';
import type { RecordView } from '../../../functions/src/domain/records/unitRecords';

const bookkeeping = (id: string) => ({
  id,
  version: 1,
  unitName: '番禺支公司',
  createdBy: 'S0001',
  createdAt: '2026-03-16T02:00:00.000Z',
  updatedBy: 'S0001',
  updatedAt: '2026-03-16T02:00:00.000Z',
});

let ids = 0;
const anEntry = (fields: Partial<PlatformFigureFields> & { updatedAt?: string } = {}): RecordView<PlatformFigureFields> => ({
  campaignCode: 'c-2026-315',
  unitId: 'gd-gz-panyu',
  platform: 'channels',
  subject: '番禺支公司视频号',
  asOf: '2026-03-16',
  ...bookkeeping(`e${++ids}`),
  ...fields,
});

const aPost = (outlet: MediaPostFields['outlet'], publishedOn = '2026-03-15'): RecordView<MediaPostFields> => ({
  campaignCode: 'c-2026-315',
  unitId: 'gd-gz-panyu',
  outlet,
  title: '守住钱袋子 护好养老钱',
  url: 'https://www.example.cn/a',
  publishedOn,
  ...bookkeeping(`p${++ids}`),
});

const online = (figures: Partial<Metrics>): Metrics => ({ ...emptyMetrics(), ...figures });
const channel = (key: string, figures: Partial<Metrics>): BreakdownRow => ({ key, label: key, metrics: online(figures) });

describe('materials by format and origin', () => {
  it('counts 原创 and 转载 apart by format, and 转载 ones by source, most first', () => {
    const output = materialOutput([
      { format: 'article', origin: { kind: 'original' } },
      { format: 'article', origin: { kind: 'original' } },
      { format: 'video', origin: { kind: 'original' } },
      { format: 'article', origin: { kind: 'reposted', from: '行业协会' } },
      { format: 'long_image', origin: { kind: 'reposted', from: '国家金融监督管理总局' } },
      { format: 'meipian', origin: { kind: 'reposted', from: '国家金融监督管理总局' } },
    ]);

    expect(MaterialOutputSchema.safeParse(output).success).toBe(true);
    expect(output.original).toEqual({ article: 2, video: 1, long_image: 0, meipian: 0, leaflet: 0 });
    expect(output.reposted).toEqual({ article: 1, video: 0, long_image: 1, meipian: 1, leaflet: 0 });
    expect(output.repostedFrom).toEqual([
      { from: '国家金融监督管理总局', count: 2 },
      { from: '行业协会', count: 1 },
    ]);
  });

  it('writes originals by format and reposts by source, leaving out formats with none', () => {
    const output = materialOutput([
      ...Array.from({ length: 2 }, () => ({ format: 'article' as const, origin: { kind: 'original' as const } })),
      ...Array.from({ length: 6 }, () => ({ format: 'video' as const, origin: { kind: 'original' as const } })),
      { format: 'meipian', origin: { kind: 'original' } },
      { format: 'leaflet', origin: { kind: 'reposted', from: '国家金融监督管理总局' } },
    ]);

    expect(materialOutputClause(output)).toBe('制作原创宣传文案2条、视频6个、美篇1篇，转载宣传资料1件（国家金融监督管理总局1件）');
  });

  it('says nothing of a campaign without materials, and only reposts when none is original', () => {
    expect(materialOutputClause(materialOutput([]))).toBe('');
    expect(materialOutputClause(materialOutput([{ format: 'article', origin: { kind: 'reposted', from: '行业协会' } }]))).toBe(
      '转载宣传资料1件（行业协会1件）',
    );
  });
});

describe('media posts', () => {
  it('counts posts by outlet and writes them in the catalogue’s order, 美篇 in 篇', () => {
    const figures = mediaPostFigures([
      ...Array.from({ length: 8 }, () => aPost('official')),
      aPost('website'),
      aPost('client_platform'),
      aPost('meipian', '2026-03-18'),
      aPost('meipian'),
      ...Array.from({ length: 4 }, () => aPost('news')),
    ]);

    expect(figures.total).toBe(16);
    expect(figures.byOutlet).toMatchObject({ official: 8, website: 1, client_platform: 1, meipian: 2, news: 4, douyin: 0 });
    expect(figures.posts[0]!.publishedOn).toBe('2026-03-18');
    expect(mediaPostClause(figures)).toBe('媒体发布信息16条，其中官网1条、公众号8条、美篇2篇、新闻媒体4条、客资平台1条');
  });

  it('says nothing without posts', () => {
    expect(mediaPostClause(mediaPostFigures([]))).toBe('');
  });
});

describe('figures reported from other platforms', () => {
  it('counts only the latest as-of entry of one unit’s account on one platform, and adds different accounts and units', () => {
    const figures = platformFigures(
      [
        anEntry({ plays: 4_000, asOf: '2026-03-16' }),
        anEntry({ plays: 9_000, shares: 500, asOf: '2026-03-20' }),
        anEntry({ subject: '《守住钱袋子》短视频', plays: 1_500 }),
        anEntry({ unitId: 'gd-gz-huadu', plays: 1_000, shares: 100 }),
        anEntry({ platform: 'douyin', subject: '番禺抖音号', views: 20_000, likes: 800, comments: 45 }),
      ],
      online({ views: 18_000, videoPlays: 3_500, shareTaps: 120 }),
      null,
    );

    expect(figures.reported).toEqual({ views: 20_000, plays: 11_500, shares: 600, likes: 800, comments: 45 });
    expect(figures.tracked).toEqual({ views: 18_000, plays: 3_500, shares: 120 });
    expect(figures.combined).toEqual({ views: 38_000, plays: 15_000, shares: 720 });
    expect(figures.entries).toHaveLength(4);
    expect(figures.byPlatform).toEqual([
      { platform: 'douyin', entries: 1, values: { views: 20_000, plays: 0, shares: 0, likes: 800, comments: 45 } },
      { platform: 'channels', entries: 3, values: { views: 0, plays: 11_500, shares: 600, likes: 0, comments: 0 } },
    ]);
  });

  it('takes the last edited of two entries as of the same day', () => {
    const figures = platformFigures(
      [anEntry({ plays: 4_000, updatedAt: '2026-03-16T03:00:00.000Z' }), anEntry({ plays: 5_000, updatedAt: '2026-03-16T05:00:00.000Z' })],
      online({}),
      null,
    );

    expect(figures.reported.plays).toBe(5_000);
  });

  it('writes 各平台 figures as reported plus ours, with ours beside them in one unit', () => {
    const figures = platformFigures(
      [
        anEntry({ plays: 8_500, shares: 480 }),
        anEntry({ platform: 'official', subject: '公众号', views: 34_000, likes: 2_900, comments: 156 }),
      ],
      online({ views: 18_000, videoPlays: 3_500, shareTaps: 120 }),
      null,
    );

    expect(platformFiguresClause(figures)).toBe(
      '内容在各平台浏览5.2万次（其中本平台1.8万次），视频在各平台观看1.2万次（其中本平台0.35万次），' +
        '在各平台分享600次（其中本平台120次），获点赞2900次、评论156条',
    );
  });

  it('leaves out 本平台 when we tracked none, and every figure nothing was reported for', () => {
    const figures = platformFigures([anEntry({ plays: 12_000 })], online({ views: 900 }), null);

    expect(platformFiguresClause(figures)).toBe('视频在各平台观看1.2万次');
    expect(platformFiguresClause(platformFigures([], online({ views: 900 }), null))).toBe('');
  });

  describe('flags (reported far above what we tracked for the same channel)', () => {
    it('names a reported figure more than 10 times ours from that channel and at least 1,000', () => {
      const figures = platformFigures(
        [anEntry({ plays: 12_000, shares: 900 }), anEntry({ platform: 'official', subject: '公众号', views: 3_000 })],
        online({}),
        [channel('channels', { videoPlays: 1_199, shareTaps: 10 }), channel('official', { views: 300 })],
      );

      expect(figures.flags).toEqual([{ platform: 'channels', figure: 'plays', reported: 12_000, tracked: 1_199 }]);
      expect(figures.flagFactor).toBe(10);
      expect(figures.flagMinimum).toBe(1_000);
    });

    it('names a figure of a channel we tracked nothing from, and never a platform that is not one of our channels', () => {
      const figures = platformFigures(
        [
          anEntry({ platform: 'douyin', subject: '抖音号', views: 1_000 }),
          anEntry({ platform: 'website', subject: '官网', views: 90_000 }),
        ],
        online({}),
        [],
      );

      expect(figures.flags).toEqual([{ platform: 'douyin', figure: 'views', reported: 1_000, tracked: 0 }]);
    });

    it('names nothing where the scope keeps no channels, or below the minimum', () => {
      expect(platformFigures([anEntry({ plays: 50_000 })], online({}), null).flags).toEqual([]);
      expect(platformFigures([anEntry({ plays: 999 })], online({}), []).flags).toEqual([]);
    });
  });
});

describe('the results paragraph with materials, media posts and platform figures', () => {
  const tracked = online({ views: 18_000, visitors: 6_100, videoPlays: 3_500, shareTaps: 120 });
  const base: ParagraphInput = {
    campaign: {
      code: 'c-2026-literacy',
      type: 'finance_literacy_month',
      name: '2026年金融知识普及月',
      slogan: '金融知识进万家',
      startDate: '2026-09-15',
      endDate: '2026-10-14',
      materialCount: 9,
    },
    scope: { unitId: 'gd', name: '广东省分公司', level: 'province', trail: [], detailed: true },
    offline: emptyOfflineFigures(),
    online: tracked,
    yearOnYear: { previous: null, rows: [] },
    onlineActivities: emptyOnlineActivityFigures(),
    workplaces: workplaceFigures([], []),
    customersServed: customersServed(tracked, emptyOfflineFigures(), emptyOnlineActivityFigures()),
  };
  const materials = materialOutput([
    ...Array.from({ length: 2 }, () => ({ format: 'article' as const, origin: { kind: 'original' as const } })),
    ...Array.from({ length: 6 }, () => ({ format: 'video' as const, origin: { kind: 'original' as const } })),
    { format: 'article', origin: { kind: 'reposted', from: '国家金融监督管理总局' } },
  ]);

  it('quotes the materials after the online figures, then media posts and the platforms’ figures beside ours', () => {
    const report: ParagraphInput = {
      ...base,
      materialOutput: materials,
      mediaPosts: mediaPostFigures([aPost('website'), aPost('client_platform'), aPost('meipian'), aPost('meipian')]),
      platformFigures: platformFigures([anEntry({ plays: 8_500, shares: 480 })], base.online, null),
    };

    expect(resultsParagraph(report)).toBe(
      '广东省分公司在2026年金融知识普及月（2026年9月15日至10月14日）期间，' +
        '通过线上线下方式服务客户量6100人；线上推出宣传资料9篇，浏览量1.8万人次，触达0.61万人，视频观看0.35万次，分享0.01万次。' +
        '制作原创宣传文案2条、视频6个，转载宣传资料1件（国家金融监督管理总局1件）。' +
        '媒体发布信息4条，其中官网1条、美篇2篇、客资平台1条；视频在各平台观看1.2万次（其中本平台0.35万次），在各平台分享600次（其中本平台120次）。',
    );
  });

  it('writes a scope whose only results are media posts, and never quotes the campaign’s materials alone', () => {
    const nothing = {
      ...base,
      online: online({}),
      customersServed: customersServed(online({}), emptyOfflineFigures(), emptyOnlineActivityFigures()),
    };

    expect(resultsParagraph({ ...nothing, materialOutput: materials })).toBe(
      '广东省分公司在2026年金融知识普及月（2026年9月15日至10月14日）期间暂无宣传活动数据。',
    );
    expect(resultsParagraph({ ...nothing, materialOutput: materials, mediaPosts: mediaPostFigures([aPost('meipian')]) })).toBe(
      '广东省分公司在2026年金融知识普及月（2026年9月15日至10月14日）期间，' +
        '制作原创宣传文案2条、视频6个，转载宣传资料1件（国家金融监督管理总局1件）。媒体发布信息1条，其中美篇1篇。',
    );
  });
});
