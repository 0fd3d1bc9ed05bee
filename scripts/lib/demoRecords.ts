import { createHash } from 'node:crypto';
import { addDays, type CreateMediaPostRequest, type CreatePlatformFigureRequest, shanghaiDate } from '@rights-outreach/shared';
import type { Principal } from '../../functions/src/auth/principal';
import { IdempotencyConflictError } from '../../functions/src/errors';
import { createMediaPost } from '../../functions/src/domain/records/mediaPosts';
import { createPlatformFigure } from '../../functions/src/domain/records/platformFigures';

const panyu: Principal = {
  employeeNo: 'S0001',
  name: '番禺消保专员',
  role: 'staff',
  unitId: 'gd-gz-panyu',
  unitPath: '/hq/gd/gd-gz/gd-gz-panyu/',
};
const guangdong: Principal = { employeeNo: 'M0001', name: '广东消保部', role: 'marketing', unitId: 'gd', unitPath: '/hq/gd/' };

/** A UUID fixed by a name, so seeding twice writes nothing new. */
function demoId(name: string): string {
  const hex = createHash('sha256').update(`demo-record:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A few media posts and platform back-end figures of the demo campaigns, entered through the
 * same domain functions as the API, so the dashboard shows tracked and reported side by side.
 */
export async function seedDemoRecords(campaignCodes: { rightsWeek: string; literacyMonth: string }, now: Date): Promise<number> {
  const day = (daysAgo: number) => addDays(shanghaiDate(now), -daysAgo);
  const posts: Array<[Principal, Omit<CreateMediaPostRequest, 'clientId'>]> = [
    [
      guangdong,
      {
        campaignCode: campaignCodes.rightsWeek,
        unitId: 'gd',
        outlet: 'website',
        title: '广东省分公司启动“3·15”消费者权益保护教育宣传周',
        url: 'https://www.example.cn/news/315-gd',
        publishedOn: day(2),
      },
    ],
    [
      guangdong,
      {
        campaignCode: campaignCodes.rightsWeek,
        unitId: 'gd',
        outlet: 'official',
        title: '守住钱袋子 护好养老钱：八大权益一图读懂',
        url: 'https://mp.weixin.qq.com/s/demo-315-rights',
        publishedOn: day(1),
      },
    ],
    [
      guangdong,
      {
        campaignCode: campaignCodes.rightsWeek,
        unitId: 'gd',
        outlet: 'client_platform',
        title: '客户服务平台发布以案说险专题',
        url: 'https://service.example.cn/315/cases',
        publishedOn: day(1),
      },
    ],
    [
      panyu,
      {
        campaignCode: campaignCodes.rightsWeek,
        unitId: 'gd-gz-panyu',
        outlet: 'meipian',
        title: '番禺支公司金融知识进社区纪实',
        url: 'https://www.meipian.cn/demo-panyu-315',
        publishedOn: day(1),
      },
    ],
    [
      panyu,
      {
        campaignCode: campaignCodes.rightsWeek,
        unitId: 'gd-gz-panyu',
        outlet: 'news',
        title: '番禺日报：保险消保宣传走进市桥街道',
        url: 'https://news.example.cn/panyu/315',
        publishedOn: day(0),
      },
    ],
    [
      panyu,
      {
        campaignCode: campaignCodes.literacyMonth,
        unitId: 'gd-gz-panyu',
        outlet: 'meipian',
        title: '金融知识普及月·番禺在行动',
        url: 'https://www.meipian.cn/demo-panyu-literacy',
        publishedOn: day(0),
      },
    ],
  ];
  const figures: Array<[Principal, Omit<CreatePlatformFigureRequest, 'clientId'>]> = [
    [
      guangdong,
      {
        campaignCode: campaignCodes.rightsWeek,
        unitId: 'gd',
        platform: 'channels',
        subject: '广东分公司视频号',
        asOf: day(0),
        plays: 12_400,
        shares: 610,
        likes: 980,
        comments: 64,
      },
    ],
    [
      guangdong,
      {
        campaignCode: campaignCodes.rightsWeek,
        unitId: 'gd',
        platform: 'official',
        subject: '广东分公司公众号',
        asOf: day(0),
        views: 8_600,
        shares: 240,
        likes: 310,
      },
    ],
    [
      panyu,
      {
        campaignCode: campaignCodes.rightsWeek,
        unitId: 'gd-gz-panyu',
        platform: 'douyin',
        subject: '番禺支公司抖音号',
        asOf: day(1),
        views: 3_200,
        plays: 2_900,
        likes: 150,
        comments: 12,
      },
    ],
    [
      panyu,
      {
        campaignCode: campaignCodes.literacyMonth,
        unitId: 'gd-gz-panyu',
        platform: 'meipian',
        subject: '金融知识普及月·番禺在行动',
        asOf: day(0),
        views: 1_350,
        shares: 42,
      },
    ],
  ];
  let stored = 0;
  const once = async (store: () => Promise<unknown>) => {
    try {
      await store();
      stored += 1;
    } catch (error) {
      // Seeded on another day before: that record stands as it was.
      if (!(error instanceof IdempotencyConflictError)) throw error;
    }
  };
  for (const [principal, fields] of posts) {
    await once(() => createMediaPost(principal, { ...fields, clientId: demoId(`post:${fields.url}`) }, now));
  }
  for (const [principal, fields] of figures) {
    await once(() =>
      createPlatformFigure(principal, { ...fields, clientId: demoId(`figure:${fields.campaignCode}:${fields.subject}`) }, now),
    );
  }
  return stored;
}
