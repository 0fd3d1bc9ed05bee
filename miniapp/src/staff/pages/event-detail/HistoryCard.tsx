import { Text, View } from '@tarojs/components';
import type { EventHistoryEntry } from '@rights-outreach/shared';
import { formatEventTime } from '../../../utils/formatEventTime';
import { Section } from '../../../components/form/Section';
import { changeLines, entryTitle } from '../../logic/historyText';

interface HistoryCardProps {
  /** Null: not loaded (no signal, or the event is not on the server yet). */
  history: EventHistoryEntry[] | null;
  note?: string;
}

/** 修改记录: who changed what, when, from → to — newest first. */
export function HistoryCard({ history, note }: HistoryCardProps) {
  const entries = history ? [...history].sort((a, b) => b.version - a.version) : [];
  return (
    <Section title="修改记录">
      {history === null ? <Text className="history__note">{note ?? '联网后查看修改记录'}</Text> : null}
      {entries.map((entry) => (
        <View key={entry.version} className="history__entry">
          <View className="history__head">
            <Text className="history__who">{entryTitle(entry)}</Text>
            <Text className="history__when">{formatEventTime(entry.at)}</Text>
          </View>
          {changeLines(entry.changes).map((line) => (
            <Text key={line.label} className="history__change">
              {line.label}：{line.from} → {line.to}
            </Text>
          ))}
        </View>
      ))}
    </Section>
  );
}
