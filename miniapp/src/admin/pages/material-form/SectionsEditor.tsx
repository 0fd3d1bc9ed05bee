import { Text, View } from '@tarojs/components';
import { ActionButton } from '../../../components/form/ActionButton';
import { FormField } from '../../../components/form/FormField';
import { TextInput } from '../../../components/form/TextInput';
import type { FieldErrors } from '../../../utils/fieldErrors';
import { maxSections, type SectionDraft } from './materialDraft';

interface SectionsEditorProps {
  sections: SectionDraft[];
  errors: FieldErrors;
  onEdit: (index: number, field: keyof SectionDraft, value: string) => void;
  onMove: (index: number, step: -1 | 1) => void;
  onRemove: (index: number) => void;
  onAdd: () => void;
}

/** The material's sections in reading order: each a heading and a body, moved up or down, removed, or added at the end. */
export function SectionsEditor({ sections, errors, onEdit, onMove, onRemove, onAdd }: SectionsEditorProps) {
  return (
    <View className="material-form__sections">
      {sections.map((section, index) => (
        <View key={index} className="material-form__section" id={`material-section-${index}`}>
          <View className="material-form__section-head">
            <Text className="material-form__section-title">第 {index + 1} 段</Text>
            <View className="material-form__section-actions">
              <ActionButton size="small" variant="secondary" text="上移" disabled={index === 0} onClick={() => onMove(index, -1)} />
              <ActionButton
                size="small"
                variant="secondary"
                text="下移"
                disabled={index === sections.length - 1}
                onClick={() => onMove(index, 1)}
              />
              {/* A material needs at least one section. */}
              <ActionButton size="small" variant="quiet" text="删除" disabled={sections.length === 1} onClick={() => onRemove(index)} />
            </View>
          </View>
          <FormField label="小标题" required error={errors[`sections.${index}.heading`]} id={`material-section-${index}-heading`}>
            <TextInput
              value={section.heading}
              onChange={(v) => onEdit(index, 'heading', v)}
              placeholder="例如 这项权利是什么"
              maxLength={40}
            />
          </FormField>
          <FormField
            label="正文"
            required
            error={errors[`sections.${index}.body`]}
            hint="最多 2000 个字"
            id={`material-section-${index}-body`}
          >
            <TextInput
              kind="multiline"
              value={section.body}
              onChange={(v) => onEdit(index, 'body', v)}
              placeholder="用通俗的话写给消费者"
              maxLength={2000}
            />
          </FormField>
        </View>
      ))}
      <View className="material-form__section-add">
        <ActionButton
          size="small"
          variant="secondary"
          text={sections.length >= maxSections ? `最多 ${maxSections} 段` : '添加段落'}
          disabled={sections.length >= maxSections}
          onClick={onAdd}
        />
      </View>
    </View>
  );
}
