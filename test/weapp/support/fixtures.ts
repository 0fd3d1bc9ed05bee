import type { Material, PublicCampaignView, PublishedMaterial } from '@rights-outreach/shared';

export const campaignCode = 'rights-week-2026';
export const source = 'counter';

export const material: Material = {
  id: 'eight-rights',
  kind: 'right',
  format: 'article',
  origin: { kind: 'original' },
  title: '金融消费者的八项基本权利',
  summary: '了解财产安全权、知情权等八项权利，遇到问题知道如何维护自己的合法权益。',
  sections: [
    { heading: '财产安全权', body: '金融机构应当依法保障您的资金和财产安全。' },
    { heading: '知情权', body: '购买保险前，您有权了解产品的真实情况和费用。\n请仔细阅读条款。' },
  ],
};

/** A material with one of the project's own videos. */
export const videoMaterial: Material = {
  id: 'case-telecom-fraud',
  kind: 'case',
  format: 'video',
  origin: { kind: 'original' },
  title: '“客服”来电说要退款？',
  summary: '骗子冒充“客服”，以退款为由诱导您共享屏幕、说出验证码或转账。',
  sections: [{ heading: '案例', body: '刘阿姨接到自称平台“客服”的电话。' }],
  videoUrl: '/media/telecom-fraud.mp4',
};

/** A material as GET /public/materials/{id} answers it: its published version. */
export const published = (of: Material): PublishedMaterial => ({ ...of, version: 1, publishedAt: '2026-03-01T08:00:00.000Z' });

export const campaignView: PublicCampaignView = {
  campaign: {
    code: campaignCode,
    type: 'rights_week_315',
    name: '2026年“3·15”消费者权益保护教育宣传周',
    slogan: '共筑诚信金融，守护美好生活',
    startDate: '2026-03-09',
    endDate: '2026-03-15',
  },
  materials: [
    { id: material.id, kind: material.kind, format: material.format, title: material.title, summary: material.summary },
    {
      id: 'elder-care-scam',
      kind: 'case',
      format: 'article',
      title: '警惕“以房养老”骗局',
      summary: '以高额回报为诱饵，骗取老年人房产和积蓄的骗局，这样识别和防范。',
    },
  ],
};
