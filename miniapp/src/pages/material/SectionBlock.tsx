import { Text, View } from '@tarojs/components';

interface SectionBlockProps {
  heading: string;
  body: string;
}

/** One section of a material; blank lines in the body start new paragraphs. */
export function SectionBlock({ heading, body }: SectionBlockProps) {
  const paragraphs = body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <View className="section-block card">
      <Text className="section-block__heading">{heading}</Text>
      {paragraphs.map((paragraph, index) => (
        <Text key={index} className="section-block__paragraph" userSelect>
          {paragraph}
        </Text>
      ))}
    </View>
  );
}
