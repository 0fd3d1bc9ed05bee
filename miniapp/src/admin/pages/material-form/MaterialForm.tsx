import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  CreateMaterialRequestSchema,
  materialFormats,
  materialKinds,
  materialOriginKinds,
  UpdateMaterialRequestSchema,
  type AdminMaterialView,
} from '@rights-outreach/shared';
import { routes } from '../../../constants/routes';
import { createMaterial, findAdminMaterial, publishMaterial, updateMaterial } from '../../../services/adminMaterials';
import type { FieldErrors } from '../../../utils/fieldErrors';
import { ActionButton } from '../../../components/form/ActionButton';
import { FormField } from '../../../components/form/FormField';
import { Section } from '../../../components/form/Section';
import { TextInput } from '../../../components/form/TextInput';
import { ChoiceChips } from '../../../components/form/ChoiceChips';
import { FormMessage } from '../../components/FormMessage';
import { useForm } from '../../hooks/useForm';
import { useSubmit } from '../../hooks/useSubmit';
import { goBackOr } from '../../navigation';
import { confirmAction } from '../../utils/confirm';
import { moveItem, removeAt } from '../../utils/listOrder';
import { materialFormatLabels, materialKindGroupLabels, materialOriginLabels } from '../../utils/materialLabels';
import { actionFailureMessage, nextVersion, publishButton, publishedMessage, publishPrompt } from '../../utils/materialStatus';
import { optionsOf } from '../../utils/options';
import {
  createRequestOf,
  draftOfMaterial,
  emptySection,
  materialHints,
  reindexSectionErrors,
  sameDraft,
  updateRequestOf,
  type MaterialDraft,
  type SectionDraft,
} from './materialDraft';
import { MaterialStatusCard } from './MaterialStatusCard';
import { SectionsEditor } from './SectionsEditor';

/** A new material (its first values), or one to edit (as the API last returned it). */
type MaterialFormProps =
  | { initial: MaterialDraft; saved?: undefined; onCreated?: (id: string) => void }
  | { saved: AdminMaterialView; initial?: undefined; onCreated?: undefined };

const idHint = '资料编号写进资料链接和统计数据，创建后不能修改。例如 case-phone-fraud';

/** What saving the draft means for consumers, said right after it was saved. */
function savedMessage(view: AdminMaterialView): string {
  return view.published
    ? `草稿已保存。消费者仍看到第 ${view.published.version} 版，发布后更新为第 ${nextVersion(view)} 版。`
    : '草稿已保存。发布后消费者才能看到这份资料。';
}

const withoutPaths = (errors: FieldErrors, ...paths: string[]): FieldErrors =>
  Object.fromEntries(Object.entries(errors).filter(([path]) => !paths.includes(path) && path !== ''));

/**
 * A material's draft, checked with the API's own schema before anything is sent. Saving never
 * changes what consumers see; once saved and unchanged, the draft can be published here.
 */
