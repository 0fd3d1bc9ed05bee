import { Text, View } from '@tarojs/components';
import { materialStatusLabels, type MaterialSummary } from '@rights-outreach/shared';
import { listAdminMaterials } from '../../../services/adminMaterials';
import { ActionButton } from '../../../components/form/ActionButton';
import { SelectField } from '../../../components/form/SelectField';
import { StatusBadge } from '../../../components/desk/StatusBadge';
import { useLoaded } from '../../../hooks/useLoaded';
import { moveItem, removeAt } from '../../utils/listOrder';
import { materialKindGroupLabels } from '../../utils/materialLabels';
import { materialStatusTones } from '../../utils/materialStatus';
import { addableMaterials, chosenMaterials } from './campaignDraft';

/** The schema's limit on a campaign's materials. */
const maxMaterials = 50;

interface CampaignMaterialsProps {
  value: string[];
  onChange: (ids: string[]) => void;
  /** Titles of the campaign's materials from its landing page, used if the admin list cannot be loaded. */
  known?: MaterialSummary[];
}

/**
 * The campaign's materials as an ordered list (the landing page shows them in this order),
 * each moved up or down or removed, and a picker adding any material at the end, published
 * or not: one not published yet is marked, since consumers do not see it.
 */
export function CampaignMaterials({ value, onChange, known }: CampaignMaterialsProps) {
  const { state, reload } = useLoaded(listAdminMaterials);
  const library = state.status === 'ready' ? state.data : [];
  const rows = chosenMaterials(value, library, known);
  const addable = addableMaterials(value, library);

  return (
    <View className="campaign-materials">
      {rows.length === 0 ? <Text className="campaign-materials__empty">还没有选择资料，宣传页将不展示任何资料。</Text> : null}
      {rows.map((row, index) => (
        <View key={row.id} className="campaign-materials__row" id={`campaign-material-${row.id}`}>
          <Text className="campaign-materials__index">{index + 1}</Text>
          <View className="campaign-materials__main">
            <Text className="campaign-materials__title">{row.title}</Text>
            <View className="campaign-materials__meta">
              {row.kind ? <Text className="campaign-materials__kind">{materialKindGroupLabels[row.kind]}</Text> : null}
              {row.status ? <StatusBadge tone={materialStatusTones[row.status]} text={materialStatusLabels[row.status]} /> : null}
              {row.status && row.status !== 'published' ? <Text className="campaign-materials__warn">消费者暂时看不到</Text> : null}
            </View>
          </View>
          <View className="campaign-materials__actions">
            <ActionButton
              size="small"
              variant="secondary"
              text="上移"
              disabled={index === 0}
              onClick={() => onChange(moveItem(value, index, -1))}
            />
            <ActionButton
              size="small"
              variant="secondary"
              text="下移"
              disabled={index === rows.length - 1}
              onClick={() => onChange(moveItem(value, index, 1))}
            />
            <ActionButton size="small" variant="quiet" text="移除" onClick={() => onChange(removeAt(value, index))} />
          </View>
        </View>
      ))}
      <View className="campaign-materials__add" id="campaign-material-add">
        {state.status === 'failed' ? (
          <View className="campaign-materials__failed">
            <Text>资料列表加载失败（{state.error.userMessage}），暂时不能添加资料；已选资料可以调整顺序或移除。</Text>
            <ActionButton size="small" variant="quiet" text="重新加载" onClick={reload} />
          </View>
        ) : (
          <SelectField
            label="添加资料"
            options={addable}
            value=""
            onChange={(id) => onChange([...value, id])}
            placeholder={
              state.status !== 'ready' ? '正在加载资料列表…' : addable.length === 0 ? '没有可添加的资料' : '＋ 添加资料（加在最后）'
            }
            disabled={state.status !== 'ready' || addable.length === 0 || value.length >= maxMaterials}
          />
        )}
      </View>
    </View>
  );
}
