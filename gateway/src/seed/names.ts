import type { Gender } from '@onedoor/db/people';
import type { Random } from './random';

/** The fictional county of the demo, and its administrative code (the first six digits of local national ids). */
export const COUNTY = { name: '东岳县', code: '371300', phoneArea: '0538' } as const;

/** Common northern surnames, weighted roughly by how often they occur. */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 10],
  ['张', 9],
  ['李', 9],
  ['刘', 7],
  ['陈', 4],
  ['杨', 4],
  ['赵', 4],
  ['孙', 4],
  ['徐', 3],
  ['马', 3],
  ['高', 3],
  ['朱', 3],
  ['胡', 2],
  ['郭', 2],
  ['何', 2],
  ['林', 2],
  ['周', 2],
  ['吴', 2],
  ['宋', 2],
  ['郑', 2],
  ['韩', 2],
  ['冯', 2],
  ['于', 2],
  ['曹', 2],
  ['丁', 1],
  ['魏', 1],
  ['薛', 1],
  ['袁', 1],
  ['崔', 1],
  ['董', 1],
  ['杜', 1],
  ['程', 1],
  ['姜', 1],
  ['田', 1],
  ['任', 1],
  ['苏', 1],
  ['颜', 1],
  ['庞', 1],
  ['葛', 1],
  ['邵', 1],
];
const MALE_CHARS = [...'建国明军伟强涛磊平志海东峰勇刚华永庆福春德成文宝新立连学振洪彦金山林发广俊鹏亮'];
const FEMALE_CHARS = [...'秀英芳丽娟敏静霞红玲梅兰凤桂燕萍艳慧娜琴翠云洁婷雪莉荣珍玉华'];

export function personName(random: Random, gender: Gender): string {
  const chars = gender === 'FEMALE' ? FEMALE_CHARS : MALE_CHARS;
  const first = random.pick(chars);
  let second = random.chance(0.72) ? random.pick(chars) : '';
  // Doubled given names (莉莉) are a girl's; for anyone else draw the second character again.
  if (second === first && gender !== 'FEMALE') second = '';
  return random.weighted(SURNAMES) + first + second;
}

/** 5 streets (街道) around the county seat, then 13 towns (镇). */
export const TOWNSHIPS = [
  '城关街道',
  '东城街道',
  '西城街道',
  '岳山街道',
  '滨河街道',
  '青石镇',
  '石门镇',
  '大王庄镇',
  '桃园镇',
  '白沙镇',
  '柳林镇',
  '双河镇',
  '杨集镇',
  '龙泉镇',
  '高桥镇',
  '黄山铺镇',
  '南湖镇',
  '曹庄镇',
] as const;

export const isStreet = (township: string) => township.endsWith('街道');

const COMMUNITY_WORDS = [
  '东关',
  '西关',
  '南关',
  '北关',
  '人民路',
  '和平',
  '建设',
  '文化',
  '幸福',
  '锦绣',
  '岳阳',
  '朝阳',
  '新华',
  '红旗',
  '光明',
  '振兴',
  '阳光',
  '学府',
  '站前',
  '府前',
  '园丁',
  '岳湖',
  '金桥',
  '怡景',
  '翠苑',
  '书院',
  '永安',
  '康宁',
  '长青',
  '团结',
  '丰收',
  '兴隆',
  '中心街',
  '电厂',
  '纺织',
  '铁路',
  '青年路',
  '鼓楼',
  '龙湾',
  '花园',
];
const VILLAGE_HEADS = [
  '王家',
  '李家',
  '张家',
  '刘家',
  '孙家',
  '马家',
  '高家',
  '朱家',
  '郭家',
  '杨家',
  '前',
  '后',
  '东',
  '西',
  '南',
  '北',
  '大',
  '小',
  '上',
  '下',
  '石',
  '柳',
  '杏',
  '桃',
  '梨',
  '枣',
  '槐',
  '沙',
  '黄',
  '岳',
];
const VILLAGE_TAILS = [
  '庄',
  '店',
  '营',
  '屯',
  '集',
  '岭',
  '洼',
  '沟',
  '河',
  '桥',
  '寨',
  '湖',
  '埠',
  '坡',
  '官庄',
  '楼',
  '坊',
  '峪',
];

/** Draws place names that are unique in the county: 社区 in the streets, 村 in the towns. */
export function createPlaceNamer(random: Random) {
  const used = new Set<string>();
  const draw = (make: () => string) => {
    for (;;) {
      const name = make();
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  return {
    community: () =>
      draw(
        () => `${random.pick(COMMUNITY_WORDS)}${random.chance(0.3) ? random.pick(['东', '西', '南', '北']) : ''}社区`,
      ),
    village: () => draw(() => `${random.pick(VILLAGE_HEADS)}${random.pick(VILLAGE_TAILS)}村`),
  };
}

/** Fictional enterprises, hospitals, schools and estates that cases name. */
export const COMPANIES = [
  '东岳县鑫达建筑工程有限公司',
  '东岳县宏远纺织有限公司',
  '岳华食品有限公司',
  '东岳县恒通物流有限公司',
  '泰和置业有限公司',
  '东岳县金源木业有限公司',
  '东岳县鲁康医药连锁有限公司',
  '东岳县鸿运汽车销售有限公司',
  '东岳县青石建材有限公司',
  '原东岳县第二棉纺厂',
  '原东岳县农机修造厂',
  '东岳县利民服装加工厂',
];
export const HOSPITALS = ['东岳县人民医院', '东岳县中医医院', '东岳县妇幼保健院', '东岳县第二人民医院'];
export const ESTATES = ['锦绣花园小区', '岳湖名苑', '阳光新城', '滨河家园', '泰和上城', '书香门第小区', '金桥佳苑'];
export const ROADS = ['人民路', '岳山路', '滨河大道', '建设路', '文化路', '青年路', '沂蒙路', '泰山路'];