export function MaterialForm({ initial, saved, onCreated }: MaterialFormProps) {
  const [view, setView] = useState<AdminMaterialView | null>(saved ?? null);
  const form = useForm<MaterialDraft>(() => (saved ? draftOfMaterial(saved.draft) : initial!));
  const submit = useSubmit();
  const [done, setDone] = useState('');
  const { values, errors, set } = form;
  // Publishing sends nothing from the form: only a saved, unchanged draft is offered.
  const unsaved = view === null || !sameDraft(values, draftOfMaterial(view.draft));
  const publishText = view && !unsaved ? publishButton(view) : null;

  const edit = <K extends keyof MaterialDraft>(key: K, value: MaterialDraft[K]) => {
    setDone('');
    set(key, value);
  };

  // The origin's messages sit under the schema's paths (origin, origin.from), not the draft's keys.
  const editOrigin = <K extends 'originKind' | 'originFrom'>(key: K, value: MaterialDraft[K]) => {
    edit(key, value);
    form.setErrors((prev) => withoutPaths(prev, 'origin', 'origin.kind', 'origin.from'));
  };

  const stored = (next: AdminMaterialView, message: string) => {
    setView(next);
    form.setValues(draftOfMaterial(next.draft));
    setDone(message);
  };

  const save = async () => {
    setDone('');
    if (!view) {
      const request = form.check(CreateMaterialRequestSchema, createRequestOf(values), materialHints);
      if (!request) return;
      const result = await submit.run(() => createMaterial(request));
      if (result?.ok) {
        stored(result.value, savedMessage(result.value));
        onCreated?.(result.value.id);
      }
      if (result && !result.ok && result.error.code === 'ALREADY_EXISTS') form.setErrors({ id: '这个资料编号已被使用，请换一个' });
      return;
    }
    const request = form.check(UpdateMaterialRequestSchema, updateRequestOf(values), materialHints);
    if (!request) return;
    const result = await submit.run(() => updateMaterial(view.id, request));
    if (result?.ok) stored(result.value, savedMessage(result.value));
  };

  const publish = async () => {
    if (!view) return;
    setDone('');
    const prompt = publishPrompt(view);
    if (!(await confirmAction(prompt.title, `“${view.draft.title}”：${prompt.content}`, prompt.confirmText))) return;
    const result = await submit.run(() => publishMaterial(view.id));
    if (result?.ok) stored(result.value, publishedMessage(result.value));
    if (result && !result.ok && result.error.code === 'IDEMPOTENCY_CONFLICT') {
      // Show what is published now; the admin decides whether to publish again.
      const fresh = await findAdminMaterial(view.id).catch(() => null);
      if (fresh) setView(fresh);
    }
  };

  // Sections: their messages follow them when they move (see reindexSectionErrors).
  const editSection = (index: number, field: keyof SectionDraft, value: string) => {
    setDone('');
    form.setValues((prev) => ({ ...prev, sections: prev.sections.map((s, i) => (i === index ? { ...s, [field]: value } : s)) }));
    form.setErrors((prev) => withoutPaths(prev, `sections.${index}.${field}`, 'sections'));
  };
  const reorder = (order: number[]) => {
    setDone('');
    form.setValues((prev) => ({ ...prev, sections: order.map((i) => prev.sections[i]!) }));
    form.setErrors((prev) => withoutPaths(reindexSectionErrors(prev, order), 'sections'));
  };
  const positions = () => values.sections.map((_, i) => i);
  const removeSection = async (index: number) => {
    const section = values.sections[index];
    const hasText = section !== undefined && (section.heading.trim() !== '' || section.body.trim() !== '');
    if (
      hasText &&
      !(await confirmAction('删除段落', `删除第 ${index + 1} 段“${section.heading.trim() || '未命名'}”？保存草稿后才会生效。`, '删除'))
    )
      return;
    reorder(removeAt(positions(), index));
  };
  const addSection = () => {
    setDone('');
    form.setValues((prev) => ({ ...prev, sections: [...prev.sections, emptySection()] }));
    form.setErrors((prev) => withoutPaths(prev, 'sections'));
  };

  const invalid = Object.keys(errors).length > 0;
  const failure = submit.error && submit.error.code !== 'ALREADY_EXISTS' ? actionFailureMessage(submit.error) : null;

  return (
    <View className="material-form">
      {view ? <MaterialStatusCard view={view} /> : null}
      <Section title="基本信息">
        <View className="material-form__fields">
          {view ? (
            <FormField label="资料编号" id="material-id">
              <Text className="material-form__fixed">{view.id}（创建后不能修改）</Text>
            </FormField>
          ) : (
            <FormField label="资料编号" required error={errors.id} hint={idHint} id="material-id">
              <TextInput value={values.id} onChange={(v) => edit('id', v)} placeholder="小写字母、数字或 -" maxLength={48} />
            </FormField>
          )}
          <FormField label="类别" required={!view} error={errors.kind} id="material-kind">
            {view ? (
              <Text className="material-form__fixed">{materialKindGroupLabels[view.kind]}（创建后不能修改）</Text>
            ) : (
              <ChoiceChips
                label="资料类别"
                options={optionsOf(materialKinds, materialKindGroupLabels)}
                value={values.kind}
                onChange={(v) => edit('kind', v)}
              />
            )}
          </FormField>
          <FormField label="形式" required error={errors.format} id="material-format">
            <ChoiceChips
              label="资料形式"
              options={optionsOf(materialFormats, materialFormatLabels)}
              value={values.format}
              onChange={(v) => edit('format', v)}
            />
          </FormField>
          <FormField label="来源" required error={errors.origin ?? errors['origin.kind']} id="material-origin">
            <ChoiceChips
              label="原创或转载"
              options={optionsOf(materialOriginKinds, materialOriginLabels)}
              value={values.originKind}
              onChange={(v) => editOrigin('originKind', v)}
            />
          </FormField>
          {values.originKind === 'reposted' ? (
            <FormField
              label="转载自"
              required
              error={errors['origin.from']}
              hint="例如 国家金融监督管理总局、中国保险行业协会"
              id="material-origin-from"
            >
              <TextInput value={values.originFrom} onChange={(v) => editOrigin('originFrom', v)} placeholder="转载来源" maxLength={40} />
            </FormField>
          ) : null}
          <FormField label="标题" required error={errors.title} hint="2–40 个字，显示在宣传页的资料卡片上" id="material-title">
            <TextInput value={values.title} onChange={(v) => edit('title', v)} placeholder="例如 警惕冒充客服退款" maxLength={40} />
          </FormField>
          <FormField label="摘要" required error={errors.summary} hint="10–140 个字，一两句话说清这份资料讲什么" id="material-summary">
            <TextInput kind="multiline" value={values.summary} onChange={(v) => edit('summary', v)} maxLength={140} />
          </FormField>
        </View>
      </Section>
      <Section title={`正文段落（${values.sections.length}）`} hint="消费者按这里的顺序阅读；每段一个小标题和正文。" id="material-sections">
        {errors.sections ? <FormMessage tone="error" text={errors.sections} /> : null}
        <SectionsEditor
          sections={values.sections}
          errors={errors}
          onEdit={editSection}
          onMove={(index, step) => reorder(moveItem(positions(), index, step))}
          onRemove={(index) => void removeSection(index)}
          onAdd={addSection}
        />
      </Section>
      <Section title="视频与封面" hint="都可不填。">
        <View className="material-form__fields">
          <FormField
            label="视频地址"
            optional
            error={errors.videoUrl}
            hint="https:// 开头；宣传页内播放，并统计观看次数"
            id="material-video"
          >
            <TextInput value={values.videoUrl} onChange={(v) => edit('videoUrl', v)} placeholder="https://" maxLength={500} />
          </FormField>
          <FormField
            label="封面图片地址"
            optional
            error={errors.coverImageUrl}
            hint="https:// 开头；也用于分享卡片和海报"
            id="material-cover"
          >
            <TextInput value={values.coverImageUrl} onChange={(v) => edit('coverImageUrl', v)} placeholder="https://" maxLength={500} />
          </FormField>
        </View>
      </Section>
      <View className="material-form__submit">
        <FormMessage tone="error" text={invalid && !failure ? (errors[''] ?? '请按红色提示修改后再保存') : failure} />
        <FormMessage tone="success" text={done} />
        {view && unsaved && publishButton(view) ? (
          <Text className="material-form__note">有尚未保存的修改：请先保存草稿，再发布。</Text>
        ) : null}
        <View className="material-form__buttons">
          <ActionButton text="保存草稿" loading={submit.submitting} onClick={save} />
          {publishText ? (
            <ActionButton text={publishText} variant="secondary" disabled={submit.submitting} onClick={() => void publish()} />
          ) : null}
          <ActionButton text="返回资料列表" variant="secondary" onClick={() => goBackOr(routes.adminMaterials)} />
        </View>
      </View>
    </View>
  );
}
