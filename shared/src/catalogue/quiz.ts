import type { QuizQuestion } from '../quiz';

/**
 * The quiz bank, written by this project: at least one question on each of the eight rights
 * and each case, every one with exactly one right option and a short reason why.
 */
export const quizBank: QuizQuestion[] = [
  // 财产安全权
  {
    id: 'q-property-transfer-to-staff',
    question: '保险公司的工作人员让您把保费转到他的个人银行账户，说可以帮您“代缴”。您应该怎么做？',
    options: ['转给他，省得自己跑一趟', '先转一半试试看', '拒绝，只通过保险公司的官方渠道缴费'],
    answer: 2,
    explanation: '保费只应通过保险公司的官方渠道缴纳。任何人以“代缴”“周转”为由让您把钱转到个人账户，都要拒绝，并向保险公司官方客服核实。',
    topic: 'right-property-safety',
  },
  {
    id: 'q-property-meaning',
    question: '“财产安全权”主要是指什么？',
    options: [
      '金融机构要保管好您交给它的资金，不得挪用、占用',
      '金融机构保证您的投资一定赚钱',
      '您可以随时要求退还全部保费',
      '金融机构可以替您决定怎么花钱',
    ],
    answer: 0,
    explanation:
      '财产安全权是指您交给金融机构的资金和财产受法律保护，机构不得挪用、占用，也不能因管理不善让您受损。它并不等于保证投资赚钱。',
    topic: 'right-property-safety',
  },
  // 知情权
  {
    id: 'q-know-hidden-exclusions',
    question: '销售人员介绍一款重疾险，只说“什么病都能赔”，却不讲哪些情况不赔。这主要侵害了您的哪项权利？',
    options: ['受尊重权', '受教育权', '信息安全权', '知情权'],
    answer: 3,
    explanation: '您有权知道产品保障什么、不保什么、要交多少钱、退保有什么损失。只讲好处、不讲免责条款，侵害的是知情权。',
    topic: 'right-to-know',
  },
  {
    id: 'q-know-before-signing',
    question: '签保险合同之前，哪种做法是对的？',
    options: ['听销售人员讲完就签字', '逐条阅读合同，特别是加粗的条款，不懂的当场问清楚', '请销售人员替自己签名'],
    answer: 1,
    explanation: '合同里加粗的条款往往是责任免除等重要内容。自己读过、问清楚再签字，才能真正知道买的是什么；代签名不合规，也容易引起纠纷。',
    topic: 'right-to-know',
  },
  // 自主选择权
  {
    id: 'q-choice-tied-sale',
    question: '办贷款时，工作人员说“不买这份保险就不能放款”，而这份保险并不是必须买的。这种做法属于什么？',
    options: ['正常的业务要求', '对您的特别优惠', '捆绑搭售，侵害了您的自主选择权'],
    answer: 2,
    explanation: '买不买保险、买哪一种，由您自己决定。以办理其他业务为条件强迫您买保险，属于捆绑搭售，您可以拒绝并投诉。',
    topic: 'right-of-choice',
  },
  {
    id: 'q-choice-who-decides',
    question: '买不买保险、买哪家公司的产品，应当由谁决定？',
    options: ['由销售人员决定', '您自己根据需要和经济情况决定', '由办贷款的银行指定'],
    answer: 1,
    explanation: '自主选择权保障您自主选择金融机构、产品和服务，自主决定买不买、什么时候买。任何人都不能替您做决定。',
    topic: 'right-of-choice',
  },
  // 公平交易权
  {
    id: 'q-fair-ambiguous-clause',
    question: '保险合同里的某个条款有两种以上的解释，依法应当怎样解释？',
    options: ['作出有利于投保人和被保险人的解释', '按保险公司的解释', '按销售人员的口头说法'],
    answer: 0,
    explanation: '按照保险法的规定，对合同条款有争议时，先按通常的理解解释；有两种以上解释的，应当作出有利于投保人和被保险人的解释。',
    topic: 'right-fair-trade',
  },
  {
    id: 'q-fair-fees',
    question: '下面哪种做法符合公平交易的要求？',
    options: ['收取合同里没有写明的费用', '用“最终解释权归本公司所有”拒绝理赔', '收费项目和收费标准事先公开、说清楚'],
    answer: 2,
    explanation: '公平交易权要求收费公开透明、合同条款公平合理。收取没说明的费用、用单方面的“解释权”剥夺您的权益，都不公平。',
    topic: 'right-fair-trade',
  },
  // 依法求偿权
  {
    id: 'q-compensation-delayed-claim',
    question: '理赔材料已经交齐，保险公司却一直拖着不处理，您可以怎么做？',
    options: ['只能等着，没有别的办法', '花钱找不认识的“中介”帮忙催', '保存好材料和沟通记录，向保险公司投诉，协商不成可以拨打 12378'],
    answer: 2,
    explanation:
      '保险公司应当在规定时间内核定理赔并告知结果。拖着不办，您可以书面投诉并记下受理编号，协商不成再拨打金融消费者投诉热线 12378。',
    topic: 'right-to-compensation',
  },
  {
    id: 'q-compensation-meaning',
    question: '“依法求偿权”是指什么？',
    options: ['因金融机构的过错受到损失时，有权依法要求赔偿', '投资亏了钱，都可以要求金融机构赔偿', '只要不满意，就可以要求金融机构补偿'],
    answer: 0,
    explanation:
      '依法求偿权针对的是金融机构或其工作人员的违法违规行为、过错给您造成的损失。正常的市场波动带来的投资亏损，不属于机构的过错。',
    topic: 'right-to-compensation',
  },
  {
    id: 'q-compensation-hotline',
    question: '与金融机构协商不成，想投诉时，可以拨打哪个金融消费者投诉热线？',
    options: ['119', '120', '122', '12378'],
    answer: 3,
    explanation: '12378 是国家金融监督管理总局的金融消费者投诉热线。119 是火警电话，120 是急救电话，122 是交通事故报警电话。',
    topic: 'right-to-compensation',
  },
  // 受教育权
  {
    id: 'q-education-community-talk',
    question: '社区里举办“以案说险”讲座，帮大家认识金融风险。这体现了金融消费者的哪项权利？',
    options: ['公平交易权', '财产安全权', '受教育权'],
    answer: 2,
    explanation: '金融机构有义务开展金融知识普及和风险教育。社区、学校、柜面的宣传活动，正是受教育权的体现。',
    topic: 'right-to-education',
  },
  {
    id: 'q-education-unclear-product',
    question: '遇到一款看不懂的金融产品，哪种做法比较好？',
    options: ['先弄明白产品和风险，再决定买不买', '别人催得急，就先签了再说', '听说“名额有限”，赶紧买下'],
    answer: 0,
    explanation: '看不懂的产品先学习、先问清楚，再做决定。在别人的催促下匆忙签字，最容易买到不适合自己的产品。',
    topic: 'right-to-education',
  },
  // 受尊重权
  {
    id: 'q-respect-counter-service',
    question: '一位老人不会用智能手机，到柜面办业务时被要求“回去自己在手机上办”。这种做法主要不符合哪项权利的要求？',
    options: ['知情权', '受尊重权', '信息安全权'],
    answer: 1,
    explanation: '受尊重权要求金融机构不歧视老年人、残障人士等群体，耐心服务，并保留人工服务等适老化的服务方式。',
    topic: 'right-to-respect',
  },
  {
    id: 'q-respect-meaning',
    question: '受尊重权要求金融机构怎样对待消费者？',
    options: ['只为存款多的客户提供好的服务', '只提供手机上的服务，不再保留人工服务', '尊重人格尊严和民族风俗习惯，不因年龄、残障等歧视'],
    answer: 2,
    explanation: '每一位消费者的人格尊严和民族风俗习惯都应当受到尊重。金融机构不能因为年龄、民族、残障等原因区别对待。',
    topic: 'right-to-respect',
  },
  // 信息安全权
  {
    id: 'q-info-code-request',
    question: '有人打电话自称保险公司工作人员，要您说出刚收到的短信验证码。您应该怎么做？',
    options: ['告诉他，方便他办业务', '拒绝，挂断后拨打保单上印着的官方客服电话核实', '只告诉他验证码的前几位'],
    answer: 1,
    explanation: '短信验证码相当于您的“钥匙”，正规机构的工作人员不会索要。任何人要验证码都不要给，有疑问用官方客服电话核实。',
    topic: 'right-information-security',
  },
  {
    id: 'q-info-collection',
    question: '金融机构收集您的个人信息，应当怎样做？',
    options: ['想收集什么就收集什么', '告知用途、征得您的同意，只收集必要的信息', '可以把信息卖给其他公司'],
    answer: 1,
    explanation: '信息安全权要求金融机构告知用途并取得您的同意，只收集必要的信息，采取措施防止泄露，不得非法提供或出售。',
    topic: 'right-information-security',
  },
  // 电信网络诈骗
  {
    id: 'q-telecom-screen-share',
    question: '自称“客服”的人说要给您退款，让您下载一个软件并打开“屏幕共享”。您应该怎么做？',
    options: [
      '按他说的操作，退款要紧',
      '先共享屏幕，看看他要做什么',
      '不共享屏幕，挂断电话，自己查官方电话核实',
      '把银行卡号告诉他，让他直接退款',
    ],
    answer: 2,
    explanation: '打开屏幕共享后，对方能看到您输入的密码和收到的验证码。正规机构不会要您共享屏幕，遇到这种要求就挂断，再通过官方渠道核实。',
    topic: 'case-telecom-fraud',
  },
  {
    id: 'q-telecom-safe-account',
    question: '对方说您的账户“异常”，要您把钱转到一个“安全账户”做验证。这是怎么回事？',
    options: ['诈骗，正规机构不会让您向“安全账户”转账', '正常的安全验证', '银行的新规定，必须照做'],
    answer: 0,
    explanation: '所谓“安全账户”都是骗子的账户。正规机构的工作人员不会让您把钱转到个人账户或“安全账户”。',
    topic: 'case-telecom-fraud',
  },
  {
    id: 'q-telecom-hotline',
    question: '全国反诈专线是哪个号码？接到它打来的电话应当接听。',
    options: ['12345', '12315', '120', '96110'],
    answer: 3,
    explanation: '96110 是全国反诈专线，常用来提醒可能正在被骗的人。拿不准的事也可以拨打 96110 咨询。',
    topic: 'case-telecom-fraud',
  },
  {
    id: 'q-telecom-after-transfer',
    question: '发现自己被骗，钱已经转出去了，第一时间应该做什么？',
    options: ['不好意思说，自认倒霉', '再转一笔钱，让对方“解冻”', '立即拨打 110 报警，并保存好转账记录等证据'],
    answer: 2,
    explanation: '越早报警，越有机会追回损失。同时要保存好转账记录、聊天记录和对方电话，并联系银行挂失银行卡、修改密码。',
    topic: 'case-telecom-fraud',
  },
  // 养老骗局
  {
    id: 'q-elderly-high-return',
    question: '有人推荐一个养老项目：“预交会员费，每年返还百分之十五，保本无风险”。您怎么看？',
    options: ['回报高又保本，赶紧交钱', '多拉几个老朋友一起加入', '先和子女商量，承诺高回报又保本的项目要当心'],
    answer: 2,
    explanation: '回报越高，风险越大，“高回报又保本”本身就不合常理。大额花钱前先和家人商量，或到正规金融机构咨询。',
    topic: 'case-elderly-care-scam',
  },
  {
    id: 'q-elderly-health-products',
    question: '关于保健品，下面哪种说法是对的？',
    options: ['保健品能治病，可以代替吃药', '保健品不是药品，不能代替药物治疗', '讲座上送的保健品一定是好东西'],
    answer: 1,
    explanation: '保健品不是药品，不能代替药物治疗疾病。身体不舒服要去正规医院看病，不要听信讲座上的“神奇功效”。',
    topic: 'case-elderly-care-scam',
  },
  {
    id: 'q-elderly-secret',
    question: '讲座上的工作人员对老人特别热情，还叮嘱“交钱的事别告诉子女”。这说明什么？',
    options: ['这是骗局的常见信号，要多留个心眼', '工作人员是真心为老人着想', '子女不懂投资，不告诉也没关系'],
    answer: 0,
    explanation: '骗子常常先嘘寒问暖取得信任，再让老人瞒着家人拿出积蓄。凡是要您瞒着家人的投资，都要先停下来和家人商量。',
    topic: 'case-elderly-care-scam',
  },
  // 非法集资
  {
    id: 'q-fundraising-spot',
    question: '下面哪种情况最可能是非法集资？',
    options: ['在银行柜面存一笔定期存款', '在保险公司柜面买一份医疗保险', '熟人拉进群，承诺“保本、每月返利百分之三”，介绍新人加入还有奖励'],
    answer: 2,
    explanation: '承诺保本高息、鼓励“拉人头”、向社会公开拉人投资，是非法集资的典型特征。',
    topic: 'case-illegal-fundraising',
  },
  {
    id: 'q-fundraising-losses',
    question: '因参与非法集资受到的损失，依照规定由谁承担？',
    options: ['由政府全额赔偿', '由参与人自行承担', '由介绍人全额赔偿'],
    answer: 1,
    explanation: '依照防范和处置非法集资的有关规定，因参与非法集资受到的损失，由参与人自行承担。所以要早识别、不参与。',
    topic: 'case-illegal-fundraising',
  },
  {
    id: 'q-fundraising-early-payouts',
    question: '有的项目头几个月按时返利，这能说明项目靠得住吗？',
    options: ['不能，可能是用后来者的钱给前面的人“返利”', '能，按时返利说明项目赚钱', '能，返利越多越安全'],
    answer: 0,
    explanation: '非法集资常用“借新还旧”的办法，先按时返利取得信任，吸引更多人投入更多钱。资金链一断，就再也拿不回来了。',
    topic: 'case-illegal-fundraising',
  },
  // 过度借贷诱导
  {
    id: 'q-borrowing-loan-for-premium',
    question: '有人建议您“先在网上借钱交保费，每天只要几块钱利息”。哪种做法更稳妥？',
    options: ['马上借，反正利息不高', '根据自己的收入买保险，不为交保费去借钱', '多借几个平台，把几年的保费一次凑够'],
    answer: 1,
    explanation: '长期保险要连续交费多年，靠借钱交保费，很容易因为还不上而中途退保、造成损失。保险要量力而买。',
    topic: 'case-over-borrowing',
  },
  {
    id: 'q-borrowing-what-to-check',
    question: '借钱之前，最应该看清楚的是什么？',
    options: ['放款速度有多快', '广告里说的“日息低至几毛钱”', '实际的年化利率、全部费用和默认勾选的额外服务'],
    answer: 2,
    explanation: '只看日利率容易低估成本。正规贷款应当明确告诉您年化利率，还要留意会员费、服务费等额外收费，不需要的就取消勾选。',
    topic: 'case-over-borrowing',
  },
  {
    id: 'q-borrowing-cannot-repay',
    question: '借的钱已经还不上了，下面哪种做法是对的？',
    options: ['把所有借款列清楚，主动联系借款机构的官方客服协商还款', '到别的平台借新还旧', '换个手机号躲起来'],
    answer: 0,
    explanation: '“以贷养贷”只会让欠款越滚越多。主动协商还款办法；遇到乱收费、不当催收可以投诉，遇到威胁恐吓拨打 110。',
    topic: 'case-over-borrowing',
  },
  // 不法中介 / 代理退保
  {
    id: 'q-surrender-agent-offer',
    question: '有人说能帮您“全额退保”，只收退回金额的三成作服务费，还要您的身份证和银行卡照片。您应该怎么做？',
    options: ['交给他去办，省心', '先给身份证，银行卡等钱退了再给', '拒绝，有疑问直接拨打保单上印着的保险公司官方客服电话'],
    answer: 2,
    explanation: '办理退保不需要通过任何中介。把证件和银行卡信息交给陌生人，还可能被冒用；有疑问直接找保险公司官方客服或柜面。',
    topic: 'case-surrender-agent',
  },
  {
    id: 'q-surrender-cash-value',
    question: '过了犹豫期再退保，一般能拿回多少钱？',
    options: ['保单的现金价值，可能少于已交的保费', '全部已交保费，一分不少', '已交保费的两倍'],
    answer: 0,
    explanation: '过了犹豫期退保，保险公司一般退还保单的现金价值，可能比已交的保费少。退保后就没有保障了，决定前要想清楚。',
    topic: 'case-surrender-agent',
  },
  {
    id: 'q-surrender-change-phone',
    question: '中介要您把保单上的联系电话改成他的号码。这样做会怎样？',
    options: ['方便中介替您服务，没有坏处', '保险公司联系不上您本人，别人可能冒用您的名义办理保单业务', '能让退保的钱更多'],
    answer: 1,
    explanation:
      '改掉联系电话后，保险公司的提醒和核实都到不了您这里。不要随便修改保单上的联系方式，已经改了的，尽快联系保险公司官方客服改回来。',
    topic: 'case-surrender-agent',
  },
  // 冒充保险公司
  {
    id: 'q-impersonation-unfreeze-fee',
    question: '自称保险公司理赔员的人说：“理赔款到账前，要先交两千元解冻费。”这是怎么回事？',
    options: ['正规的理赔流程', '冒充保险公司的诈骗，保险公司不会要您先交钱再付理赔款'],
    answer: 1,
    explanation: '保险公司支付理赔款，会直接打到您本人的账户，不会要求先交“解冻费”“手续费”“保证金”。',
    topic: 'case-impersonating-insurer',
  },
  {
    id: 'q-impersonation-verify',
    question: '想确认来电的人是不是保险公司的工作人员，应该怎么做？',
    options: ['拨打对方留下的电话号码', '点开对方短信里发来的链接', '挂断后，拨打保单上印着的保险公司官方客服电话'],
    answer: 2,
    explanation: '对方留的号码和链接都可能是假的。官方客服电话印在保单、保险卡和缴费凭证上，用它打回去核实最可靠。',
    topic: 'case-impersonating-insurer',
  },
  // 销售误导
  {
    id: 'q-misleading-cooling-off',
    question: '一年期以上的人身保险，犹豫期一般是多长时间？',
    options: ['一般只有 3 天', '一般不少于 15 天', '没有犹豫期'],
    answer: 1,
    explanation:
      '一年期以上的人身保险一般有不少于 15 天的犹豫期，从收到保单时算起。在犹豫期内解除合同，保险公司退还已交保费，最多扣除少量工本费。',
    topic: 'case-misleading-sales',
  },
  {
    id: 'q-misleading-deposit',
    question: '有人说一款产品“和存款一样，利息更高，随时能取”，其实它是一份分红型保险。哪种说法是对的？',
    options: ['保险就是存款，随时取也没有损失', '分红是保证的，一定能拿到', '保险不是存款，分红不保证，中途退保可能有损失'],
    answer: 2,
    explanation: '分红型保险的分红不保证，演示的收益只是举例。长期保险要连续交费多年，中途退保一般只能拿回现金价值。',
    topic: 'case-misleading-sales',
  },
  {
    id: 'q-misleading-within-period',
    question: '在犹豫期内发现买的保险不适合自己，可以怎么做？',
    options: ['向保险公司申请解除合同，退还已交保费', '只能继续交费', '花钱找中介代理退保'],
    answer: 0,
    explanation: '犹豫期内可以自己向保险公司申请解除合同，保险公司退还已交保费，最多扣除少量工本费，不需要找任何中介。',
    topic: 'case-misleading-sales',
  },
];
