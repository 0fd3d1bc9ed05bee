import { Image, Text, View } from '@tarojs/components';
import { Canvas } from '../../../components/standalone/Canvas';
import { Section } from '../../../components/form/Section';
import { ActionButton } from '../../../components/form/ActionButton';
import type { CanvasTarget } from '../../../canvas/canvas2d.types';
import type { PosterState } from '../../../poster/usePosterImage';
import { posterCanvasId } from '../../hooks/usePoster';

interface PosterCardProps {
  /** The server has the event: its QR code exists. */
  available: boolean;
  state: PosterState;
  saveLabel: string;
  onSave: () => void;
  onRetry: () => void;
  /** The page's canvas the poster is drawn on. */
  canvas: CanvasTarget;
}

/** 活动二维码海报: shown big enough to scan from the phone, saved or downloaded for printing. */
export function PosterCard({ available, state, saveLabel, onSave, onRetry, canvas }: PosterCardProps) {
  return (
    <Section title="活动二维码海报">
      {!available ? (
        <Text className="poster__note">活动同步到服务器后即可生成二维码海报（扫码阅读资料、现场签到）。</Text>
      ) : (
        <>
          {/* Drawn off screen, then shown as an image (long-press to save or forward in WeChat). */}
          <Canvas type="2d" id={posterCanvasId} ref={canvas.ref as never} className="poster__canvas" />
          {state.kind === 'ready' ? (
            <Image className="poster__image" src={state.image} mode="widthFix" showMenuByLongpress />
          ) : (
            <View className="poster__placeholder">
              <Text>{state.kind === 'failed' ? state.message : '正在生成海报…'}</Text>
            </View>
          )}
          <View className="poster__actions">
            {state.kind === 'failed' ? (
              <ActionButton text="重新生成" variant="secondary" block onClick={onRetry} />
            ) : (
              <ActionButton text={saveLabel} block disabled={state.kind !== 'ready'} onClick={onSave} className="poster__save" />
            )}
          </View>
          <Text className="poster__hint">可打印张贴，或直接在手机上出示给群众扫码。</Text>
        </>
      )}
    </Section>
  );
}
