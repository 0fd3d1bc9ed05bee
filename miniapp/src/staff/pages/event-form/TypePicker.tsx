import { Text, View } from '@tarojs/components';
import { eventTypeGroupLabels, eventTypeGroups, eventTypeLabels, type EventType, type EventTypeGroup } from '@rights-outreach/shared';
import { ChoiceChips } from '../../../components/form/ChoiceChips';

const groups = Object.keys(eventTypeGroups) as EventTypeGroup[];

interface TypePickerProps {
  value: EventType | '';
  onChange: (type: EventType) => void;
}

/** The event type as chips under their report groups: 五进入 / 自主特色宣传 / 内部培训 / 线上活动. */
export function TypePicker({ value, onChange }: TypePickerProps) {
  return (
    <View className="type-picker">
      {groups.map((group) => (
        <View key={group} className="type-picker__group">
          <Text className="type-picker__group-label">{eventTypeGroupLabels[group]}</Text>
          <ChoiceChips
            look="field"
            label={eventTypeGroupLabels[group]}
            options={eventTypeGroups[group].map((type) => ({ value: type as EventType, label: eventTypeLabels[type] }))}
            value={value ?? ''}
            onChange={onChange}
          />
        </View>
      ))}
    </View>
  );
}
