import { Text, View } from '@tarojs/components';
import { eventPlaceLabel, eventTypeLabels, isOnlineEvent } from '@rights-outreach/shared';
import type { LocalEvent } from '../../../offline/localView';
import { formatEventTimeShort } from '../../../utils/formatEventTime';
import { SyncBadge } from '../SyncBadge';
import { keyboardPressable } from '../../../utils/keyboardPressable';
import './index.css';

interface EventCardProps {
  event: LocalEvent;
  onOpen: (eventId: string) => void;
}

/** One event in the list: the whole card opens it. */
export function EventCard({ event, onOpen }: EventCardProps) {
  return (
    <View
      className="event-card card card--edge-left"
      hoverClass="card--pressed"
      ariaRole="button"
      onClick={() => onOpen(event.id)}
      {...keyboardPressable(() => onOpen(event.id))}
    >
      <View className="event-card__top">
        <Text className="event-card__type badge badge--teal">{eventTypeLabels[event.type]}</Text>
        {event.sync ? <SyncBadge sync={event.sync} withReason /> : null}
      </View>
      <Text className="event-card__title">{event.title}</Text>
      <View className="event-card__meta">
        <Text className="event-card__meta-item">{formatEventTimeShort(event.startAt)}</Text>
        <Text className="event-card__meta-item">
          {isOnlineEvent(event) ? `观看 ${event.viewersReported} 人` : `现场 ${event.headcount} 人`}
        </Text>
      </View>
      <Text className="event-card__place">{eventPlaceLabel(event)}</Text>
    </View>
  );
}
