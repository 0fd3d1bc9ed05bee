import type { Material } from '../schemas/material';

/**
 * The eight rights of financial consumers (金融消费者八大权益), written by this project.
 * Each explains the right in plain words, gives an everyday example, and says what to do.
 * Seeded as published materials and used by the quiz bank later.
 */
const whatToDo =
  '先与保险公司沟通：拨打保险公司客服电话或到柜面说明情况，保留合同、聊天记录、录音等材料。协商不成，可以拨打金融消费者投诉热线 12378，或向当地金融监管部门、消费者协会反映，也可以申请调解、仲裁或向法院起诉。';

export const rightsMaterials: Material[] = [
  {
    id: 'right-property-safety',
    kind: 'right',
    format: 'article',
    origin: { kind: 'original' },
    title: '财产安全权',
    summary: '您交给金融机构的钱和财产，机构有责任保管好，不能被挪用、占用或因机构过失而受损。',
    sections: [
      {
        heading: '这项权利是什么',
        body: '您缴纳的保费、存入的资金以及领取的保险金，都受到法律保护。金融机构要有完善的内部管理和资金安全措施，不得挪用、占用客户资金，也不能因为自身管理不善让您的财产受到损失。',
      },
      {
        heading: '生活中的例子',
        body: '王阿姨每年按时缴纳养老保险保费。公司必须把这笔钱按合同约定记入她的保单账户，任何员工都不能以“代缴”“周转”等名义让她把钱转到个人账户。',
      },
      {
        heading: '遇到问题怎么办',
        body: `缴费只通过保险公司官方渠道，不把钱转给任何个人。${whatToDo}`,
      },
    ],
  },
  {
    id: 'right-to-know',
    kind: 'right',
    format: 'article',
    origin: { kind: 'original' },
    title: '知情权',
    summary: '您有权知道产品的真实情况：保障什么、不保什么、要交多少钱、退保有什么损失。',
    sections: [
      {
        heading: '这项权利是什么',
        body: '金融机构在销售产品时，应当如实、清楚地告诉您产品的保险责任、责任免除、费用、收益的不确定性、犹豫期和退保损失等重要信息，不得夸大收益、隐瞒风险，也不得用含糊的说法误导您。',
      },
      {
        heading: '生活中的例子',
        body: '小李想买一份重疾险。销售人员需要把哪些疾病在保障范围内、等待期多长、哪些情况不赔讲清楚，并提醒他仔细阅读加粗的免责条款。如果只说“什么病都能赔”，就侵害了小李的知情权。',
      },
      {
        heading: '遇到问题怎么办',
        body: `签字前请逐条阅读合同，不明白的地方当场问清楚，必要时要求书面说明；新买的长期保险一般有犹豫期，期内退保只扣除很少的工本费。${whatToDo}`,
      },
    ],
  },
  {
    id: 'right-of-choice',
    kind: 'right',
    format: 'article',
    origin: { kind: 'original' },
    title: '自主选择权',
    summary: '买不买、买哪家、买哪种产品，由您自己决定，任何人不能强迫或捆绑搭售。',
    sections: [
      {
        heading: '这项权利是什么',
        body: '您可以根据自己的需要和经济情况，自主选择金融机构、产品和服务，自主决定是否购买、何时购买。金融机构不得强制搭售，不得以办理其他业务为条件要求您购买保险。',
      },
      {
        heading: '生活中的例子',
        body: '张先生办理贷款时，工作人员说“不买这份保险就不能放款”。如果这份保险并非法律或合同规定必须购买，这种做法就属于捆绑搭售，侵害了张先生的自主选择权。',
      },
      {
        heading: '遇到问题怎么办',
        body: `遇到“不买就不办”的情况，可以要求对方出示依据，并明确表示拒绝。${whatToDo}`,
      },
    ],
  },
  {
    id: 'right-fair-trade',
    kind: 'right',
    format: 'article',
    origin: { kind: 'original' },
    title: '公平交易权',
    summary: '合同条款要公平合理，价格和收费要公开透明，机构不能利用优势地位加重您的责任。',
    sections: [
      {
        heading: '这项权利是什么',
        body: '您与金融机构是平等的交易双方。合同中不得有不合理地免除机构责任、加重您责任或排除您主要权利的“霸王条款”，收费项目和标准应当公开透明，不得收取未经说明的费用。',
      },
      {
        heading: '生活中的例子',
        body: '赵女士发现保单中写着“最终解释权归本公司所有”，并据此被拒绝理赔。这类单方面解释的条款不能用来剥夺她依法应得的权益。',
      },
      {
        heading: '遇到问题怎么办',
        body: `对合同条款有疑问时，按照通常理解解释；有两种以上解释的，应当作出有利于投保人和被保险人的解释。${whatToDo}`,
      },
    ],
  },
  {
    id: 'right-to-compensation',
    kind: 'right',
    format: 'article',
    origin: { kind: 'original' },
    title: '依法求偿权',
    summary: '因金融机构的过错受到损失时，您有权依法要求赔偿，并获得及时、公正的处理。',
    sections: [
      {
        heading: '这项权利是什么',
        body: '如果因为金融机构或其工作人员的违法违规行为、过错而使您遭受损失，您有权提出投诉并要求赔偿。机构应当建立投诉处理机制，在规定时间内答复，不能推诿拖延。',
      },
      {
        heading: '生活中的例子',
        body: '刘大爷的理赔材料齐全，公司却一拖再拖。保险公司应当在法律规定的时限内作出核定并告知结果；属于保险责任的，应当及时支付保险金。',
      },
      {
        heading: '遇到问题怎么办',
        body: `保存好保单、理赔申请回执和沟通记录，书面提出投诉并记下受理编号。${whatToDo}`,
      },
    ],
  },
  {
    id: 'right-to-education',
    kind: 'right',
    format: 'article',
    origin: { kind: 'original' },
    title: '受教育权',
    summary: '您有权获得金融知识和风险提示，学会识别风险、理性选择适合自己的产品。',
    sections: [
      {
        heading: '这项权利是什么',
        body: '金融机构有义务开展金融知识普及和风险教育，用通俗易懂的方式帮助您了解产品、认识风险、保护自己。社区、学校、柜面的消保宣传活动，正是这项权利的体现。',
      },
      {
        heading: '生活中的例子',
        body: '社区里的老人们参加了一场“以案说险”讲座，学会了识别“高息理财”“以房养老”等骗局，回家后又把知识讲给了邻居听。',
      },
      {
        heading: '遇到问题怎么办',
        body: '您可以到保险公司柜面、官方公众号或小程序学习金融知识；对看不懂的产品，先学习、再决定，不要在别人催促下匆忙签字。发现虚假宣传，可以拨打 12378 反映。',
      },
    ],
  },
  {
    id: 'right-to-respect',
    kind: 'right',
    format: 'article',
    origin: { kind: 'original' },
    title: '受尊重权',
    summary: '您的人格尊严和民族风俗习惯应当受到尊重，不因年龄、民族、残障等受到歧视。',
    sections: [
      {
        heading: '这项权利是什么',
        body: '金融机构在提供服务时，应当尊重您的人格尊严和民族风俗习惯，不得歧视老年人、残障人士等群体，应当提供耐心、友好的服务，并为有需要的人提供适老化、无障碍的服务方式。',
      },
      {
        heading: '生活中的例子',
        body: '陈奶奶不太会用智能手机，到柜面办理业务时，工作人员保留了人工服务，耐心帮她填写材料，而不是要求她“回去自己在手机上办”。',
      },
      {
        heading: '遇到问题怎么办',
        body: `遇到冷漠、歧视或不文明的服务，可以记下时间、地点和工作人员信息。${whatToDo}`,
      },
    ],
  },
  {
    id: 'right-information-security',
    kind: 'right',
    format: 'article',
    origin: { kind: 'original' },
    title: '信息安全权',
    summary: '您的个人信息要被妥善保护，未经同意不得被收集、使用、出售或泄露。',
    sections: [
      {
        heading: '这项权利是什么',
        body: '金融机构收集和使用您的姓名、身份证号、银行卡号、健康状况等个人信息，应当告知用途并取得您的同意，只收集必要的信息，采取安全措施防止泄露，不得非法提供或出售给他人。',
      },
      {
        heading: '生活中的例子',
        body: '周先生刚买完车险，就接到大量推销电话。如果是机构或其人员泄露了他的信息，就侵害了他的信息安全权。',
      },
      {
        heading: '遇到问题怎么办',
        body: `不向陌生人提供验证码、密码和身份证照片；对索要信息的电话，先通过官方客服核实。${whatToDo}`,
      },
    ],
  },
];
