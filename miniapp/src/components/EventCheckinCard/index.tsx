import { Text, View } from '@tarojs/components';
import type { PublicEventView } from '@rights-outreach/shared';
import { formatEventTime } from '../../utils/formatEventTime';
import { DoneNote } from '../DoneNote';
import { WideButton } from '../WideButton';
import './index.css';

interface EventCheckinCardProps {
  /** Null while loading or when it could not be loaded: check-in still works without it. */
  event: PublicEventView | null;
  checkedIn: boolean;
  onCheckIn: () => void;
}

/** The event whose QR code was scanned: what, when, where, who — and the big 现场签到 button. */
export function EventCheckinCard({ event, checkedIn, onCheckIn }: EventCheckinCardProps) {
  return (
    <View className="event-checkin card card--edge-top">
      <Text className="event-checkin__eyebrow badge badge--amber">本场活动</Text>
      <Text className="event-checkin__title">{event?.title ?? '现场宣传活动'}</Text>
      {event ? (
        <View className="event-checkin__rows">
          <Text className="event-checkin__row">时间：{formatEventTime(event.startAt)}</Text>
          <Text className="event-checkin__row">地点：{event.placeName}</Text>
          <Text className="event-checkin__row">主办：{event.unitName}</Text>
        </View>
      ) : null}
      {checkedIn ? (
        <DoneNote className="event-checkin__done" title="签到成功" hint="感谢您参加本次宣传活动" />
      ) : (
        <View className="event-checkin__action">
          <WideButton text="现场签到" onClick={onCheckIn} />
        </View>
      )}
    </View>
  );
}
