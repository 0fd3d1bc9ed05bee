import { Text, View } from '@tarojs/components';
import type { PublicEventView } from '@rights-outreach/shared';
import { formatEventTime } from '../../utils/formatEventTime';
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
    <View className="event-checkin">
      <Text className="event-checkin__eyebrow">本场活动</Text>
      <Text className="event-checkin__title">{event?.title ?? '现场宣传活动'}</Text>
      {event ? (
        <View className="event-checkin__rows">
          <Text className="event-checkin__row">时间：{formatEventTime(event.startAt)}</Text>
          <Text className="event-checkin__row">地点：{event.placeName}</Text>
          <Text className="event-checkin__row">主办：{event.unitName}</Text>
        </View>
      ) : null}
      {checkedIn ? (
        <View className="event-checkin__done">
          <Text className="event-checkin__done-mark">✓</Text>
          <View className="event-checkin__done-text">
            <Text className="event-checkin__done-title">签到成功</Text>
            <Text className="event-checkin__done-hint">感谢您参加本次宣传活动</Text>
          </View>
        </View>
      ) : (
        <View className="event-checkin__action">
          <WideButton text="现场签到" onClick={onCheckIn} />
        </View>
      )}
    </View>
  );
}
