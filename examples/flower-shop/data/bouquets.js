// The shop's catalogue. `image` is for cards and pages only: APIs return it in _meta, never
// in structuredContent (the model does not need image URLs).
const IMAGE_HOST = 'https://img.flower-shop.example/bouquets/'

const BOUQUETS = [
  {
    id: 'b_red_roses',
    name: '11 枝红玫瑰',
    nameEn: 'Eleven red roses',
    aliases: ['红玫瑰', '玫瑰', '玫瑰花束', 'red roses', 'roses'],
    flowers: ['卡罗拉红玫瑰', '尤加利叶'],
    stems: 11,
    colors: ['red'],
    occasions: ['love', 'anniversary'],
    price: 199,
    description: '11 枝卡罗拉红玫瑰配尤加利叶，黑色雾面纸包装，寓意一心一意。'
  },
  {
    id: 'b_champagne_roses',
    name: '19 枝香槟玫瑰',
    nameEn: 'Nineteen champagne roses',
    aliases: ['香槟玫瑰', 'champagne roses'],
    flowers: ['香槟玫瑰', '满天星'],
    stems: 19,
    colors: ['pink', 'white'],
    occasions: ['anniversary', 'love', 'birthday'],
    price: 329,
    description: '19 枝香槟玫瑰点缀满天星，奶油色系，适合纪念日。'
  },
  {
    id: 'b_pink_carnations',
    name: '粉色康乃馨',
    nameEn: 'Pink carnations',
    aliases: ['康乃馨', '母亲节花束', 'carnations'],
    flowers: ['粉色康乃馨', '洋桔梗'],
    stems: 12,
    colors: ['pink'],
    occasions: ['mother', 'thanks'],
    price: 139,
    description: '12 枝粉色康乃馨配洋桔梗，温柔的感谢之花，送妈妈和长辈。'
  },
  {
    id: 'b_sunflowers',
    name: '向日葵花束',
    nameEn: 'Sunflowers',
    aliases: ['向日葵', '太阳花', 'sunflower'],
    flowers: ['向日葵', '小雏菊'],
    stems: 6,
    colors: ['yellow'],
    occasions: ['graduation', 'birthday', 'thanks'],
    price: 159,
    description: '6 枝向日葵配小雏菊，明亮有活力，适合毕业和祝贺。'
  },
  {
    id: 'b_white_lilies',
    name: '白色香水百合',
    nameEn: 'White lilies',
    aliases: ['百合', '香水百合', 'lilies'],
    flowers: ['白色香水百合', '绿掌'],
    stems: 5,
    colors: ['white'],
    occasions: ['sympathy', 'thanks'],
    price: 179,
    description: '5 枝白色香水百合，清雅安静，适合探望病人和慰问。'
  },
  {
    id: 'b_tulip_mix',
    name: '郁金香混搭',
    nameEn: 'Tulip mix',
    aliases: ['郁金香', 'tulips'],
    flowers: ['粉色郁金香', '白色郁金香', '紫色郁金香'],
    stems: 15,
    colors: ['mixed', 'pink'],
    occasions: ['birthday', 'love'],
    price: 229,
    description: '15 枝三色郁金香，春天的颜色，适合生日。'
  },
  {
    id: 'b_baby_breath',
    name: '满天星花束',
    nameEn: "Baby's breath",
    aliases: ['满天星', "baby's breath"],
    flowers: ['满天星'],
    stems: 1,
    colors: ['white'],
    occasions: ['birthday', 'thanks'],
    price: 99,
    description: '一大捧白色满天星，轻盈蓬松，小预算的心意。'
  },
  {
    id: 'b_opening_basket',
    name: '开业花篮',
    nameEn: 'Grand opening basket',
    aliases: ['花篮', '开业花篮', 'opening basket'],
    flowers: ['红掌', '百合', '散尾葵'],
    stems: 30,
    colors: ['red', 'mixed'],
    occasions: ['opening'],
    price: 599,
    description: '双层落地花篮，红掌百合配散尾葵，附贺卡和缎带，送开业庆典。'
  }
]

function imageOf(bouquet) {
  return IMAGE_HOST + bouquet.id + '.jpg'
}

function findBouquet(id) {
  return BOUQUETS.find((b) => b.id === id)
}

module.exports = { BOUQUETS, findBouquet, imageOf }
