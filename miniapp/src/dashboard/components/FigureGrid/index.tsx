import { Text, View } from '@tarojs/components';
import './index.css';

export interface Figure {
  label: string;
  /** As shown: in 万 where large. */
  value: string;
  /** A line under the value: the exact number, a unit, a comparison. */
  note?: string;
}

interface FigureGridProps {
  figures: readonly Figure[];
  /** Bigger tiles for the headline figures. */
  large?: boolean;
}

/** Figures as tiles: two a row on a phone, up to four on a desk. */
export function FigureGrid({ figures, large = false }: FigureGridProps) {
  return (
    <View className={`figure-grid${large ? ' figure-grid--large' : ''}`}>
      {figures.map((figure) => (
        <View key={figure.label} className="figure-grid__tile">
          <Text className="figure-grid__label">{figure.label}</Text>
          <Text className="figure-grid__value">{figure.value}</Text>
          {figure.note ? <Text className="figure-grid__note">{figure.note}</Text> : null}
        </View>
      ))}
    </View>
  );
}
