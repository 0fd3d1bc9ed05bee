import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { LandingParams } from '@rights-outreach/shared';
import { Video } from '../../components/standalone/Video';
import { WideButton } from '../../components/WideButton';
import { useTrackVideo } from '../../hooks/useTrackVideo';
import { mediaUrl, videoPosterUrl } from '../../utils/mediaUrl';

interface MaterialVideoProps {
  campaign: LandingParams | null;
  materialId: string;
  title: string;
  videoUrl: string;
  coverImageUrl?: string;
  /** Elder mode: a taller player, play by double tap, and a large 播放/暂停 button of our own. */
  elder: boolean;
}

const playerId = 'material-video';

/** The material's short video, with its cover; its plays and completions are counted. */
export function MaterialVideo({ campaign, materialId, title, videoUrl, coverImageUrl, elder }: MaterialVideoProps) {
  const feed = useTrackVideo(campaign, materialId);
  const [playing, setPlaying] = useState(false);
  const toggle = () => {
    const player = Taro.createVideoContext?.(playerId);
    if (!player) return;
    if (playing) player.pause();
    else player.play();
  };

  return (
    <View className={`material-video${elder ? ' material-video--elder' : ''}`}>
      <Video
        id={playerId}
        className="material-video__player"
        src={mediaUrl(videoUrl)}
        poster={videoPosterUrl(videoUrl, coverImageUrl)}
        title={title}
        controls
        showCenterPlayBtn
        showFullscreenBtn
        showPlayBtn
        enablePlayGesture={elder}
        objectFit="contain"
        onPlay={() => {
          setPlaying(true);
          feed({ type: 'play' });
        }}
        onPause={() => setPlaying(false)}
        onTimeUpdate={(event) => feed({ type: 'time', currentTime: event.detail.currentTime, duration: event.detail.duration })}
        onEnded={() => {
          setPlaying(false);
          feed({ type: 'ended' });
        }}
      />
      {elder ? <WideButton className="material-video__toggle" text={playing ? '暂停视频' : '播放视频'} onClick={toggle} /> : null}
    </View>
  );
}
