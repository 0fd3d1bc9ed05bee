import { Text, View } from '@tarojs/components';
import { campaignTypeLabels, type Campaign } from '@rights-outreach/shared';
import { routes } from '../../../constants/routes';
import { campaignQrImageUrl } from '../../../services/campaigns';
import { formatDateRange } from '../../../utils/formatDateRange';
import { ActionButton } from '../../../components/form/ActionButton';
import { DataTable, type Column } from '../../../components/desk/DataTable';
import { StatusBadge, type BadgeTone } from '../../../components/desk/StatusBadge';
import { openPage } from '../../navigation';
import { campaignPhase, campaignPhaseLabels, type CampaignPhase } from '../../../utils/campaignPhase';
import { openImage } from '../../utils/openImage';

const phaseTones: Record<CampaignPhase, BadgeTone> = { running: 'good', upcoming: 'info', ended: 'muted' };

interface CampaignTableProps {
  campaigns: Campaign[];
  /** Asia/Shanghai date the badges are computed for. */
  today: string;
}

/** 状态, 名称 with its type, 活动时间, 编号 and the edit / QR actions per campaign. */
export function CampaignTable({ campaigns, today }: CampaignTableProps) {
  const columns: Column<Campaign>[] = [
    {
      title: '状态',
      render: (c) => {
        const phase = campaignPhase(c, today);
        return <StatusBadge tone={phaseTones[phase]} text={campaignPhaseLabels[phase]} />;
      },
      grow: 0.6,
    },
    {
      title: '名称',
      render: (c) => (
        <View>
          <Text className="campaigns__name">{c.name}</Text>
          <Text className="campaigns__type">{campaignTypeLabels[c.type]}</Text>
        </View>
      ),
      grow: 2.4,
      wide: true,
    },
    { title: '活动时间', render: (c) => <Text>{formatDateRange(c.startDate, c.endDate)}</Text>, grow: 1.6 },
    { title: '编号', render: (c) => <Text className="campaigns__code">{c.code}</Text>, grow: 1 },
    {
      title: '操作',
      render: (c) => (
        <View className="campaigns__actions">
          <ActionButton
            size="small"
            variant="secondary"
            text="编辑"
            onClick={() => openPage(routes.adminCampaignForm, `?code=${encodeURIComponent(c.code)}`)}
          />
          <ActionButton size="small" variant="secondary" text="二维码" onClick={() => openImage(campaignQrImageUrl(c.code))} />
        </View>
      ),
      grow: 1.4,
    },
  ];
  return <DataTable columns={columns} rows={campaigns} rowKey={(c) => c.code} empty="还没有宣传活动，点击“新建宣传活动”开始。" />;
}
