// 商品目录。price 单位：元。rx: true 为处方药，不能在线下单。
// outOfStock: 缺货的门店。
module.exports = [
  { productId: 'p01', name: '布洛芬缓释胶囊（芬必得）', spec: '0.3g×20粒/盒', price: 28.5, category: 'otc', rx: false, aliases: ['芬必得', '布洛芬', 'ibuprofen', 'fenbid'], use: '缓解轻至中度疼痛，如头痛、牙痛、痛经；普通感冒或流感引起的发热' },
  { productId: 'p02', name: '对乙酰氨基酚片（泰诺林）', spec: '0.5g×10片/盒', price: 19.8, category: 'otc', rx: false, aliases: ['泰诺林', '扑热息痛', '对乙酰氨基酚', 'tylenol', 'paracetamol', 'acetaminophen'], use: '普通感冒或流感引起的发热，缓解轻至中度疼痛' },
  { productId: 'p03', name: '复方氨酚烷胺片（感康）', spec: '12片/盒', price: 15.0, category: 'otc', rx: false, aliases: ['感康', '感冒药'], use: '缓解普通感冒及流行性感冒引起的发热、头痛、鼻塞、咽痛' },
  { productId: 'p04', name: '连花清瘟胶囊', spec: '0.35g×24粒/盒', price: 26.8, category: 'otc', rx: false, aliases: ['连花', '连花清瘟', 'lianhua'], use: '清瘟解毒，宣肺泄热，用于流行性感冒属热毒袭肺证' },
  { productId: 'p05', name: '汤臣倍健维生素C咀嚼片', spec: '60片/瓶', price: 68.0, category: 'vitamin', rx: false, aliases: ['维C', 'VC', '维生素C', 'vitamin c'], use: '补充维生素C' },
  { productId: 'p06', name: '善存多维元素片（成人）', spec: '100片/瓶', price: 128.0, category: 'vitamin', rx: false, aliases: ['善存', '复合维生素', '多维', 'centrum', 'multivitamin'], use: '补充多种维生素和矿物质' },
  { productId: 'p07', name: '医用外科口罩', spec: '10只/包，独立包装', price: 12.9, category: 'mask', rx: false, aliases: ['外科口罩', '口罩', '医用口罩', 'surgical mask', 'mask'], use: '一次性使用，日常防护' },
  { productId: 'p08', name: 'KN95防护口罩', spec: '5只/包', price: 19.9, category: 'mask', rx: false, aliases: ['KN95', 'N95', '防护口罩'], use: '颗粒物防护' },
  { productId: 'p09', name: '欧姆龙电子体温计 MC-246', spec: '腋下/口腔测温，1支', price: 39.0, category: 'device', rx: false, aliases: ['体温计', '电子体温计', '欧姆龙', 'thermometer'], use: '测量体温，约60秒出结果' },
  { productId: 'p10', name: '红外额温枪', spec: '非接触式，1支', price: 129.0, category: 'device', rx: false, aliases: ['额温枪', '测温枪', 'forehead thermometer'], use: '非接触测量额头温度，约1秒出结果', outOfStock: ['SH02'] },
  { productId: 'p11', name: '阿莫西林胶囊', spec: '0.25g×24粒/盒', price: 16.5, category: 'rx', rx: true, aliases: ['阿莫西林', '消炎药', 'amoxicillin'], use: '处方药，须凭医生处方购买' },
  { productId: 'p12', name: '头孢克肟分散片', spec: '0.1g×6片/盒', price: 38.0, category: 'rx', rx: true, aliases: ['头孢', '头孢克肟', 'cefixime'], use: '处方药，须凭医生处方购买' },
  { productId: 'p13', name: '蒙脱石散（思密达）', spec: '3g×10袋/盒', price: 24.6, category: 'otc', rx: false, aliases: ['思密达', '蒙脱石散', '止泻药', 'smecta'], use: '成人及儿童急、慢性腹泻' },
  { productId: 'p14', name: '氯雷他定片（开瑞坦）', spec: '10mg×6片/盒', price: 32.0, category: 'otc', rx: false, aliases: ['开瑞坦', '氯雷他定', '过敏药', 'claritin', 'loratadine'], use: '缓解过敏性鼻炎、荨麻疹等过敏症状' }
]
