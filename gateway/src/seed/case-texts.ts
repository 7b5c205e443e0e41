import { COMPANIES, ESTATES, HOSPITALS } from './names';
import type { Random } from './random';
import { tableRows } from './table';

interface Texts {
  titles: string[];
  bodies: string[];
}

/**
 * What petitioners say, one sub-category a line: the sub-category, two titles, then two accounts of the matter.
 * `{…}` are filled from the case's place and people.
 */
const TEXTS: Record<string, Texts> = Object.fromEntries(
  tableRows(`
土地承包经营 | 反映{village}土地承包经营权纠纷 | {village}村民反映承包地被他人占用 | 本人在{village}的{mu}亩承包地，二轮延包时被村组调整给他人耕种，多次找村委会协商未果 | 邻户越界耕种本人承包地约{mu}亩，双方发生争执
农村宅基地 | 反映{village}宅基地界址争议 | 申请宅基地审批迟迟未办理 | 与邻居因宅基地边界发生争议，对方新建围墙占用本户宅基地约{m2}平方米 | 去年提交宅基地建房申请，至今未获审批，一家{n}口居住困难
惠农补贴 | 反映耕地地力保护补贴未足额发放 | 反映{village}农机购置补贴未兑现 | 本人承包地{mu}亩，近两年耕地地力保护补贴未按面积足额发放 | 购置农机后按程序申报补贴，已过半年仍未兑现
村务管理 | 反映{village}村务财务不公开 | {village}村民反映集体资产处置问题 | 村集体土地租金收入去向不明，村务公开栏长期未更新，村民要求公开账目 | 村集体鱼塘发包未经村民代表会议讨论，村民对发包价格有异议
征地补偿安置 | 反映{village}征地补偿款未足额到位 | {village}群众反映被征地农民社保未落实 | 村里{mu}亩土地被征收用于工业园区建设，青苗及地上附着物补偿至今未足额发放 | 土地被征收后，被征地农民养老保险至今未办理
房屋征收拆迁 | 反映{township}棚户区改造安置房逾期未交付 | 对房屋征收补偿标准有异议 | 签订征收补偿协议已满{months}个月，安置房仍未交付，过渡费停发 | 认为本户房屋评估价格明显偏低，要求重新评估
物业管理 | 反映{estate}物业服务不到位 | {estate}业主反映公共维修资金使用不透明 | {estate}电梯频繁故障，物业公司拖延维修，业主多次投诉无果 | 物业公司擅自使用公共维修资金，业主要求公开明细
住房保障 | 申请公共租赁住房未获批准 | 反映保障性住房配租不公 | 本人家庭人均收入符合条件，申请公租房两年未获配租 | 认为本批次保障房配租存在不符合条件人员
拖欠工程款 | 反映{company}拖欠工程款 | 要求结算{township}道路工程款 | 承包{company}项目的土建工程，竣工已{months}个月，尚欠工程款{wan}万元 | 参与乡村道路硬化工程，验收合格后尾款{wan}万元迟迟未结算
拖欠农民工工资 | {n}名农民工反映{company}拖欠工资 | 反映工地拖欠务工人员工资 | 在{company}承建的工地务工，{months}个月工资共计{wan}万元未发放，包工头已联系不上 | 年底结账时项目部以资金紧张为由拖欠工资{wan}万元
劳动合同争议 | 反映{company}违法解除劳动合同 | 要求{company}支付经济补偿 | 在{company}工作{years}年，公司未提前通知即解除劳动合同，未支付经济补偿 | 公司未签订书面劳动合同，要求支付二倍工资差额
社会保险待遇 | 反映养老保险缴费年限认定问题 | 咨询企业退休人员养老金核定 | 早年在原单位工作的{years}年工龄未被认定为视同缴费年限，影响退休待遇 | 退休后养老金核定金额与预期差距较大，要求复核
工伤认定 | 反映工伤认定申请未予受理 | 要求{company}落实工伤待遇 | 在{company}上班期间受伤，单位拒不申报工伤，本人申请后被告知材料不全 | 已认定工伤并评定伤残等级，单位拒绝支付一次性伤残补助金
医疗纠纷 | 反映{hospital}诊疗过错 | 对{hospital}手术后果有异议 | 家属在{hospital}住院期间病情加重，家属认为医院延误诊治，要求赔偿 | 在{hospital}接受手术后出现并发症，认为医院未尽告知义务
医疗保障 | 反映异地就医费用报销问题 | 反映门诊慢特病待遇未落实 | 在省城住院治疗花费{wan}万元，回县报销时部分费用不予报销 | 申请门诊慢特病待遇已通过鉴定，但费用仍未纳入报销
公共卫生 | 反映{village}养殖场污染影响村民健康 | 反映{township}卫生院服务问题 | 村旁养殖场粪污随意排放，夏季臭味严重，蚊蝇滋生 | 卫生院夜间无医生值班，村民看急诊困难
入学就学 | 反映子女入学划片问题 | 反映随迁子女入学难 | 新购住房位于{estate}，孩子却被划入较远学校就读 | 外地务工人员子女在县城入学手续繁琐，至今未落实学位
教师待遇 | {n}名代课教师反映待遇问题 | 反映乡镇教师补贴未发放 | 原民办代课教师任教多年，要求落实生活补助 | 乡村教师生活补助已{months}个月未发放
校园安全 | 反映学校周边交通安全隐患 | 反映校园欺凌问题 | 学校门口上下学时段车辆拥堵，缺少减速带和交通协管 | 孩子在学校多次被同学欺负，学校处理不力
最低生活保障 | 申请最低生活保障未获批准 | 反映低保被取消 | 家中{n}口人，本人患重病无劳动能力，申请低保被村里评议未通过 | 低保资格复核时被取消，本人认为家庭情况未发生变化
特困供养 | 申请特困人员供养 | 反映敬老院供养条件差 | 本人年老体弱无子女，无生活来源，申请纳入特困供养 | 敬老院冬季取暖不足，伙食标准偏低
婚姻家庭 | 反映赡养纠纷 | 反映离婚后子女抚养费拒付 | 老人年迈多病，{n}个子女互相推诿不尽赡养义务 | 离婚后对方拒不支付子女抚养费已{months}个月
残疾人保障 | 反映残疾人两项补贴发放问题 | 申请残疾人辅助器具 | 本人为二级肢体残疾，重度残疾人护理补贴停发 | 申请轮椅等辅助器具适配，至今未落实
涉法涉诉 | 对法院判决执行不到位有异议 | 反映民间借贷案件执行难 | 胜诉判决已生效{months}个月，被执行人仍未履行，申请强制执行进展缓慢 | 借款{wan}万元经法院判决后对方转移财产，要求加大执行力度
治安问题 | 反映{village}噪音扰民及打架斗殴 | 反映电信诈骗案件侦办进展 | 夜间烧烤摊噪音扰民，多次发生打架斗殴 | 被电信诈骗{wan}万元，报案后希望了解侦办进展
交通事故 | 反映交通事故赔偿未落实 | 对交通事故责任认定有异议 | 家人在{township}路口被货车撞伤，肇事方赔偿迟迟不到位，医疗费已花费{wan}万元 | 认为交警部门作出的事故责任认定不公
邻里纠纷 | 反映邻居违建影响采光通风 | 反映{village}邻里排水纠纷 | 邻居加盖二层楼房，严重影响本户采光和通风 | 邻居改道排水，雨季污水流入本户院内
改制职工安置 | {n}名原企业职工反映改制安置问题 | 反映{company}改制时身份置换补偿 | {company}改制时职工身份置换补偿金未足额发放 | 企业改制后职工社会保险断缴，要求补缴
破产企业遗留问题 | 反映破产企业职工工资清偿问题 | 反映{company}破产后住房产权办理 | {company}破产清算已结束，拖欠职工工资{wan}万元未清偿 | 原企业职工住房因企业破产无法办理不动产权证
生态环境 | 反映{village}附近企业排放异味 | 反映{township}河道污染 | {company}夜间排放刺激性气味，周边居民无法开窗 | 河道有不明污水排入，鱼类死亡
消费维权 | 反映预付卡商家跑路 | 反映购买的家电质量问题 | 在县城健身房办理预付卡{wan}万元，商家突然停业 | 购买的空调多次维修仍无法正常使用，商家拒绝退换
城市管理 | 反映{estate}周边占道经营 | 反映{township}路灯长期不亮 | 小区门口早市占道经营，垃圾遍地，影响通行 | 主干道路灯损坏多日无人维修，夜间出行不安全
`).map((row): [string, Texts] => {
    const [subCategory, ...texts] = row;
    if (!subCategory || texts.length !== 4)
      throw new Error(`A case-text row has a sub-category and four texts: '${row.join(' | ')}'.`);
    return [subCategory, { titles: texts.slice(0, 2), bodies: texts.slice(2) }];
  }),
);

