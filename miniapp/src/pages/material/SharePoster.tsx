import { Image, Text, View } from '@tarojs/components';
import { Canvas } from '../../components/standalone/Canvas';
import { WideButton } from '../../components/WideButton';
import { materialPosterCanvasId, type MaterialPoster } from '../../hooks/useMaterialPoster';

const isWeapp = process.env.TARO_ENV === 'weapp';
const hint = isWeapp
  ? '长按图片可发送给朋友，或保存到相册后发朋友圈。扫码即可阅读本资料。'
  : '下载后可发给家人朋友或打印张贴，微信扫码即可阅读本资料。';

interface SharePosterProps {
  poster: MaterialPoster;
  title: string;
}

/**
 * 生成分享海报: one button until asked; then the poster (the material, the campaign and a QR
 * code of its link), drawn off screen and shown as an image — long-press in WeChat — with
 * 保存到相册 (WeChat) or 下载海报 (H5).
 */
export function SharePoster({ poster, title }: SharePosterProps) {
  const { state } = poster;
  if (!poster.requested)
    return <WideButton variant="secondary" text="生成分享海报" onClick={poster.generate} className="share-poster__generate" />;
  const description = `分享海报：${title}`;
  return (
    <View className="share-poster card" ariaRole="region" ariaLabel="分享海报">
      <Canvas type="2d" id={materialPosterCanvasId} ref={poster.canvas.ref as never} className="share-poster__canvas" />
      {state.kind === 'ready' ? (
        <Image
          className="share-poster__image"
          src={state.image}
          mode="widthFix"
          showMenuByLongpress
          ariaLabel={isWeapp ? description : undefined}
          // H5 renders a native <img> inside the component: its text alternative goes there.
          nativeProps={isWeapp ? undefined : { alt: description }}
        />
      ) : (
        <View className="share-poster__placeholder" ariaRole="status">
          <Text>{state.kind === 'failed' ? state.message : '正在生成海报…'}</Text>
        </View>
      )}
      <Text className="share-poster__hint">{hint}</Text>
      {state.kind === 'failed' ? (
        <WideButton variant="secondary" text="重新生成" onClick={poster.retry} />
      ) : (
        <WideButton
          text={poster.saveLabel}
          disabled={state.kind !== 'ready'}
          onClick={() => void poster.save()}
          className="share-poster__save"
        />
      )}
    </View>
  );
}
