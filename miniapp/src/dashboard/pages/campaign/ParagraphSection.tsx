import { Text, View } from '@tarojs/components';
import { ActionButton } from '../../../components/form/ActionButton';
import { Section } from '../../../components/form/Section';
import { useCopyText } from '../../hooks/useCopyText';

/** 主要成效: the results paragraph, written from exactly the figures above, ready to paste into a report. */
export function ParagraphSection({ paragraph }: { paragraph: string }) {
  const { state, copy } = useCopyText(paragraph);
  return (
    <Section
      title="主要成效"
      id="report-paragraph"
      hint="由本页数据自动生成，可直接用于年度报告。"
      extra={<ActionButton size="small" text="复制" onClick={copy} className="report__copy" />}
    >
      <Text className="report__paragraph" userSelect>
        {paragraph}
      </Text>
      {state !== 'idle' ? (
        <View ariaRole="status">
          <Text className="report__copied">{state === 'copied' ? '已复制，可粘贴到报告中。' : '复制失败，请长按上方文字手动复制。'}</Text>
        </View>
      ) : null}
    </Section>
  );
}