const ASKS = [
  '请求有关部门尽快调查处理。',
  '希望政府帮助协调解决。',
  '要求依法依规给予书面答复。',
  '请求督促责任单位落实。',
];

export interface TextPlace {
  township: string;
  village: string;
}

/** A title and a description for a case of `subCategory`, told by `petitioner`. */
export function caseText(random: Random, subCategory: string, place: TextPlace, petitioner: string, headCount: number) {
  const texts = TEXTS[subCategory];
  if (!texts) throw new Error(`No case texts for the sub-category '${subCategory}'.`);
  const values: Record<string, string> = {
    ...place,
    company: random.pick(COMPANIES),
    hospital: random.pick(HOSPITALS),
    estate: random.pick(ESTATES),
    n: String(headCount > 1 ? headCount : random.int(2, 6)),
    mu: String(random.int(1, 12)),
    m2: String(random.int(5, 60)),
    months: String(random.int(2, 18)),
    years: String(random.int(3, 20)),
    wan: (random.int(5, 600) / 10).toFixed(1),
  };
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  const who = headCount > 1 ? `${petitioner}等${headCount}人` : petitioner;
  return {
    title: fill(random.pick(texts.titles)),
    description: `${who}反映：${fill(random.pick(texts.bodies))}。${random.pick(ASKS)}`,
  };
}
