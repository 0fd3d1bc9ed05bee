import { Text, View } from '@tarojs/components';
import './index.css';

/** Who publishes this page and where to turn with questions: quiet, at the end. */
export function PageFooter() {
  return (
    <View className="page-footer" ariaRole="contentinfo">
      <Text className="page-footer__line">金融消费者权益保护宣传</Text>
      <Text className="page-footer__line">如有疑问，请咨询活动现场或柜面工作人员</Text>
    </View>
  );
}
