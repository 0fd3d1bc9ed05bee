import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { MaterialSummary } from '@rights-outreach/shared';
import { groupMaterials } from '../../utils/materialGroups';
import { keyboardPressable } from '../../utils/keyboardPressable';
import { MaterialCard } from '../MaterialCard';
import './index.css';

/** A place on the landing page the quick jumps lead to besides the groups (the quiz, feedback). */
export interface JumpTarget {
  id: string;
  label: string;
}

interface MaterialGroupsProps {
  materials: readonly MaterialSummary[];
  onOpen: (materialId: string) => void;
  /** Placed after the groups' own jumps. */
  extraJumps: JumpTarget[];
}

const jumpTo = (id: string) => void Taro.pageScrollTo({ selector: `#${id}`, duration: 200 }).catch(() => undefined);

/** The quick-jump bar: each group and the quiz and feedback, one tap away. */
export function MaterialJumps({ materials, extraJumps }: Pick<MaterialGroupsProps, 'materials' | 'extraJumps'>) {
  const jumps = [
    ...groupMaterials(materials).map((group) => ({ id: group.id, label: `${group.title}（${group.materials.length}）` })),
    ...extraJumps,
  ];
  return (
    <View className="material-jumps" ariaRole="navigation" ariaLabel="快速跳转">
      {jumps.map((jump) => (
        <View
          key={jump.id}
          className="material-jumps__item"
          hoverClass="material-jumps__item--pressed"
          ariaRole="link"
          onClick={() => jumpTo(jump.id)}
          {...keyboardPressable(() => jumpTo(jump.id))}
        >
          <Text>{jump.label}</Text>
        </View>
      ))}
    </View>
  );
}

/** The materials under their group headings, in the campaign's order within each. */
export function MaterialGroups({ materials, onOpen }: Pick<MaterialGroupsProps, 'materials' | 'onOpen'>) {
  return (
    <>
      {groupMaterials(materials).map((group) => (
        <View key={group.id} className="material-group" id={group.id}>
          <Text className="material-group__title">
            {group.title}（{group.materials.length}）
          </Text>
          {group.intro ? <Text className="material-group__intro">{group.intro}</Text> : null}
          {group.materials.map((material) => (
            <MaterialCard key={material.id} material={material} onOpen={onOpen} />
          ))}
        </View>
      ))}
    </>
  );
}
