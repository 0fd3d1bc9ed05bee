import { Text, View } from '@tarojs/components';
import type { MaterialSummary } from '@rights-outreach/shared';
import { materialKindLabels } from '../../utils/labels';
import { keyboardPressable } from '../../utils/keyboardPressable';
import './index.css';

interface MaterialCardProps {
  material: MaterialSummary;
  onOpen: (materialId: string) => void;
}

/** One material in a list: the whole card is the tap target. */
export function MaterialCard({ material, onOpen }: MaterialCardProps) {
  return (
    <View
      className="material-card card card--edge-left"
      hoverClass="card--pressed"
      onClick={() => onOpen(material.id)}
      ariaRole="button"
      {...keyboardPressable(() => onOpen(material.id))}
    >
      <View className={`material-card__kind badge badge--${material.kind === 'case' ? 'amber' : 'teal'}`}>
        <Text>{materialKindLabels[material.kind]}</Text>
      </View>
      <Text className="material-card__title">{material.title}</Text>
      <Text className="material-card__summary">{material.summary}</Text>
      <Text className="material-card__more">阅读全文 ›</Text>
    </View>
  );
}
