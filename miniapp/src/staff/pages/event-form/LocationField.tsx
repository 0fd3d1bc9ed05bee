import { Text, View } from '@tarojs/components';
import type { GeoPoint } from '@rights-outreach/shared';
import { ActionButton } from '../../../components/form/ActionButton';
import { useLocation } from '../../hooks/useLocation';

interface LocationFieldProps {
  value?: GeoPoint;
  onChange: (point: GeoPoint | undefined) => void;
}

/** Optional GPS position: asked for politely, never required, clearable. */
export function LocationField({ value, onChange }: LocationFieldProps) {
  const { state, locate } = useLocation(onChange);
  if (value) {
    return (
      <View className="location-field">
        <Text className="location-field__done">✓ 已记录位置{value.accuracy !== undefined ? `（精度约 ${value.accuracy} 米）` : ''}</Text>
        <ActionButton text="清除" variant="quiet" size="small" onClick={() => onChange(undefined)} />
      </View>
    );
  }
  return (
    <View className="location-field">
      <ActionButton
        text={state.kind === 'locating' ? '正在定位…' : '获取当前位置'}
        variant="secondary"
        size="small"
        loading={state.kind === 'locating'}
        onClick={() => void locate()}
      />
      {state.kind === 'failed' ? <Text className="location-field__note">{state.message}</Text> : null}
    </View>
  );
}
