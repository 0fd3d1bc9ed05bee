import {
  type CampaignReport,
  materialFormatLabels,
  materialFormats,
  mediaOutletLabels,
  mediaOutlets,
  platformFigureLabels,
  platformFigureNames,
  reportingPlatformLabels,
} from '@rights-outreach/shared';
import type { Cell, Sheet } from './reportSheets';

const trackedLabels = { views: '浏览量（人次）', plays: '视频观看次数', shares: '分享次数' } as const;

/**
 * The export's tables of what is not counted by us or comes from elsewhere: the campaign's
 * materials by format and origin, media posts by outlet, and figures reported from other
 * platforms beside ours (each figure of the paragraph's clauses is one of these cells).
 */
export function reportedSheets(report: CampaignReport): Sheet[] {
  return [materialOutputSheet(report), mediaPostSheet(report), platformSheet(report)];
}

function materialOutputSheet({ materialOutput }: CampaignReport): Sheet {
  return {
    name: '资料产出',
    columns: ['形式', '原创', '转载'],
    rows: [
      ...materialFormats.map((format): Cell[] => [
        materialFormatLabels[format],
        materialOutput.original[format],
        materialOutput.reposted[format],
      ]),
      ...materialOutput.repostedFrom.map((entry): Cell[] => [`转载来源：${entry.from}`, null, entry.count]),
    ],
  };
}

function mediaPostSheet({ mediaPosts }: CampaignReport): Sheet {
  return {
    name: '媒体发布',
    columns: ['发布渠道', '条数', '标题', '链接', '发布日期', '机构', '录入人'],
    rows: [
      ['合计', mediaPosts.total, null, null, null, null, null],
      ...mediaOutlets.map((outlet): Cell[] => [mediaOutletLabels[outlet], mediaPosts.byOutlet[outlet], null, null, null, null, null]),
      ...mediaPosts.posts.map((post): Cell[] => [
        mediaOutletLabels[post.outlet],
        null,
        post.title,
        post.url,
        post.publishedOn,
        post.unitName,
        post.createdBy,
      ]),
    ],
  };
}

function platformSheet({ platformFigures }: CampaignReport): Sheet {
  const { reported, tracked, combined } = platformFigures;
  const figureCells = (values: Partial<Record<(typeof platformFigureNames)[number], number>>): Cell[] =>
    platformFigureNames.map((name) => values[name] ?? null);
  const flagged = (platform: string) =>
    platformFigures.flags
      .filter((flag) => flag.platform === platform)
      .map((flag) => `${trackedLabels[flag.figure]}：填报${flag.reported}，本平台统计${flag.tracked}`)
      .join('；') || null;
  return {
    name: '平台数据',
    columns: [
      '类别',
      '平台',
      '账号或内容',
      '截至日期',
      '机构',
      '录入人',
      ...platformFigureNames.map((name) => platformFigureLabels[name]),
      '核查提示',
    ],
    rows: [
      [
        '合计（各平台＝填报＋本平台）',
        null,
        null,
        null,
        null,
        null,
        ...figureCells({ ...combined, likes: reported.likes, comments: reported.comments }),
        null,
      ],
      ['本平台（本系统统计）', null, null, null, null, null, ...figureCells(tracked), null],
      ['其他平台填报', '全部', null, null, null, null, ...figureCells(reported), null],
      ...platformFigures.byPlatform.map((row): Cell[] => [
        '其他平台填报',
        reportingPlatformLabels[row.platform],
        `${row.entries}条记录`,
        null,
        null,
        null,
        ...figureCells(row.values),
        flagged(row.platform),
      ]),
      ...platformFigures.entries.map((entry): Cell[] => [
        '填报明细',
        reportingPlatformLabels[entry.platform],
        entry.subject,
        entry.asOf,
        entry.unitName,
        entry.enteredBy,
        ...figureCells(entry.values),
        null,
      ]),
    ],
  };
}
