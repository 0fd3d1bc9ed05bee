import { Image, Text, View } from '@tarojs/components';
import { campaignQrImageUrl } from '../../../services/campaigns';
import { ActionButton } from '../../../components/form/ActionButton';
import { Section } from '../../../components/form/Section';
import { openImage } from '../../utils/openImage';

/** The campaign's QR code (PNG from the API) and a way to open it full size to save or print. */
export function QrLink({ code }: { code: string }) {
  const url = campaignQrImageUrl(code);
  // In H5 the image is served from this site's /api: show the full address to copy.
  const shown = process.env.TARO_ENV === 'h5' ? new URL(url, window.location.href).href : url;
  return (
    <Section title="活动二维码" hint="扫码打开本活动的宣传页。活动编号写在二维码链接里，所以二维码印出后一直有效。">
      <View className="campaign-form__qr">
        <Image className="campaign-form__qr-image" src={url} mode="aspectFit" showMenuByLongpress />
        <View className="campaign-form__qr-side">
          <Text className="campaign-form__qr-url" userSelect>
            {shown}
          </Text>
          <ActionButton size="small" variant="secondary" text="打开二维码图片" onClick={() => openImage(url)} />
        </View>
      </View>
    </Section>
  );
}
